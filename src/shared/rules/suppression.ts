import { requireInteger, requireList } from './validation';
import { RuleInputError } from './ruleInputError';

/*
 * Small-cell suppression for aggregates (spec section 8). A cell describing fewer than k workers
 * (default 5, never below 3) is shown as '< k', never as a number, and must not be derivable from
 * the total by subtraction: where that would be possible a second cell (the next smallest) or the
 * total is suppressed too.
 */

export const DEFAULT_SUPPRESSION_K = 5;
export const MIN_SUPPRESSION_K = 3;

/** The mark of a cell hidden only so that a small cell cannot be computed back. */
export const COMPLEMENTARY_MARK = '*';

export interface AggregateCell {
  key: string;
  count: number;
}

export interface SuppressedCell {
  key: string;
  /** The count, or null when suppressed. */
  count: number | null;
  suppressed: boolean;
  /** 'small': fewer than k; 'complementary': hidden so that a small cell cannot be derived. */
  reason: 'small' | 'complementary' | null;
  /** What to show: the number, '< k' for a small cell, '*' for a complementary one. */
  display: string;
}

export interface SuppressionResult {
  k: number;
  /** In the order given. */
  cells: SuppressedCell[];
  /** The total, or null when it must be suppressed. */
  total: number | null;
  totalSuppressed: boolean;
  /** What to show for the total. */
  totalDisplay: string;
}

/**
 * Whether no hidden cell can be computed from the hidden sum (total minus the visible cells),
 * knowing what the marks say: a small cell holds 0..k-1, a complementary one at least k. Each hidden
 * cell must then still have at least two possible values.
 */
function hiddenCellsAreSafe(small: number, complementary: number, hiddenSum: number, k: number): boolean {
  if (small + complementary < 2) return false;
  if (complementary === 0) return hiddenSum >= 1 && hiddenSum <= small * (k - 1) - 1;
  return hiddenSum - complementary * k >= 1;
}

/**
 * Suppresses small cells of one row of an aggregate table. `total` defaults to the sum of the cells
 * and may be larger (workers outside the listed cells), never smaller. Zero counts are treated as
 * small too: 'nobody in this department' also describes fewer than k workers.
 *
 * While the total is shown, the suppressed cells must never be computable from it (one suppressed
 * cell alone always would be; so would two small cells adding up to 0). Then the next-smallest
 * visible cell is suppressed as well ('*'), and so on; when no visible cell is left, the total is
 * suppressed.
 */
export function suppressSmallCells(
  cells: readonly AggregateCell[],
  opts: { k?: number; total?: number } = {},
): SuppressionResult {
  const k = requireInteger(opts.k ?? DEFAULT_SUPPRESSION_K, 'k', MIN_SUPPRESSION_K, Number.MAX_SAFE_INTEGER);
  requireList(cells, 'cells');
  let sum = 0;
  cells.forEach((cell, index) => {
    sum += requireInteger(cell.count, `cells[${index}].count`, 0, Number.MAX_SAFE_INTEGER);
  });
  const total = opts.total === undefined ? sum : requireInteger(opts.total, 'total', 0, Number.MAX_SAFE_INTEGER);
  if (total < sum) throw new RuleInputError('total', 'less than the sum of the cells');

  const reasons: Array<SuppressedCell['reason']> = cells.map((cell) => (cell.count < k ? 'small' : null));
  let totalSuppressed = total < k;

  if (!totalSuppressed && reasons.includes('small')) {
    for (;;) {
      let small = 0;
      let complementary = 0;
      let hiddenSum = 0;
      let nextSmallest = -1;
      cells.forEach((cell, index) => {
        const reason = reasons[index];
        if (reason === 'small') small += 1;
        if (reason === 'complementary') complementary += 1;
        if (reason !== null) hiddenSum += cell.count;
        else if (nextSmallest === -1 || cell.count < (cells[nextSmallest]?.count ?? Infinity)) nextSmallest = index;
      });
      if (hiddenCellsAreSafe(small, complementary, hiddenSum, k)) break;
      if (nextSmallest === -1) {
        totalSuppressed = true;
        break;
      }
      reasons[nextSmallest] = 'complementary';
    }
  }

  return {
    k,
    cells: cells.map((cell, index) => {
      const reason = reasons[index] ?? null;
      return {
        key: cell.key,
        count: reason === null ? cell.count : null,
        suppressed: reason !== null,
        reason,
        display: reason === null ? String(cell.count) : reason === 'small' ? `< ${k}` : COMPLEMENTARY_MARK,
      };
    }),
    total: totalSuppressed ? null : total,
    totalSuppressed,
    totalDisplay: totalSuppressed ? (total < k ? `< ${k}` : COMPLEMENTARY_MARK) : String(total),
  };
}

