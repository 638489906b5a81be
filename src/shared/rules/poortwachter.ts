import { type IsoDate, fromDayNumber, toDayNumber } from './dates';
import { nextWorkingDay, previousWorkingDay } from './publicHolidays';
import { RuleInputError } from './ruleInputError';

/*
 * Netherlands, Wet verbetering poortwachter (docs/clinical-rules.md, section 6a). Week N of sickness is sick days 7(N-1) .. 7N-1
 * counted from the first sick day (day 0); a milestone 'in week N' is due on the last day of week N.
 * Sick periods separated by fewer than 4 weeks of recovery count as one (art. 7:629 BW): only sick
 * days count, so a recovery in between moves every later milestone by its length.
 */

export type PoortwachterCode =
  | 'probleemanalyse'
  | 'planVanAanpak'
  | 'ziekmelding42'
  | 'eerstejaarsevaluatie'
  | 'wiaAanvraag'
  | 'eindeLoondoorbetaling';

export interface PoortwachterMilestone {
  code: PoortwachterCode;
  week: number;
  due: IsoDate;
}

/** Sick days (0-based, of the merged timeline) on which each milestone is due. */
export const POORTWACHTER_SCHEDULE: ReadonlyArray<{ code: PoortwachterCode; week: number; dayOffset: number }> = [
  { code: 'probleemanalyse', week: 6, dayOffset: 41 },
  { code: 'planVanAanpak', week: 8, dayOffset: 55 },
  { code: 'ziekmelding42', week: 42, dayOffset: 294 }, // the first day after 42 weeks (Ziektewet art. 38)
  { code: 'eerstejaarsevaluatie', week: 52, dayOffset: 363 },
  { code: 'wiaAanvraag', week: 91, dayOffset: 636 }, // advised week 91; latest week 93
  { code: 'eindeLoondoorbetaling', week: 104, dayOffset: 727 },
];

/** Days after the first sick day on which the action plan is due (end of week 8). */
export const PLAN_VAN_AANPAK_DAY_OFFSET = 55;

/** The action plan is due at the latest this many days after the problem analysis was made. */
export const PLAN_VAN_AANPAK_DAYS_AFTER_ANALYSIS = 14;

/** Sick periods separated by fewer than this many days of recovery count as one (art. 7:629 BW). */
export const RECOVERY_DAYS_SEPARATING_PERIODS = 28;

/** The action plan is evaluated at least every 6 weeks. */
export const ACTION_PLAN_EVALUATION_DAYS = 42;

/** An earlier sick period: from its first sick day up to the day before `recoveredOn` (the first day fully recovered). */
export interface EarlierSickPeriod {
  firstSickDay: IsoDate;
  recoveredOn: IsoDate;
}

export interface PoortwachterOptions {
  /** Earlier sick periods of the worker, in any order; those less than 4 weeks apart are merged. */
  earlierPeriods?: readonly EarlierSickPeriod[];
  /** When the problem analysis was actually made: the action plan is due 14 days later. */
  probleemanalyseDate?: IsoDate;
}

/** A run of consecutive sick days, as day numbers: [first, end). */
interface SickRun {
  first: number;
  end: number;
}

/**
 * The sick runs that count together with the current period, oldest first: walking back from the
 * current period, an earlier period is taken while fewer than 28 days of recovery separate it from
 * the next, and the walk stops at the first that is not. Overlapping or empty periods: RangeError.
 */
export function mergedSickRuns(firstSickDay: IsoDate, earlierPeriods: readonly EarlierSickPeriod[] = []): SickRun[] {
  const current = toDayNumber(firstSickDay, 'firstSickDay');
  if (!Array.isArray(earlierPeriods)) throw new RuleInputError('earlierPeriods', 'must be a list');
  const earlier = earlierPeriods
    .map((p) => ({
      first: toDayNumber(p.firstSickDay, 'earlierPeriods.firstSickDay'),
      end: toDayNumber(p.recoveredOn, 'earlierPeriods.recoveredOn'),
    }))
    .sort((a, b) => a.first - b.first);
  for (const [index, run] of earlier.entries()) {
    if (run.end <= run.first) throw new RuleInputError('earlierPeriods', 'a period ends before it starts (recoveredOn must be after firstSickDay)');
    const nextFirst = earlier[index + 1]?.first ?? current;
    if (run.end > nextFirst) throw new RuleInputError('earlierPeriods', 'a period overlaps the next one or the current one');
  }

  const runs: SickRun[] = [{ first: current, end: Number.POSITIVE_INFINITY }];
  for (let index = earlier.length - 1; index >= 0; index -= 1) {
    const run = earlier[index] as SickRun;
    const next = runs[0] as SickRun;
    if (next.first - run.end >= RECOVERY_DAYS_SEPARATING_PERIODS) break;
    runs.unshift(run);
  }
  return runs;
}

