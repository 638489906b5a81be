import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AggregateRow,
  SUPPRESSION_NOTE,
  type SuppressedCell,
  type SuppressionResult,
  suppressSmallCells,
  suppressSmallCellsTable,
} from '../../../src/shared/rules';

const cells = (...counts: number[]) => counts.map((count, i) => ({ key: String.fromCharCode(97 + i), count }));
const shown = (r: SuppressionResult) => r.cells.map((c) => c.display);

/**
 * Whether every hidden part of a line (parts adding up to a shown total) still has at least two
 * possible values for a reader who knows: '< k' holds 0..k-1, '*' holds at least k.
 */
function lineIsSafe(parts: readonly SuppressedCell[], total: number, k: number): boolean {
  const hidden = parts.filter((p) => p.suppressed);
  if (hidden.length === 0) return true;
  const hiddenSum = total - parts.reduce((s, p) => s + (p.count ?? 0), 0);
  const ranges = hidden.map((p): [number, number] => (p.reason === 'small' ? [0, k - 1] : [k, hiddenSum]));
  return ranges.every(([lo, hi], i) => {
    const others = ranges.filter((_, j) => j !== i);
    const othersMin = others.reduce((s, [l]) => s + l, 0);
    const othersMax = others.reduce((s, [, h]) => s + h, 0);
    let possible = 0;
    for (let v = lo; v <= Math.min(hi, hiddenSum); v += 1) {
      const rest = hiddenSum - v;
      if (rest >= othersMin && rest <= othersMax) possible += 1;
    }
    return possible >= 2;
  });
}

describe('suppressSmallCells', () => {
  it('shows every cell and the total when all cells hold at least k workers', () => {
    const r = suppressSmallCells(cells(10, 20, 30));
    expect(shown(r)).toEqual(['10', '20', '30']);
    expect(r).toMatchObject({ k: 5, total: 60, totalSuppressed: false, totalDisplay: '60' });
  });

  it('shows a cell of exactly k workers', () => {
    expect(shown(suppressSmallCells(cells(5, 20, 30)))).toEqual(['5', '20', '30']);
  });

  it('hides a small cell as "< 5" and the next-smallest cell too, so it cannot be computed from the total', () => {
    const r = suppressSmallCells(cells(2, 10, 20));
    expect(r.cells).toEqual([
      { key: 'a', count: null, suppressed: true, reason: 'small', display: '< 5' },
      { key: 'b', count: null, suppressed: true, reason: 'complementary', display: '*' },
      { key: 'c', count: 20, suppressed: false, reason: null, display: '20' },
    ]);
    expect(r.total).toBe(32);
  });

  it('needs no extra cell when two small cells hide each other', () => {
    const r = suppressSmallCells(cells(2, 3, 50));
    expect(shown(r)).toEqual(['< 5', '< 5', '50']);
    expect(r.total).toBe(55);
  });

  it('hides another cell when two small cells add up to 0 (both would be known to be 0)', () => {
    expect(shown(suppressSmallCells(cells(0, 0, 50)))).toEqual(['< 5', '< 5', '*']);
  });

  it('hides another cell when two small cells are both at k - 1 (their sum 8 would give them away)', () => {
    expect(shown(suppressSmallCells(cells(4, 4, 50)))).toEqual(['< 5', '< 5', '*']);
  });

  it('hides a third cell when a 0 and a complementary 5 would be pinned by the total', () => {
    // 0 shown as '< 5' and 5 shown as '*' (so >= 5) with a hidden sum of 5 leave only 0 + 5.
    expect(shown(suppressSmallCells(cells(0, 5, 100)))).toEqual(['< 5', '*', '*']);
  });

  it('takes the first of two equally small cells as the complement', () => {
    expect(shown(suppressSmallCells(cells(2, 10, 10), { k: 3 }))).toEqual(['< 3', '*', '10']);
  });

  it('suppresses the total when a single small cell has no other cell to hide with', () => {
    const r = suppressSmallCells(cells(3), { total: 40 });
    expect(shown(r)).toEqual(['< 5']);
    expect(r).toMatchObject({ total: null, totalSuppressed: true, totalDisplay: '*' });
  });

  it('suppresses a total that is itself below k', () => {
    const r = suppressSmallCells(cells(3, 1));
    expect(shown(r)).toEqual(['< 5', '< 5']);
    expect(r).toMatchObject({ total: null, totalSuppressed: true, totalDisplay: '< 5' });
  });

  it('uses a configured k', () => {
    expect(shown(suppressSmallCells(cells(6, 7, 30), { k: 7 }))).toEqual(['< 7', '*', '30']);
  });

  it('handles an empty table', () => {
    expect(suppressSmallCells([])).toMatchObject({ cells: [], total: null, totalSuppressed: true });
  });

  it('refuses k below 3 or not an integer', () => {
    expect(() => suppressSmallCells(cells(10), { k: 2 })).toThrow(RangeError);
    expect(() => suppressSmallCells(cells(10), { k: 2 })).toThrow(/^k:/);
    expect(() => suppressSmallCells(cells(10), { k: 4.5 })).toThrow(/^k:/);
  });

  it('refuses negative or fractional counts and a total below the sum', () => {
    expect(() => suppressSmallCells(cells(10, -1))).toThrow(/^cells\[1\]\.count:/);
    expect(() => suppressSmallCells(cells(1.5))).toThrow(/^cells\[0\]\.count:/);
    expect(() => suppressSmallCells(cells(10, 10), { total: 19 })).toThrow('total: less than the sum of the cells');
  });

  it('explains the marks in every language', () => {
    expect(SUPPRESSION_NOTE.nl).toContain('{k}');
    expect(SUPPRESSION_NOTE.en).toContain('*');
  });

  describe('properties', () => {
    const tableArb = fc.record({
      counts: fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 7 }),
      k: fc.integer({ min: 3, max: 8 }),
    });

    it('never shows a count below k', () => {
      fc.assert(
        fc.property(tableArb, ({ counts, k }) => {
          const r = suppressSmallCells(cells(...counts), { k });
          return r.cells.every((c) => c.count === null || c.count >= k) && (r.total === null || r.total >= k);
        }),
      );
    });

    it('never leaves a hidden cell that can be worked out from the total and the visible cells', () => {
      fc.assert(
        fc.property(tableArb, ({ counts, k }) => {
          const r = suppressSmallCells(cells(...counts), { k });
          if (r.total === null) return true;
          return lineIsSafe(r.cells, r.total, k);
        }),
      );
    });
  });
});