export interface AggregateRow {
  key: string;
  /** The same column keys, in the same order, in every row. */
  cells: readonly AggregateCell[];
}

export interface SuppressedRow {
  key: string;
  cells: SuppressedCell[];
  /** The row total as a cell (key = the row key). */
  total: SuppressedCell;
}

export interface TableSuppressionResult {
  k: number;
  rows: SuppressedRow[];
  /** Column totals as cells (key = the column key). */
  columnTotals: SuppressedCell[];
  grandTotal: SuppressedCell;
}

interface GridEntry {
  key: string;
  count: number;
  reason: SuppressedCell['reason'];
}

function toSuppressedCell(entry: GridEntry, k: number): SuppressedCell {
  const { key, count, reason } = entry;
  return {
    key,
    count: reason === null ? count : null,
    suppressed: reason !== null,
    reason,
    display: reason === null ? String(count) : reason === 'small' ? `< ${k}` : COMPLEMENTARY_MARK,
  };
}

/**
 * Suppression for a two-way table (e.g. department x quarter) with row, column and grand totals.
 * Every entry below k is hidden (totals too); then each row, each column, the row of column totals
 * and the column of row totals is checked like suppressSmallCells: while its total is shown and a
 * hidden entry could be worked out from it, the next-smallest visible entry of that line is hidden
 * (or, when none is left, its total). This repeats until no line changes. It checks lines one at a
 * time; it is not a full audit of every combination of rows and columns.
 */
export function suppressSmallCellsTable(
  rows: readonly AggregateRow[],
  opts: { k?: number } = {},
): TableSuppressionResult {
  const k = requireInteger(opts.k ?? DEFAULT_SUPPRESSION_K, 'k', MIN_SUPPRESSION_K, Number.MAX_SAFE_INTEGER);
  requireList(rows, 'rows');
  const columnKeys = rows[0]?.cells.map((c) => c.key) ?? [];
  const entry = (key: string, count: number): GridEntry => ({ key, count, reason: count < k ? 'small' : null });

  // grid[r][c]: the cells, then the row total in the last column; the last row holds the column totals.
  const grid: GridEntry[][] = rows.map((row, r) => {
    if (row.cells.length !== columnKeys.length || row.cells.some((c, i) => c.key !== columnKeys[i])) {
      throw new RuleInputError(`rows[${r}].cells`, 'must have the same columns as the first row');
    }
    let sum = 0;
    const line = row.cells.map((cell, c) => {
      sum += requireInteger(cell.count, `rows[${r}].cells[${c}].count`, 0, Number.MAX_SAFE_INTEGER);
      return entry(cell.key, cell.count);
    });
    line.push(entry(row.key, sum));
    return line;
  });
  const totalsRow: GridEntry[] = columnKeys.map((key, c) => entry(key, grid.reduce((s, line) => s + (line[c]?.count ?? 0), 0)));
  totalsRow.push(entry('total', totalsRow.reduce((s, e) => s + e.count, 0)));
  grid.push(totalsRow);

  const rowCount = grid.length;
  const columnCount = columnKeys.length + 1;
  const lines: GridEntry[][] = [];
  for (let r = 0; r < rowCount; r += 1) lines.push(grid[r] ?? []);
  for (let c = 0; c < columnCount; c += 1) lines.push(grid.map((line) => line[c]).filter((e) => e !== undefined));

  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      const total = line[line.length - 1];
      if (total === undefined || total.reason !== null) continue;
      const parts = line.slice(0, -1);
      let small = 0;
      let complementary = 0;
      let hiddenSum = 0;
      let nextSmallest: GridEntry | null = null;
      for (const part of parts) {
        if (part.reason === 'small') small += 1;
        if (part.reason === 'complementary') complementary += 1;
        if (part.reason !== null) hiddenSum += part.count;
        else if (nextSmallest === null || part.count < nextSmallest.count) nextSmallest = part;
      }
      if (small + complementary === 0 || hiddenCellsAreSafe(small, complementary, hiddenSum, k)) continue;
      (nextSmallest ?? total).reason = 'complementary';
      changed = true;
    }
  }

  const totals = grid[rowCount - 1] ?? [];
  return {
    k,
    rows: rows.map((row, r) => {
      const line = grid[r] ?? [];
      return {
        key: row.key,
        cells: line.slice(0, -1).map((e) => toSuppressedCell(e, k)),
        total: toSuppressedCell(line[line.length - 1] ?? entry(row.key, 0), k),
      };
    }),
    columnTotals: totals.slice(0, -1).map((e) => toSuppressedCell(e, k)),
    grandTotal: toSuppressedCell(totals[totals.length - 1] ?? entry('total', 0), k),
  };
}
