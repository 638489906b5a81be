import { requireInteger, requireList } from './validation';
import { RuleInputError } from './ruleInputError';

/*
 * Small-cell suppression for aggregates (docs/clinical-rules.md, section 8). A cell describing fewer than k workers
 * (default 5, never below 3) is shown as '< k', never as a number, and must not be derivable from
 * the total by subtraction: where that would be possible a second cell (the next smallest) or the
 * total is suppressed too. A cell that covers (almost) its whole group, such as 10 of the 10 workers
 * of a department seen for back pain, tells the status of every one of them however large the
 * count: when fewer than k of the group are left out it is coarsened to '≥ n'.
 */

export const DEFAULT_SUPPRESSION_K = 5;
export const MIN_SUPPRESSION_K = 3;

/** The mark of a cell hidden only so that a small cell cannot be computed back. */
export const COMPLEMENTARY_MARK = '*';

export interface AggregateCell {
  key: string;
  count: number;
  /** The size of the group the count is taken from (e.g. a department's workforce), when it is shown. */
  population?: number;
}

/** Why a cell is hidden: too few workers, (almost) the whole group, or only to protect another cell. */
export type SuppressionReason = 'small' | 'wholeGroup' | 'complementary';

export interface SuppressedCell {
  key: string;
  /** The count, or null when suppressed. */
  count: number | null;
  suppressed: boolean;
  /**
   * 'small': fewer than k; 'wholeGroup': fewer than k of its group left out; 'complementary': hidden
   * so that another hidden cell cannot be derived.
   */
  reason: SuppressionReason | null;
  /** What to show: the number, '< k' for a small cell, '≥ n' for a whole-group one, '*' for a complementary one. */
  display: string;
}

export interface SuppressionResult {
  k: number;
  /** In the order given. */
  cells: SuppressedCell[];
  /** The total, or null when it must be suppressed. */
  total: number | null;
  totalSuppressed: boolean;
  totalReason: SuppressionReason | null;
  /** What to show for the total. */
  totalDisplay: string;
}

/** The smallest value a whole-group cell can hold: at least k, and fewer than k of its group left out. */
function wholeGroupFloor(population: number, k: number): number {
  return Math.max(k, population - k + 1);
}

/** Why a count must be hidden on its own, before any complementary suppression. */
function ownReason(count: number, population: number | undefined, k: number): SuppressionReason | null {
  if (count < k) return 'small';
  if (population !== undefined && population - count < k) return 'wholeGroup';
  return null;
}

/** What a reader who knows the marks can tell of a hidden cell: the range of values it may hold. */
function hiddenRange(reason: SuppressionReason, population: number | undefined, k: number): [number, number] {
  const top = population ?? Number.POSITIVE_INFINITY;
  if (reason === 'small') return [0, Math.min(k - 1, top)];
  if (reason === 'wholeGroup') return [wholeGroupFloor(top, k), top];
  // A complementary cell was a shown one: at least k, and at least k of its group left out.
  return [k, population === undefined ? top : population - k];
}

/**
 * Whether no hidden cell can be computed from the hidden sum (a shown total minus the shown cells),
 * knowing the range each mark stands for: every hidden cell must still have at least two possible
 * values given the others' ranges.
 */
function hiddenCellsAreSafe(ranges: ReadonlyArray<[number, number]>, hiddenSum: number): boolean {
  if (ranges.length < 2) return false;
  const lowSum = ranges.reduce((sum, [lo]) => sum + lo, 0);
  const finiteHighSum = ranges.reduce((sum, [, hi]) => (Number.isFinite(hi) ? sum + hi : sum), 0);
  const unbounded = ranges.filter(([, hi]) => !Number.isFinite(hi)).length;
  return ranges.every(([lo, hi]) => {
    const othersUnbounded = unbounded - (Number.isFinite(hi) ? 0 : 1) > 0;
    const othersHigh = othersUnbounded ? Number.POSITIVE_INFINITY : finiteHighSum - (Number.isFinite(hi) ? hi : 0);
    const least = Math.max(lo, hiddenSum - othersHigh);
    const most = Math.min(hi, hiddenSum - (lowSum - lo));
    return most - least >= 1;
  });
}

