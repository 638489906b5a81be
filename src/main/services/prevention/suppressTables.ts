import type { Distribution, GroupRow, GroupTable, ShownCount } from '../../../shared/model';
import { COMPLEMENTARY_MARK, suppressSmallCells, type SuppressedCell, type SuppressionResult } from '../../../shared/rules';

/*
 * Applies the rules module's small-cell suppression to the tables of the workplace aggregates. The
 * module decides which worker counts are hidden (small cells and complementary ones); here every
 * other number describing the same group of workers (episodes, sick-leave days) is hidden with it,
 * so the screen, the PDF and the CSV, which all show these results, hide exactly the same cells.
 */

export function shown(value: number): ShownCount {
  return { value, display: String(value), hidden: null };
}

type Mask = Omit<ShownCount, 'value'> | null;

function cellMask(cell: SuppressedCell): Mask {
  return cell.suppressed ? { display: cell.display, hidden: cell.reason } : null;
}

function totalMask(result: SuppressionResult): Mask {
  return result.totalReason === null ? null : { display: result.totalDisplay, hidden: result.totalReason };
}

function masked(value: number, mask: Mask): ShownCount {
  return mask ? { value: null, ...mask } : shown(value);
}

/**
 * The episodes and days of a hidden group: hidden with it. A whole-group mark ('≥ n') speaks of
 * workers, so these show the plain mark for a hidden number instead.
 */
function maskedWith(value: number, mask: Mask): ShownCount {
  return masked(value, mask?.hidden === 'wholeGroup' ? { display: COMPLEMENTARY_MARK, hidden: 'wholeGroup' } : mask);
}

function mustCell(result: SuppressionResult, index: number): SuppressedCell {
  const cell = result.cells[index];
  if (!cell) throw new Error(`Suppression returned no cell ${index}`);
  return cell;
}

/** A count of workers that stands on its own (not part of a table adding up to a shown total). */
export function suppressAlone(workers: number, k: number, value = workers): ShownCount {
  return masked(value, cellMask(mustCell(suppressSmallCells([{ key: 'alone', count: workers }], { k }), 0)));
}

export interface RawGroup {
  id: number | null;
  label: string | null;
  workforce: number;
  workersSeen: number;
  episodes: number;
  sickLeaveDays: number;
}

/**
 * Departments or jobs: the rows split the workers seen, so a hidden row could be computed from the
 * total; the module adds complementary suppression, and a hidden row hides its episodes and days.
 * The workforce (the roster's head count) is not health data and stays visible; because it is shown,
 * a row (or total) that covers almost its whole workforce is coarsened, as it tells everyone's status.
 */
export function suppressGroupTable(rows: readonly RawGroup[], k: number): GroupTable & { result: SuppressionResult } {
  const sum = (pick: (row: RawGroup) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const result = suppressSmallCells(
    rows.map((row) => ({ key: String(row.id), count: row.workersSeen, population: Math.max(row.workforce, row.workersSeen) })),
    { k, total: sum((row) => row.workersSeen), totalPopulation: Math.max(sum((row) => row.workforce), sum((row) => row.workersSeen)) },
  );
  const hideTotal = totalMask(result);
  return {
    result,
    rows: rows.map((row, index): GroupRow => {
      const mask = cellMask(mustCell(result, index));
      return {
        id: row.id,
        label: row.label,
        workforce: row.workforce,
        workersSeen: masked(row.workersSeen, mask),
        episodes: maskedWith(row.episodes, mask),
        sickLeaveDays: maskedWith(row.sickLeaveDays, mask),
      };
    }),
    total: {
      workforce: sum((row) => row.workforce),
      workersSeen: masked(sum((row) => row.workersSeen), hideTotal),
      episodes: maskedWith(sum((row) => row.episodes), hideTotal),
      sickLeaveDays: maskedWith(sum((row) => row.sickLeaveDays), hideTotal),
    },
  };
}

/** Workers split by a category; categories nobody is in still show (as a small cell). */
export function suppressDistribution(
  keys: readonly string[],
  counts: ReadonlyMap<string, number>,
  total: number,
  k: number,
): Distribution & { result: SuppressionResult } {
  const result = suppressSmallCells(
    keys.map((key) => ({ key, count: counts.get(key) ?? 0 })),
    { k, total },
  );
  return {
    result,
    rows: keys.map((key, index) => ({ key, workers: masked(counts.get(key) ?? 0, cellMask(mustCell(result, index))) })),
    total: masked(total, totalMask(result)),
  };
}

export interface RawPeriodRow {
  workersSeen: number;
  episodes: number;
  sickLeaveDays: number;
}

/**
 * Rows of one period each (quarters): the sick-leave days of the rows add up to the period's total,
 * so one hidden row could be computed from it. The worker counts go through the module as if they
 * split a total, which hides a second row next to a single small one; `unsafeTotal` tells the
 * caller to hide the period's totals as well.
 */
export function suppressPeriodRows<R extends RawPeriodRow>(
  rows: readonly R[],
  k: number,
): { rows: Array<{ workersSeen: ShownCount; episodes: ShownCount; sickLeaveDays: ShownCount }>; unsafeTotal: boolean } {
  const result = suppressSmallCells(
    rows.map((row, index) => ({ key: String(index), count: row.workersSeen })),
    { k },
  );
  return {
    unsafeTotal: result.totalSuppressed,
    rows: rows.map((row, index) => {
      const mask = cellMask(mustCell(result, index));
      return {
        workersSeen: masked(row.workersSeen, mask),
        episodes: masked(row.episodes, mask),
        sickLeaveDays: masked(row.sickLeaveDays, mask),
      };
    }),
  };
}

/** Hides a shown number with the mark of a hidden total it must agree with. */
export function hideLike(count: ShownCount, like: ShownCount): ShownCount {
  if (count.hidden !== null || like.hidden === null) return count;
  return { value: null, display: like.display, hidden: like.hidden };
}