describe('suppressSmallCells with the size of each group', () => {
  const groups = (...pairs: Array<[number, number]>) =>
    pairs.map(([count, population], i) => ({ key: String.fromCharCode(97 + i), count, population }));

  it('coarsens a group where everyone was seen, however large, to "≥ n"', () => {
    const r = suppressSmallCells(groups([10, 10], [6, 16], [7, 20]));
    expect(r.cells[0]).toEqual({ key: 'a', count: null, suppressed: true, reason: 'wholeGroup', display: '≥ 6' });
    // The hidden 10 could be worked out from the total 23: the next smallest is hidden too.
    expect(r.cells.map((c) => c.display)).toEqual(['≥ 6', '*', '7']);
    expect(r.total).toBe(23);
  });

  it('coarsens a group where fewer than k were not seen, and leaves one with k not seen', () => {
    expect(suppressSmallCells(groups([16, 20], [15, 20], [8, 20]), { k: 5 }).cells.map((c) => c.display)).toEqual(['≥ 16', '15', '*']);
  });

  it('coarsens the total when fewer than k of the whole group were not seen', () => {
    const r = suppressSmallCells(groups([8, 9], [9, 10]), { totalPopulation: 19 });
    expect(r).toMatchObject({ total: null, totalSuppressed: true, totalReason: 'wholeGroup', totalDisplay: '≥ 15' });
  });

  it('refuses a group smaller than its count', () => {
    expect(() => suppressSmallCells(groups([8, 7]))).toThrow(/cells\[0\]\.population/);
  });

  it('never shows a count with fewer than k of its group left out, nor one that can be worked out', () => {
    const arb = fc.record({
      k: fc.integer({ min: 3, max: 7 }),
      groups: fc.array(
        fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 })).map(([count, rest]): [number, number] => [count, count + rest]),
        { minLength: 1, maxLength: 6 },
      ),
    });
    fc.assert(
      fc.property(arb, ({ k, groups: pairs }) => {
        const r = suppressSmallCells(groups(...pairs), { k });
        r.cells.forEach((cell, i) => {
          const [count, population] = pairs[i] ?? [0, 0];
          if (!cell.suppressed) expect(count >= k && population - count >= k).toBe(true);
        });
        if (r.total === null) return;
        // What a reader knows of each hidden cell, from its mark and its group's size.
        const ranges = r.cells.flatMap((cell, i): Array<[number, number]> => {
          const population = pairs[i]?.[1] ?? 0;
          if (!cell.suppressed) return [];
          if (cell.reason === 'small') return [[0, Math.min(k - 1, population)]];
          if (cell.reason === 'wholeGroup') return [[Math.max(k, population - k + 1), population]];
          return [[k, population - k]];
        });
        const hiddenSum = r.total - r.cells.reduce((sum, cell) => sum + (cell.count ?? 0), 0);
        ranges.forEach(([lo, hi], i) => {
          const others = ranges.filter((_, j) => j !== i);
          let possible = 0;
          for (let v = lo; v <= Math.min(hi, hiddenSum); v += 1) {
            const rest = hiddenSum - v;
            if (rest >= others.reduce((s, [l]) => s + l, 0) && rest <= others.reduce((s, [, h]) => s + h, 0)) possible += 1;
          }
          expect(possible).toBeGreaterThanOrEqual(2);
        });
      }),
    );
  });
});

