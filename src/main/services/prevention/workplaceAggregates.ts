import type { ApiError } from '../../../shared/ipc';
import { DomainError } from '../domainError';
import { lastDayOfMonth, type AggregateUnit, type GroupTable, type ShownCount, type WorkplaceAggregates } from '../../../shared/model';
import { CHRONICITY_LEVELS, COMPLAINT_PHASES, DEFAULT_SUPPRESSION_K, MIN_SUPPRESSION_K, RISK_FACTORS } from '../../../shared/rules';
import type { AggregateScope, GroupCounts } from '../store/aggregatesRepository';
import type { Repositories } from '../store/store';
import { recommendMeasures } from './measures';
import { quartersOf } from './quarters';
import {
  hideLike,
  shown,
  suppressAlone,
  suppressDistribution,
  suppressGroupTable,
  suppressPeriodRows,
  type RawGroup,
} from './suppressTables';

const WORK_RELATED_FACTORS = RISK_FACTORS.filter((factor) => factor.workRelated);

/** The employer, department or job asked for does not exist (or belongs to another employer). */
export class UnknownWorkplaceError extends DomainError {
  constructor() {
    super('Unknown employer, department or job');
    this.name = 'UnknownWorkplaceError';
  }

  toApiError(): ApiError {
    return { code: 'notFound' };
  }
}

/** Smallest group shown: the practice setting, never below the rules' minimum of 3. */
function suppressionK(settings: { smallCellK: number } | null): number {
  return Math.max(MIN_SUPPRESSION_K, settings?.smallCellK ?? DEFAULT_SUPPRESSION_K);
}

/** Rows per department or job, from the counts per (department, job) combination. */
function groupRows(
  groups: readonly GroupCounts[],
  pick: (group: GroupCounts) => number | null,
  names: ReadonlyArray<{ id: number; name: string }>,
): RawGroup[] {
  const byId = new Map<number | null, RawGroup>();
  for (const group of groups) {
    const id = pick(group);
    const row = byId.get(id) ?? { id, label: null, workforce: 0, workersSeen: 0, episodes: 0, sickLeaveDays: 0 };
    row.workforce += group.workforce;
    row.workersSeen += group.workersSeen;
    row.episodes += group.episodes;
    row.sickLeaveDays += group.sickLeaveDays;
    byId.set(id, row);
  }
  // Groups without workers are left out: a row known to be empty would make a hidden one computable.
  const named = names.flatMap(({ id, name }) => {
    const row = byId.get(id);
    return row && row.workforce > 0 ? [{ ...row, label: name }] : [];
  });
  const without = byId.get(null);
  return without && without.workforce > 0 ? [...named, without] : named;
}

function hideTotals(table: GroupTable, like: ShownCount): GroupTable {
  return {
    rows: table.rows,
    total: {
      workforce: table.total.workforce,
      workersSeen: hideLike(table.total.workersSeen, like),
      episodes: hideLike(table.total.episodes, like),
      sickLeaveDays: hideLike(table.total.sickLeaveDays, like),
    },
  };
}

/** The same whole months one year earlier ('2025-03-01'..'2026-02-28' gives '2024-03-01'..'2025-02-28'). */
export function sameMonthsLastYear(period: { from: string; to: string }): { from: string; to: string } {
  const back = (date: string) => `${Number(date.slice(0, 4)) - 1}${date.slice(4, 8)}01`;
  return { from: back(period.from), to: lastDayOfMonth(back(period.to)) };
}

/** Every suppressible number of the aggregates. */
function shownCounts(a: Omit<WorkplaceAggregates, 'measures'>): ShownCount[] {
  const groupCounts = (table: GroupTable) =>
    [...table.rows, table.total].flatMap((row) => [row.workersSeen, row.episodes, row.sickLeaveDays]);
  return [
    ...Object.values(a.summary).filter((value): value is ShownCount => typeof value === 'object'),
    ...(a.lastYear === null ? [] : Object.values(a.lastYear.summary)),
    ...groupCounts(a.departments),
    ...groupCounts(a.jobs),
    ...[a.phases, a.chronicity].flatMap((d) => [...d.rows.map((row) => row.workers), d.total]),
    ...a.riskFactors.rows.map((row) => row.consultations),
    ...a.quarters.flatMap((q) => [q.workersSeen, q.episodes, q.sickLeaveDays]),
  ];
}