/** The calendar day of the d-th sick day (0-based) of the merged runs; the last run (the current period) is open-ended. */
function sickDay(runs: readonly SickRun[], d: number): number {
  let remaining = d;
  for (const run of runs.slice(0, -1)) {
    const length = run.end - run.first;
    if (remaining < length) return run.first + remaining;
    remaining -= length;
  }
  return (runs.at(-1) as SickRun).first + remaining;
}

/**
 * The Poortwachter milestones of a sick period. Each is due on the calendar date of its sick day in
 * the merged timeline: earlier periods separated by fewer than 28 days of recovery come first (only
 * their sick days count), then the current period, which runs until full recovery (a graded return
 * does not stop the count). With `probleemanalyseDate` the action plan is due 14 days after it.
 */
export function poortwachterMilestones(firstSickDay: IsoDate, options: PoortwachterOptions = {}): PoortwachterMilestone[] {
  const runs = mergedSickRuns(firstSickDay, options.earlierPeriods ?? []);
  const analysis = options.probleemanalyseDate === undefined ? null : toDayNumber(options.probleemanalyseDate, 'probleemanalyseDate');
  if (analysis !== null && analysis < (runs[0] as SickRun).first) throw new RuleInputError('probleemanalyseDate', 'before the first sick day');
  return POORTWACHTER_SCHEDULE.map(({ code, week, dayOffset }) => {
    const due =
      code === 'planVanAanpak' && analysis !== null ? analysis + PLAN_VAN_AANPAK_DAYS_AFTER_ANALYSIS : sickDay(runs, dayOffset);
    return { code, week, due: fromDayNumber(due) };
  });
}

/**
 * The first day on which the UWV report can be made on UWV's reading (the first working day after
 * 42 weeks): the due date of `ziekmelding42`, moved past weekends and Dutch public holidays.
 */
export function ziekmelding42FirstWorkingDay(milestones: readonly PoortwachterMilestone[]): IsoDate {
  const report = milestones.find((m) => m.code === 'ziekmelding42');
  if (report === undefined) throw new RuleInputError('milestones', 'no ziekmelding42');
  return nextWorkingDay(report.due, 'NL', 'due');
}

/** The date the action plan was made, or the first sick day (the plan is then taken as made on its due date). */
export type PoortwachterEvaluationBasis = { planVanAanpakDate: IsoDate } | { firstSickDay: IsoDate };

/**
 * The next 6-weekly evaluation of the action plan on or after `on`: the plan date + 42 k days
 * (k >= 1), moved back to the last Dutch working day before it when it falls on a weekend or public
 * holiday (so that 6 weeks are never exceeded). Without a plan date, the plan's due date (first sick
 * day + 55 days) is used.
 */
export function nextPoortwachterEvaluation(basis: PoortwachterEvaluationBasis, on: IsoDate): IsoDate {
  const planDay =
    'planVanAanpakDate' in basis
      ? toDayNumber(basis.planVanAanpakDate, 'planVanAanpakDate')
      : toDayNumber(basis.firstSickDay, 'firstSickDay') + PLAN_VAN_AANPAK_DAY_OFFSET;
  const day = toDayNumber(on, 'on');
  const evaluation = (k: number) => previousWorkingDay(fromDayNumber(planDay + k * ACTION_PLAN_EVALUATION_DAYS), 'NL');
  const periods = Math.max(1, Math.ceil((day - planDay) / ACTION_PLAN_EVALUATION_DAYS));
  const candidate = evaluation(periods);
  return candidate >= fromDayNumber(day) ? candidate : evaluation(periods + 1);
}
