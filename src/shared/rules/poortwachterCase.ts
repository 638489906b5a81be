import { type IsoDate, fromDayNumber, toDayNumber } from './dates';
import {
  type PoortwachterMilestone,
  mergedSickRuns,
  nextPoortwachterEvaluation,
  poortwachterMilestones,
  ziekmelding42FirstWorkingDay,
} from './poortwachter';
import { RuleInputError } from './ruleInputError';

/*
 * A worker's Poortwachter case (docs/clinical-rules.md, section 6a): every sick period of the worker, across back-pain episodes,
 * with the first sick day and the first day of full recovery. Periods less than 4 weeks apart count
 * as one; a graded return is not recovery, so the case stays open until the worker is fully
 * recovered.
 */

/** One sick period as recorded: `recoveredOn` is the first day fully recovered, null while not (yet) fully recovered. */
export interface RecordedSickPeriod {
  firstSickDay: IsoDate;
  recoveredOn: IsoDate | null;
}

export interface CountedSickPeriod {
  firstSickDay: IsoDate;
  /** Null for the current period while the worker is not fully recovered. */
  recoveredOn: IsoDate | null;
  /** Sick days of this period counted in the case (up to `on` for an open period). */
  sickDays: number;
}

export interface PoortwachterCase {
  /** The periods that count together, oldest first; the last one is the current period. */
  periods: CountedSickPeriod[];
  /** Calendar days of recovery between the counted periods (each fewer than 28), oldest first. */
  recoveryGaps: number[];
  /** The first day of full recovery of the current period, when recorded and on or before `on`. */
  recoveredOn: IsoDate | null;
  /** True while the worker is not fully recovered on `on`: every milestone still applies. */
  open: boolean;
  /** Sick days counted up to `on` (or up to recovery) over the merged periods. */
  sickDays: number;
  /** Week of sickness (1-based) on `on`: sick day d is in week floor(d / 7) + 1. */
  week: number;
  milestones: PoortwachterMilestone[];
  /** The week-42 report: the legal date (the first day after 42 weeks) and UWV's first working day on or after it. */
  ziekmelding42: { legal: IsoDate; uwvFirstWorkingDay: IsoDate };
  /** UWV's advice (not a legal deadline): the next evaluation of the action plan, 6 weeks apart; null before the plan is due. */
  nextEvaluationAdvice: IsoDate | null;
}

/**
 * The recorded periods made consistent, oldest first: a period whose recovery is unknown or later than
 * the next period's first sick day runs on into it (no recovery in between); a period that starts
 * on the same day as a later one is dropped.
 */
export function normalizeSickPeriods(periods: readonly RecordedSickPeriod[]): RecordedSickPeriod[] {
  if (!Array.isArray(periods)) throw new RuleInputError('periods', 'must be a list');
  const sorted = periods
    .map((p) => ({ first: toDayNumber(p.firstSickDay, 'periods.firstSickDay'), end: p.recoveredOn === null ? null : toDayNumber(p.recoveredOn, 'periods.recoveredOn') }))
    .sort((a, b) => a.first - b.first);
  const result: Array<{ first: number; end: number | null }> = [];
  for (const [index, period] of sorted.entries()) {
    const next = sorted[index + 1];
    if (next !== undefined && next.first === period.first) continue;
    if (period.end !== null && period.end <= period.first) throw new RuleInputError('periods.recoveredOn', 'must be after firstSickDay');
    const end = next === undefined ? period.end : period.end === null ? next.first : Math.min(period.end, next.first);
    result.push({ first: period.first, end });
  }
  return result.map((p) => ({ firstSickDay: fromDayNumber(p.first), recoveredOn: p.end === null ? null : fromDayNumber(p.end) }));
}

/**
 * The case on `on`: the current period is the newest recorded one; earlier periods are merged by the
 * 4-week rule. The first problem analysis made in the case (`probleemanalyseDates`; earlier ones
 * belong to an earlier case, a later revision does not move the deadline) sets the action plan's
 * deadline 14 days later; with `planVanAanpakDate` the 6-weekly evaluations follow the plan's date.
 */
export function poortwachterCase(
  recorded: readonly RecordedSickPeriod[],
  options: { on: IsoDate; probleemanalyseDates?: readonly IsoDate[]; planVanAanpakDate?: IsoDate | null },
): PoortwachterCase {
  const on = toDayNumber(options.on, 'on');
  const periods = normalizeSickPeriods(recorded);
  const current = periods.at(-1);
  if (current === undefined) throw new RuleInputError('periods', 'at least one sick period');
  const earlierPeriods = periods.slice(0, -1).map((p) => ({ firstSickDay: p.firstSickDay, recoveredOn: p.recoveredOn as IsoDate }));
  const runs = mergedSickRuns(current.firstSickDay, earlierPeriods);
  const caseFirst = (runs[0] as { first: number }).first;
  const analysis = (options.probleemanalyseDates ?? [])
    .map((date) => toDayNumber(date, 'probleemanalyseDates'))
    .filter((day) => day >= caseFirst)
    .sort((a, b) => a - b)[0];
  const milestones = poortwachterMilestones(current.firstSickDay, {
    earlierPeriods,
    ...(analysis === undefined ? {} : { probleemanalyseDate: fromDayNumber(analysis) }),
  });

  const currentFirst = toDayNumber(current.firstSickDay, 'firstSickDay');
  const recoveredDay = current.recoveredOn === null ? null : toDayNumber(current.recoveredOn, 'recoveredOn');
  const recovered = recoveredDay !== null && recoveredDay <= on;
  const currentEnd = recovered ? (recoveredDay as number) : on + 1;
  const counted: CountedSickPeriod[] = runs.map((run, index) => {
    const isCurrent = index === runs.length - 1;
    const end = isCurrent ? currentEnd : run.end;
    return {
      firstSickDay: fromDayNumber(run.first),
      recoveredOn: isCurrent ? (recovered ? fromDayNumber(recoveredDay as number) : null) : fromDayNumber(run.end),
      sickDays: Math.max(0, end - run.first),
    };
  });
  const recoveryGaps = runs.slice(1).map((run, index) => run.first - (runs[index] as { end: number }).end);
  const sickDays = counted.reduce((sum, p) => sum + p.sickDays, 0);
  const legal = (milestones.find((m) => m.code === 'ziekmelding42') as PoortwachterMilestone).due;
  const planDue = (milestones.find((m) => m.code === 'planVanAanpak') as PoortwachterMilestone).due;
  const plan = options.planVanAanpakDate ?? null;
  const open = !recovered && currentFirst <= on;
  const evaluationBasis = plan !== null ? { planVanAanpakDate: plan } : planDue < options.on ? { planVanAanpakDate: planDue } : null;
  return {
    periods: counted,
    recoveryGaps,
    recoveredOn: recovered ? fromDayNumber(recoveredDay as number) : null,
    open,
    sickDays,
    week: Math.floor(Math.max(0, sickDays - 1) / 7) + 1,
    milestones,
    ziekmelding42: { legal, uwvFirstWorkingDay: ziekmelding42FirstWorkingDay(milestones) },
    nextEvaluationAdvice: open && evaluationBasis !== null ? nextPoortwachterEvaluation(evaluationBasis, options.on) : null,
  };
}
