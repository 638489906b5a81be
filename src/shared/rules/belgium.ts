import { addCalendarMonths, addDays, addWorkingDays, assertIsoDate, type IsoDate } from './dates';

/*
 * Belgium, re-integration rules (Codex welzijn op het werk, in force 1-10-2022), spec 6b.
 * Working days are Monday-Friday; public holidays are not modelled (WORKING_DAYS_NOTE says so).
 */

export type BelgianCode =
  | 'contactAfter4Weeks'
  | 'employerMayStartReintegration'
  | 'medicalForceMajeurePossible'
  | 'fedrisWindowOpens'
  | 'fedrisWindowCloses';

export interface BelgianMilestone {
  code: BelgianCode;
  date: IsoDate;
}

/**
 * The milestones of an incapacity, in date order (the two 4-week milestones share a date):
 * contactAfter4Weeks and fedrisWindowOpens +28 days, employerMayStartReintegration +3 calendar
 * months, fedrisWindowCloses +6 calendar months, medicalForceMajeurePossible +9 calendar months.
 */
export function belgianMilestones(firstDayOfIncapacity: IsoDate): BelgianMilestone[] {
  const field = 'firstDayOfIncapacity';
  assertIsoDate(firstDayOfIncapacity, field);
  const fourWeeks = addDays(firstDayOfIncapacity, 28, field);
  return [
    { code: 'contactAfter4Weeks', date: fourWeeks },
    { code: 'fedrisWindowOpens', date: fourWeeks },
    { code: 'employerMayStartReintegration', date: addCalendarMonths(firstDayOfIncapacity, 3, field) },
    { code: 'fedrisWindowCloses', date: addCalendarMonths(firstDayOfIncapacity, 6, field) },
    { code: 'medicalForceMajeurePossible', date: addCalendarMonths(firstDayOfIncapacity, 9, field) },
  ];
}

/** Working days within which the return-to-work examination and the pre-resumption visit take place. */
export const BELGIAN_WORKING_DAYS_LIMIT = 10;

/** The return-to-work examination: on the day of return at the earliest, the 10th working day after it at the latest. */
export function returnToWorkExamDeadline(returnDate: IsoDate): IsoDate {
  return addWorkingDays(returnDate, BELGIAN_WORKING_DAYS_LIMIT, 'returnDate');
}

/** The visit before resumption is held within 10 working days of the worker's request. */
export function preResumptionVisitDeadline(requestDate: IsoDate): IsoDate {
  return addWorkingDays(requestDate, BELGIAN_WORKING_DAYS_LIMIT, 'requestDate');
}

/** Absence (calendar days) from which the return-to-work examination is compulsory under health surveillance. */
export const RETURN_TO_WORK_EXAM_MIN_ABSENCE_DAYS = 28;