/** The suppressed tables of one period: what the summary rests on, and the risk factors when asked for. */
async function periodTables(
  store: Repositories,
  scope: AggregateScope,
  names: { departments: ReadonlyArray<{ id: number; name: string }>; jobs: ReadonlyArray<{ id: number; name: string }> },
  k: number,
  options: { riskFactors: boolean },
) {
  const bounds = quartersOf(scope.from, scope.to);
  const counts = await store.aggregates.period(scope, bounds, options);
  const { groups } = counts;
  const workersSeen = groups.reduce((sum, g) => sum + g.workersSeen, 0);
  const consultations = groups.reduce((sum, g) => sum + g.consultations, 0);

  let departmentTable = suppressGroupTable(groupRows(groups, (g) => g.departmentId, names.departments), k);
  let jobTable = suppressGroupTable(groupRows(groups, (g) => g.jobPositionId, names.jobs), k);

  const phaseCounts = new Map<string, number>();
  const levelCounts = new Map<string, number>();
  for (const state of counts.latestStates) {
    if (state.phase !== null) phaseCounts.set(state.phase, (phaseCounts.get(state.phase) ?? 0) + state.workers);
    const level = state.chronicityLevel ?? 'unknown';
    levelCounts.set(level, (levelCounts.get(level) ?? 0) + state.workers);
  }
  const phases = suppressDistribution(COMPLAINT_PHASES, phaseCounts, workersSeen, k);
  const chronicity = suppressDistribution(CHRONICITY_LEVELS, levelCounts, workersSeen, k);

  // The same total of workers seen appears in four tables: hidden in one means hidden in all.
  const totals = [departmentTable.total.workersSeen, jobTable.total.workersSeen, phases.total, chronicity.total];
  const hiddenTotal = totals.find((total) => total.hidden !== null);
  if (hiddenTotal) {
    departmentTable = { ...departmentTable, ...hideTotals(departmentTable, hiddenTotal) };
    jobTable = { ...jobTable, ...hideTotals(jobTable, hiddenTotal) };
    phases.total = hideLike(phases.total, hiddenTotal);
    chronicity.total = hideLike(chronicity.total, hiddenTotal);
  }

  const quarterRows = suppressPeriodRows(counts.quarters, k);

  const summaryTotal = departmentTable.total;
  const consultationCount = hideLike(suppressAlone(workersSeen, k, consultations), summaryTotal.workersSeen);
  const summary = {
    workforce: summaryTotal.workforce,
    workersSeen: summaryTotal.workersSeen,
    consultations: consultationCount,
    episodes: quarterRows.unsafeTotal ? hideLike(summaryTotal.episodes, { value: null, display: '*', hidden: 'complementary' }) : summaryTotal.episodes,
    sickLeaveDays: quarterRows.unsafeTotal
      ? hideLike(summaryTotal.sickLeaveDays, { value: null, display: '*', hidden: 'complementary' })
      : summaryTotal.sickLeaveDays,
  };

  const factorCounts = new Map((counts.riskFactors ?? []).map((row) => [row.code, row]));
  const riskFactorRows = WORK_RELATED_FACTORS.map((factor) => {
    const count = factorCounts.get(factor.code);
    const cell = suppressAlone(count?.workers ?? 0, k, count?.consultations ?? 0);
    return {
      code: factor.code,
      category: factor.category,
      consultations: cell,
      percentOfConsultations:
        cell.value === null || consultationCount.value === null || consultations === 0
          ? null
          : Math.round((cell.value / consultations) * 1000) / 10,
    };
  });

  return {
    summary,
    departments: { rows: departmentTable.rows, total: departmentTable.total },
    jobs: { rows: jobTable.rows, total: jobTable.total },
    phases: { rows: phases.rows, total: phases.total },
    chronicity: { rows: chronicity.rows, total: chronicity.total },
    riskFactors: { rows: riskFactorRows, consultations: consultationCount },
    quarters: bounds.map((b, index) => {
      const row = quarterRows.rows[index] ?? { workersSeen: shown(0), episodes: shown(0), sickLeaveDays: shown(0) };
      return { quarter: b.quarter, from: b.from, to: b.to, ...row };
    }),
  };
}

/**
 * The workplace aggregates of an employer (or one of its departments or jobs) over a period, with
 * small-cell suppression applied: the only form in which these figures leave the main process.
 * The summary of the same months a year earlier is suppressed as it would be on its own, so it
 * tells nothing more; both periods are counted at the same time.
 */
export async function workplaceAggregates(
  store: Repositories,
  employerId: number,
  period: { from: string; to: string },
  unit: AggregateUnit = { kind: 'employer' },
): Promise<WorkplaceAggregates> {
  const repository = store.aggregates;
  const employerName = await repository.employerName(employerId);
  if (employerName === null) throw new UnknownWorkplaceError();
  const names = { departments: await repository.departments(employerId), jobs: await repository.jobs(employerId) };
  const unitLabel =
    unit.kind === 'employer' ? null : ((unit.kind === 'department' ? names.departments : names.jobs).find((d) => d.id === unit.id)?.name ?? null);
  if (unit.kind !== 'employer' && unitLabel === null) throw new UnknownWorkplaceError();

  const settings = await store.practice.settings();
  const k = suppressionK(settings);
  const scopeOf = ({ from, to }: { from: string; to: string }): AggregateScope => ({
    employerId,
    departmentId: unit.kind === 'department' ? unit.id : null,
    jobPositionId: unit.kind === 'job' ? unit.id : null,
    from,
    to,
    today: store.clock.today(),
  });
  const scope = scopeOf(period);
  const earlier = sameMonthsLastYear(period);
  const [tables, lastYear, liftingBands, highest] = await Promise.all([
    periodTables(store, scope, names, k, { riskFactors: true }),
    periodTables(store, scopeOf(earlier), names, k, { riskFactors: false }),
    repository.liftingBands(scope),
    repository.liftingHighest(scope),
  ]);

  const byBand = { acceptable: 0, increased: 0, high: 0 };
  for (const row of liftingBands) byBand[row.band] = row.n;
  const { workersSeen, consultations, episodes, sickLeaveDays } = lastYear.summary;
  const withoutMeasures: Omit<WorkplaceAggregates, 'measures'> = {
    employerId,
    employerName,
    unit,
    unitLabel,
    from: period.from,
    to: period.to,
    k,
    jurisdiction: settings?.jurisdiction ?? 'NL',
    ...tables,
    lastYear: { ...earlier, summary: { workersSeen, consultations, episodes, sickLeaveDays } },
    lifting: { byBand, total: byBand.acceptable + byBand.increased + byBand.high, highest },
    anySuppressed: false,
  };
  withoutMeasures.anySuppressed = shownCounts(withoutMeasures).some((count) => count.hidden !== null);
  return { ...withoutMeasures, measures: recommendMeasures(withoutMeasures) };
}
