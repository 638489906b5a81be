import { addCalendarMonths, addDays, assertIsoDate, type IsoDate, toDayNumber } from './dates';
import { addWorkingDaysIn } from './publicHolidays';
import { requireInteger } from './validation';

/*
 * Belgium, re-integration rules (Codex welzijn op het werk, book I title 4 chapter VI), docs/clinical-rules.md, section 6b.
 * The rules are versioned by their date of effect: the rules of 1-10-2022 (KB 11-09-2022) and the
 * reform of 1-1-2026 (KB 17-12-2025, law of 19-12-2025). An incapacity keeps the version in force on
 * its first day (trajectories started before 2026 keep the earlier rules). Working days are Monday
 * to Friday except the Belgian public holidays; replacement days for holidays on a Sunday are not
 * modelled (each employer sets its own).
 */

export type BelgianCode =
  | 'contactAfter4Weeks'
  | 'employerMayStartReintegration'
  | 'workCapacityEstimate'
  | 'medicalForceMajeurePossible'
  | 'fedrisWindowOpens'
  | 'fedrisWindowCloses';

export interface BelgianMilestone {
  code: BelgianCode;
  date: IsoDate;
}

export type BelgianRulesVersion = '2022-10' | '2026-01';

export interface BelgianRules {
  version: BelgianRulesVersion;
  /** First day of incapacity from which this version applies. */
  effectiveFrom: IsoDate;
  /** The legal texts of this version. */
  source: string;
  /** Calendar months of incapacity after which the employer may start a trajectory; 0 = from day 1 (with the worker's consent). */
  employerMayStartAfterMonths: number;
  /** Days of incapacity after which the occupational physician estimates the work capacity (arbeidspotentieel); null when the version has none. */
  workCapacityEstimateAfterDays: number | null;
  /** Calendar months of incapacity after which termination for medical force majeure is possible. */
  medicalForceMajeureAfterMonths: number;
}

/** The Belgian rule versions, oldest first. */
export const BELGIAN_RULES: readonly BelgianRules[] = [
  {
    version: '2022-10',
    effectiveFrom: '2022-10-01',
    source: 'KB 11-09-2022 (Codex welzijn op het werk, boek I titel 4 hoofdstuk VI)',
    employerMayStartAfterMonths: 3,
    workCapacityEstimateAfterDays: null,
    medicalForceMajeureAfterMonths: 9,
  },
  {
    version: '2026-01',
    effectiveFrom: '2026-01-01',
    source: 'KB 17-12-2025 and the law of 19-12-2025',
    employerMayStartAfterMonths: 0,
    workCapacityEstimateAfterDays: 56,
    medicalForceMajeureAfterMonths: 6,
  },
];

/** The rules that govern an incapacity: the version in force on its first day (the 2022 rules for earlier days). */
export function belgianRulesFor(firstDayOfIncapacity: IsoDate): BelgianRules {
  const day = toDayNumber(firstDayOfIncapacity, 'firstDayOfIncapacity');
  let rules = BELGIAN_RULES[0] as BelgianRules;
  for (const version of BELGIAN_RULES) {
    if (toDayNumber(version.effectiveFrom, 'effectiveFrom') <= day) rules = version;
  }
  return rules;
}

/** Days after the first day of incapacity: the physician's contact and the (ordinary) Fedris window. */
export const FOUR_WEEKS_DAYS = 28;
/** Fedris relapse rule (docs/clinical-rules.md, section 6c): at least 21 days of low-back-pain incapacity in the previous 12 months opens the window after 7 days. */
export const FEDRIS_RELAPSE_MIN_PREVIOUS_DAYS = 21;
export const FEDRIS_RELAPSE_WINDOW_OPENS_DAYS = 7;
export const FEDRIS_WINDOW_MONTHS = 6;

/** When the Fedris window opens: +28 days, or +7 days under the relapse rule. */
export function fedrisWindowOpensOffset(lbpIncapacityDaysPrevious12Months: number): number {
  const previous = requireInteger(lbpIncapacityDaysPrevious12Months, 'lbpIncapacityDaysPrevious12Months', 0, 366);
  return previous >= FEDRIS_RELAPSE_MIN_PREVIOUS_DAYS ? FEDRIS_RELAPSE_WINDOW_OPENS_DAYS : FOUR_WEEKS_DAYS;
}

/**
 * The milestones of an incapacity, in date order (ties in the order of BelgianCode):
 * contactAfter4Weeks +28 days; fedrisWindowOpens +28 days (+7 under the relapse rule);
 * fedrisWindowCloses +6 calendar months; and by the rules in force on the first day:
 * 2022 rules: employerMayStartReintegration +3 months, medicalForceMajeurePossible +9 months;
 * 2026 rules: employerMayStartReintegration from day 1 (with the worker's consent),
 * workCapacityEstimate +8 weeks, medicalForceMajeurePossible +6 months.
 */
export function belgianMilestones(
  firstDayOfIncapacity: IsoDate,
  options: { lbpIncapacityDaysPrevious12Months?: number } = {},
): BelgianMilestone[] {
  const field = 'firstDayOfIncapacity';
  assertIsoDate(firstDayOfIncapacity, field);
  const rules = belgianRulesFor(firstDayOfIncapacity);
  const opens = fedrisWindowOpensOffset(options.lbpIncapacityDaysPrevious12Months ?? 0);
  const milestones: BelgianMilestone[] = [
    { code: 'contactAfter4Weeks', date: addDays(firstDayOfIncapacity, FOUR_WEEKS_DAYS, field) },
    { code: 'employerMayStartReintegration', date: addCalendarMonths(firstDayOfIncapacity, rules.employerMayStartAfterMonths, field) },
    ...(rules.workCapacityEstimateAfterDays === null
      ? []
      : [{ code: 'workCapacityEstimate' as const, date: addDays(firstDayOfIncapacity, rules.workCapacityEstimateAfterDays, field) }]),
    { code: 'medicalForceMajeurePossible', date: addCalendarMonths(firstDayOfIncapacity, rules.medicalForceMajeureAfterMonths, field) },
    { code: 'fedrisWindowOpens', date: addDays(firstDayOfIncapacity, opens, field) },
    { code: 'fedrisWindowCloses', date: addCalendarMonths(firstDayOfIncapacity, FEDRIS_WINDOW_MONTHS, field) },
  ];
  // A stable sort keeps the order above for milestones on the same day.
  return milestones.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Working days within which the return-to-work examination and the pre-resumption visit take place. */
export const BELGIAN_WORKING_DAYS_LIMIT = 10;

/**
 * The return-to-work examination: on the day of return at the earliest, the 10th Belgian working
 * day after it at the latest (weekends and Belgian public holidays skipped).
 */
export function returnToWorkExamDeadline(returnDate: IsoDate): IsoDate {
  return addWorkingDaysIn('BE', returnDate, BELGIAN_WORKING_DAYS_LIMIT, 'returnDate');
}

/** The visit before resumption is held within 10 Belgian working days of the worker's request. */
export function preResumptionVisitDeadline(requestDate: IsoDate): IsoDate {
  return addWorkingDaysIn('BE', requestDate, BELGIAN_WORKING_DAYS_LIMIT, 'requestDate');
}

/** Absence (calendar days) from which the return-to-work examination is compulsory under health surveillance. */
export const RETURN_TO_WORK_EXAM_MIN_ABSENCE_DAYS = 28;