describe('suppressSmallCellsTable', () => {
  const table = (rows: Record<string, number[]>): AggregateRow[] =>
    Object.entries(rows).map(([key, counts]) => ({
      key,
      cells: counts.map((count, i) => ({ key: `q${i + 1}`, count })),
    }));
  const displays = (r: ReturnType<typeof suppressSmallCellsTable>) => ({
    rows: r.rows.map((row) => [...row.cells.map((c) => c.display), row.total.display]),
    columnTotals: r.columnTotals.map((c) => c.display),
    grandTotal: r.grandTotal.display,
  });

  it('hides complements along the row and the columns of a small cell (worked out by hand)', () => {
    const r = suppressSmallCellsTable(table({ A: [10, 2, 12], B: [8, 9, 15] }));
    expect(displays(r)).toEqual({
      rows: [
        ['*', '< 5', '12', '24'],
        ['*', '*', '15', '32'],
      ],
      columnTotals: ['18', '11', '27'],
      grandTotal: '56',
    });
  });

  it('hides a small row total and its complement among the row totals', () => {
    const r = suppressSmallCellsTable(table({ A: [1, 2], B: [10, 10] }));
    expect(displays(r)).toEqual({
      rows: [
        ['< 5', '< 5', '< 5'],
        ['*', '*', '*'],
      ],
      columnTotals: ['11', '12'],
      grandTotal: '23',
    });
    expect(r.rows[1]!.total).toMatchObject({ key: 'B', count: null, reason: 'complementary' });
  });

  it('shows a table without small cells unchanged', () => {
    const r = suppressSmallCellsTable(table({ A: [5, 6], B: [7, 8] }));
    expect(displays(r)).toEqual({ rows: [['5', '6', '11'], ['7', '8', '15']], columnTotals: ['12', '14'], grandTotal: '26' });
  });

  it('refuses rows with different columns, bad counts and k below 3', () => {
    const rows: AggregateRow[] = [
      { key: 'A', cells: [{ key: 'q1', count: 5 }] },
      { key: 'B', cells: [{ key: 'q2', count: 5 }] },
    ];
    expect(() => suppressSmallCellsTable(rows)).toThrow(/^rows\[1\]\.cells:/);
    expect(() => suppressSmallCellsTable(table({ A: [-1] }))).toThrow(/^rows\[0\]\.cells\[0\]\.count:/);
    expect(() => suppressSmallCellsTable(table({ A: [10] }), { k: 2 })).toThrow(/^k:/);
  });

  it('never leaves a hidden entry that can be worked out from a shown row or column total', () => {
    const arb = fc.record({
      rows: fc.integer({ min: 1, max: 4 }),
      columns: fc.integer({ min: 1, max: 4 }),
      k: fc.integer({ min: 3, max: 6 }),
      seed: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 16, maxLength: 16 }),
    });
    fc.assert(
      fc.property(arb, ({ rows, columns, k, seed }) => {
        const counts = Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => seed[r * 4 + c]!));
        const r = suppressSmallCellsTable(table(Object.fromEntries(counts.map((line, i) => [`R${i}`, line]))), { k });
        const rowTotals = counts.map((line) => line.reduce((s, n) => s + n, 0));
        const columnTotals = Array.from({ length: columns }, (_, c) => counts.reduce((s, line) => s + line[c]!, 0));
        const grand = rowTotals.reduce((s, n) => s + n, 0);
        const lines: Array<[SuppressedCell[], SuppressedCell, number]> = [
          ...r.rows.map((row, i): [SuppressedCell[], SuppressedCell, number] => [row.cells, row.total, rowTotals[i]!]),
          ...Array.from({ length: columns }, (_, c): [SuppressedCell[], SuppressedCell, number] => [
            r.rows.map((row) => row.cells[c]!),
            r.columnTotals[c]!,
            columnTotals[c]!,
          ]),
          [r.columnTotals, r.grandTotal, grand],
          [r.rows.map((row) => row.total), r.grandTotal, grand],
        ];
        const everyShownCountAtLeastK = [...r.rows.flatMap((row) => [...row.cells, row.total]), ...r.columnTotals, r.grandTotal].every(
          (cell) => cell.count === null || cell.count >= k,
        );
        return everyShownCountAtLeastK && lines.every(([parts, total, value]) => total.suppressed || lineIsSafe(parts, value, k));
      }),
    );
  });
});
