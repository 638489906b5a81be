import { describe, expect, it } from 'vitest';
import {
  addCalendarMonths,
  addDays,
  addWorkingDays,
  ageInYears,
  assertIsoDate,
  daysBetween,
  isIsoDate,
} from '../../../src/shared/rules';

describe('ISO dates', () => {
  it('accepts real calendar dates, including 29 February of a leap year', () => {
    expect(isIsoDate('2025-01-31')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });

  it.each(['2025-02-29', '1900-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '2025-01-00', '2025-1-01', '25-01-01', '', '2025-01-01T00:00', 'abcd-ef-gh'])(
    'rejects %j with a RangeError naming the field',
    (value) => {
      expect(() => assertIsoDate(value, 'onset')).toThrow(RangeError);
      expect(() => assertIsoDate(value, 'onset')).toThrow('onset: not a valid ISO date');
    },
  );

  it('rejects values that are not strings', () => {
    expect(() => assertIsoDate(20250101, 'on')).toThrow('on: not a valid ISO date');
    expect(() => assertIsoDate(null, 'on')).toThrow(RangeError);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2025-01-31', 1)).toBe('2025-02-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
  });

  it('counts calendar days between two dates', () => {
    expect(daysBetween('2025-01-01', '2025-02-05')).toBe(35);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-02-05', '2025-01-01')).toBe(-35);
  });

  it('refuses a non-integer number of days', () => {
    expect(() => addDays('2025-01-01', 1.5)).toThrow('days: must be an integer');
  });
});

describe('calendar months', () => {
  it('keeps the day of the month', () => {
    expect(addCalendarMonths('2025-03-15', 3)).toBe('2025-06-15');
    expect(addCalendarMonths('2025-10-31', 9)).toBe('2026-07-31');
  });

  it('falls back to the last day of a shorter month (2025-08-31 + 6 months = 2026-02-28)', () => {
    expect(addCalendarMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addCalendarMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addCalendarMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addCalendarMonths('2025-11-30', 3)).toBe('2026-02-28');
  });
});

describe('working days', () => {
  it('skips the weekend: the 10th working day after Friday 2025-01-03 is Friday 2025-01-17', () => {
    expect(addWorkingDays('2025-01-03', 10)).toBe('2025-01-17');
  });

  it('counts from a Monday to the Monday two weeks later', () => {
    expect(addWorkingDays('2025-01-06', 10)).toBe('2025-01-20');
  });

  it('starts counting on the Monday after a Saturday', () => {
    expect(addWorkingDays('2025-01-04', 1)).toBe('2025-01-06');
    expect(addWorkingDays('2025-01-04', 10)).toBe('2025-01-17');
  });

  it('crosses a year end (public holidays are not modelled)', () => {
    expect(addWorkingDays('2025-12-24', 10)).toBe('2026-01-07');
  });
});

describe('age in completed years', () => {
  it('turns a year older on the birthday', () => {
    expect(ageInYears('1980-06-15', '2025-06-14')).toBe(44);
    expect(ageInYears('1980-06-15', '2025-06-15')).toBe(45);
  });

  it('lets someone born on 29 February turn older on 1 March in a common year', () => {
    expect(ageInYears('2000-02-29', '2025-02-28')).toBe(24);
    expect(ageInYears('2000-02-29', '2025-03-01')).toBe(25);
  });

  it('refuses a birth date after the reference date', () => {
    expect(() => ageInYears('2025-06-15', '2025-06-14', 'birthDate', 'onsetDate')).toThrow('birthDate: after onsetDate');
  });
});