function displayOf(count: number, reason: SuppressionReason | null, population: number | undefined, k: number): string {
  if (reason === null) return String(count);
  if (reason === 'small') return `< ${k}`;
  if (reason === 'wholeGroup') return `≥ ${wholeGroupFloor(population ?? count, k)}`;
  return COMPLEMENTARY_MARK;
}

/**
 * Suppresses small cells of one row of an aggregate table. `total` defaults to the sum of the cells
 * and may be larger (workers outside the listed cells), never smaller; `totalPopulation` is the size
 * of the whole group when it is shown (the total is then coarsened like a whole-group cell). Zero
 * counts are treated as small too: 'nobody in this department' also describes fewer than k workers.
 *
 * While the total is shown, the suppressed cells must never be computable from it (one suppressed
 * cell alone always would be; so would two small cells adding up to 0). Then the next-smallest
 * visible cell is suppressed as well ('*'), and so on; when no visible cell is left, the total is
 * suppressed.
 */
export function suppressSmallCells(
  cells: readonly AggregateCell[],
  opts: { k?: number; total?: number; totalPopulation?: number } = {},
): SuppressionResult {
  const k = requireInteger(opts.k ?? DEFAULT_SUPPRESSION_K, 'k', MIN_SUPPRESSION_K, Number.MAX_SAFE_INTEGER);
  requireList(cells, 'cells');
  let sum = 0;
  cells.forEach((cell, index) => {
    const count = requireInteger(cell.count, `cells[${index}].count`, 0, Number.MAX_SAFE_INTEGER);
    if (cell.population !== undefined) requireInteger(cell.population, `cells[${index}].population`, count, Number.MAX_SAFE_INTEGER);
    sum += count;
  });
  const total = opts.total === undefined ? sum : requireInteger(opts.total, 'total', 0, Number.MAX_SAFE_INTEGER);
  if (total < sum) throw new RuleInputError('total', 'less than the sum of the cells');
  const totalPopulation =
    opts.totalPopulation === undefined ? undefined : requireInteger(opts.totalPopulation, 'totalPopulation', total, Number.MAX_SAFE_INTEGER);

  const reasons: Array<SuppressionReason | null> = cells.map((cell) => ownReason(cell.count, cell.population, k));
  let totalReason: SuppressionReason | null = ownReason(total, totalPopulation, k);

  while (totalReason === null && reasons.some((reason) => reason !== null)) {
    let hiddenSum = 0;
    const ranges: Array<[number, number]> = [];
    let nextSmallest = -1;
    cells.forEach((cell, index) => {
      const reason = reasons[index] ?? null;
      if (reason !== null) {
        hiddenSum += cell.count;
        ranges.push(hiddenRange(reason, cell.population, k));
      } else if (nextSmallest === -1 || cell.count < (cells[nextSmallest]?.count ?? Infinity)) nextSmallest = index;
    });
    if (hiddenCellsAreSafe(ranges, hiddenSum)) break;
    if (nextSmallest === -1) totalReason = 'complementary';
    else reasons[nextSmallest] = 'complementary';
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
        display: displayOf(cell.count, reason, cell.population, k),
      };
    }),
    total: totalReason === null ? total : null,
    totalSuppressed: totalReason !== null,
    totalReason,
    totalDisplay: displayOf(total, totalReason, totalPopulation, k),
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
  return { key, count: reason === null ? count : null, suppressed: reason !== null, reason, display: displayOf(count, reason, undefined, k) };
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
      const ranges: Array<[number, number]> = [];
      let hiddenSum = 0;
      let nextSmallest: GridEntry | null = null;
      for (const part of parts) {
        if (part.reason !== null) {
          hiddenSum += part.count;
          ranges.push(hiddenRange(part.reason, undefined, k));
        } else if (nextSmallest === null || part.count < nextSmallest.count) nextSmallest = part;
      }
      if (ranges.length === 0 || hiddenCellsAreSafe(ranges, hiddenSum)) continue;
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
