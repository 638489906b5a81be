import { type IsoDate, addDays, fromDayNumber, isoWeekday, toDayNumber } from './dates';
import type { Country } from './language';
import { requireInteger, requireOneOf } from './validation';

/*
 * Legal public holidays (docs/clinical-rules.md, section 6b). Belgium: the ten holidays of the law of 4 January 1974. The
 * Netherlands: the general recognised holidays of the Algemene termijnenwet that fall on a weekday
 * in some years (Easter Sunday and Whit Sunday are always Sundays and are left out). A Belgian
 * holiday on a Sunday gives a replacement day that each employer sets: not modelled.
 */

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  requireInteger(year, 'year', 1583, 9999);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function on(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** King's Day: 27 April, or 26 April when the 27th is a Sunday. */
function kingsDay(year: number): IsoDate {
  const day = toDayNumber(on(year, 4, 27), 'year');
  return isoWeekday(day) === 6 ? on(year, 4, 26) : on(year, 4, 27);
}

/** The country's legal public holidays of a year, sorted. */
export function publicHolidays(country: Country, year: number): IsoDate[] {
  requireOneOf(country, 'country', ['NL', 'BE']);
  requireInteger(year, 'year', 1583, 9999);
  const easter = easterSunday(year);
  const easterMonday = addDays(easter, 1);
  const ascension = addDays(easter, 39);
  const whitMonday = addDays(easter, 50);
  const days =
    country === 'BE'
      ? [on(year, 1, 1), easterMonday, on(year, 5, 1), ascension, whitMonday, on(year, 7, 21), on(year, 8, 15), on(year, 11, 1), on(year, 11, 11), on(year, 12, 25)]
      : [on(year, 1, 1), easterMonday, kingsDay(year), ...(year % 5 === 0 ? [on(year, 5, 5)] : []), ascension, whitMonday, on(year, 12, 25), on(year, 12, 26)];
  return days.sort();
}

const cache = new Map<string, ReadonlySet<number>>();

function holidayDayNumbers(country: Country, year: number): ReadonlySet<number> {
  const key = `${country}${year}`;
  let days = cache.get(key);
  if (days === undefined) {
    days = new Set(publicHolidays(country, year).map((d) => toDayNumber(d, 'holiday')));
    cache.set(key, days);
  }
  return days;
}

/** Monday to Friday and not one of the country's public holidays. */
export function isWorkingDayNumber(dayNumber: number, country: Country): boolean {
  if (isoWeekday(dayNumber) >= 5) return false;
  const year = Number(fromDayNumber(dayNumber).slice(0, 4));
  return !holidayDayNumbers(country, year).has(dayNumber);
}

export function isWorkingDay(date: IsoDate, country: Country, field = 'date'): boolean {
  return isWorkingDayNumber(toDayNumber(date, field), requireOneOf(country, 'country', ['NL', 'BE']));
}

/** The n-th working day after `date` (`date` itself not counted), skipping weekends and public holidays. */
export function addWorkingDaysIn(country: Country, date: IsoDate, workingDays: number, field = 'date'): IsoDate {
  requireOneOf(country, 'country', ['NL', 'BE']);
  requireInteger(workingDays, 'workingDays', 0, 100_000);
  let dayNumber = toDayNumber(date, field);
  let counted = 0;
  while (counted < workingDays) {
    dayNumber += 1;
    if (isWorkingDayNumber(dayNumber, country)) counted += 1;
  }
  return fromDayNumber(dayNumber);
}

/** `date` when it is a working day, else the first working day after it (for dates the app proposes). */
export function nextWorkingDay(date: IsoDate, country: Country, field = 'date'): IsoDate {
  requireOneOf(country, 'country', ['NL', 'BE']);
  let dayNumber = toDayNumber(date, field);
  while (!isWorkingDayNumber(dayNumber, country)) dayNumber += 1;
  return fromDayNumber(dayNumber);
}

/** `date` when it is a working day, else the last working day before it. */
export function previousWorkingDay(date: IsoDate, country: Country, field = 'date'): IsoDate {
  requireOneOf(country, 'country', ['NL', 'BE']);
  let dayNumber = toDayNumber(date, field);
  while (!isWorkingDayNumber(dayNumber, country)) dayNumber -= 1;
  return fromDayNumber(dayNumber);
}

/**
 * A review or evaluation date the app proposes for `date`: never on a weekend or public holiday of
 * the country. It moves back to the last working day before `date` (a review stays within its
 * period), unless that falls before `notBefore`; then forward to the next working day.
 */
export function proposedWorkingDay(date: IsoDate, country: Country, notBefore: IsoDate, field = 'date'): IsoDate {
  const earlier = previousWorkingDay(date, country, field);
  return earlier >= notBefore ? earlier : nextWorkingDay(date, country, field);
}
