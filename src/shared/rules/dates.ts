import { requireInteger } from './validation';
import { RuleInputError } from './ruleInputError';

/**
 * Calendar dates as ISO strings (`YYYY-MM-DD`), handled as whole day numbers (days since
 * 1970-01-01) with pure integer arithmetic: no time zone, no clock.
 */

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** The calendar date of a day number (H. Hinnant's civil_from_days). */
function calendarDateOf(dayNumber: number): CalendarDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function parseCalendarDate(value: unknown, field: string): CalendarDate {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (match === null) throw new RuleInputError(field, 'not a valid ISO date');
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RuleInputError(field, 'not a valid ISO date');
  }
  return { year, month, day };
}

/** Days since 1970-01-01; throws a RangeError naming `field` when the value is not a real date. */
export function toDayNumber(value: unknown, field: string): number {
  const { year, month, day } = parseCalendarDate(value, field);
  return dayNumberOf(year, month, day);
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const { year, month, day } = calendarDateOf(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Throws a RangeError naming `field` unless `value` is a valid ISO date. */
export function assertIsoDate(value: unknown, field: string): asserts value is IsoDate {
  parseCalendarDate(value, field);
}

export function isIsoDate(value: unknown): value is IsoDate {
  try {
    parseCalendarDate(value, 'date');
    return true;
  } catch {
    return false;
  }
}

export function addDays(date: IsoDate, days: number, field = 'date'): IsoDate {
  requireInteger(days, 'days', -1_000_000, 1_000_000);
  return fromDayNumber(toDayNumber(date, field) + days);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate, fromField = 'from', toField = 'to'): number {
  return toDayNumber(to, toField) - toDayNumber(from, fromField);
}

/**
 * Adds calendar months keeping the day of the month; where that day does not exist in the target
 * month the result is the month's last day (2025-08-31 + 6 months = 2026-02-28).
 */
export function addCalendarMonths(date: IsoDate, months: number, field = 'date'): IsoDate {
  requireInteger(months, 'months', -12_000, 12_000);
  const { year, month, day } = parseCalendarDate(date, field);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return fromDayNumber(dayNumberOf(targetYear, targetMonth, targetDay));
}

/** 0 = Monday ... 6 = Sunday. */
export function isoWeekday(dayNumber: number): number {
  // 1970-01-01 was a Thursday (3).
  return (((dayNumber + 3) % 7) + 7) % 7;
}

/**
 * The n-th weekday (Monday-Friday) after `date`; `date` itself is not counted. Public holidays are
 * not skipped here: addWorkingDaysIn (publicHolidays.ts) skips a country's public holidays too.
 */
export function addWorkingDays(date: IsoDate, workingDays: number, field = 'date'): IsoDate {
  requireInteger(workingDays, 'workingDays', 0, 100_000);
  let dayNumber = toDayNumber(date, field);
  let counted = 0;
  while (counted < workingDays) {
    dayNumber += 1;
    if (isoWeekday(dayNumber) < 5) counted += 1;
  }
  return fromDayNumber(dayNumber);
}

/**
 * Age in completed years on `on`. Someone born on 29 February turns a year older on 1 March in
 * years without a 29 February.
 */
export function ageInYears(birthDate: IsoDate, on: IsoDate, birthField = 'birthDate', onField = 'on'): number {
  const birth = parseCalendarDate(birthDate, birthField);
  const at = parseCalendarDate(on, onField);
  if (dayNumberOf(at.year, at.month, at.day) < dayNumberOf(birth.year, birth.month, birth.day)) {
    throw new RuleInputError(birthField, `after ${onField}`);
  }
  const hadBirthday = at.month > birth.month || (at.month === birth.month && at.day >= birth.day);
  return at.year - birth.year - (hadBirthday ? 0 : 1);
}
