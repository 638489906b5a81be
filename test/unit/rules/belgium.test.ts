import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BELGIAN_LABELS,
  LANGUAGES,
  WORKING_DAYS_NOTE,
  belgianMilestones,
  BELGIAN_RULES,
  addWorkingDays,
  addWorkingDaysIn,
  belgianRulesFor,
  easterSunday,
  fedrisEligibility,
  isWorkingDay,
  nextWorkingDay,
  preResumptionVisitDeadline,
  publicHolidays,
  returnToWorkExamDeadline,
} from '../../../src/shared/rules';

describe('belgianMilestones', () => {
  it('computes the milestones from 2025-01-15 (worked out by hand)', () => {
    expect(belgianMilestones('2025-01-15')).toEqual([
      { code: 'contactAfter4Weeks', date: '2025-02-12' },
      { code: 'fedrisWindowOpens', date: '2025-02-12' },
      { code: 'employerMayStartReintegration', date: '2025-04-15' },
      { code: 'fedrisWindowCloses', date: '2025-07-15' },
      { code: 'medicalForceMajeurePossible', date: '2025-10-15' },
    ]);
  });

  it('uses the last day of the month where the day does not exist (2025-08-31 + 6 months = 2026-02-28)', () => {
    expect(belgianMilestones('2025-08-31')).toEqual([
      { code: 'contactAfter4Weeks', date: '2025-09-28' },
      { code: 'fedrisWindowOpens', date: '2025-09-28' },
      { code: 'employerMayStartReintegration', date: '2025-11-30' },
      { code: 'fedrisWindowCloses', date: '2026-02-28' },
      { code: 'medicalForceMajeurePossible', date: '2026-05-31' },
    ]);
    const fromNov30 = belgianMilestones('2025-11-30').map((m) => m.date);
    expect(fromNov30.slice(2)).toEqual(['2026-02-28', '2026-05-30', '2026-08-30']);
  });

  it('keeps the milestones of the 2022 rules in date order, strictly apart from the two 4-week ones', () => {
    const dateArb = fc
      .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2025, 11, 31)), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(dateArb, (first) => {
        const [contact, fedrisOpens, employer, fedrisCloses, forceMajeure] = belgianMilestones(first).map((m) => m.date);
        return (
          contact === fedrisOpens &&
          first < contact! &&
          contact! < employer! &&
          employer! < fedrisCloses! &&
          fedrisCloses! < forceMajeure!
        );
      }),
    );
  });

  it('refuses a malformed date', () => {
    expect(() => belgianMilestones('2025-02-29')).toThrow('firstDayOfIncapacity: not a valid ISO date');
  });

  it('has a label for every milestone', () => {
    for (const m of belgianMilestones('2025-01-15')) for (const l of LANGUAGES) expect(BELGIAN_LABELS[m.code][l]).not.toBe('');
  });
});

describe('returnToWorkExamDeadline', () => {
  it('is the 10th working day after a Friday return: two Fridays later', () => {
    expect(returnToWorkExamDeadline('2025-01-03')).toBe('2025-01-17');
  });

  it('is the 10th working day after a Monday return: the Monday two weeks later', () => {
    expect(returnToWorkExamDeadline('2025-03-10')).toBe('2025-03-24');
  });

  it('skips the weekend after a Wednesday return', () => {
    // Thu 1, Fri 2, Mon 3, Tue 4, Wed 5, Thu 6, Fri 7, Mon 8, Tue 9, Wed 10
    expect(returnToWorkExamDeadline('2025-01-15')).toBe('2025-01-29');
  });

  it('refuses a malformed return date', () => {
    expect(() => returnToWorkExamDeadline('15-01-2025')).toThrow('returnDate: not a valid ISO date');
  });

  it('says that replacement days are not counted', () => {
    expect(WORKING_DAYS_NOTE.en).toMatch(/replacement day/);
  });
});

describe('preResumptionVisitDeadline', () => {
  it('is 10 Belgian working days after the request, skipping Christmas and New Year', () => {
    // Thu 25 Dec and Thu 1 Jan are public holidays: 26, 29, 30, 31 Dec, 2, 5, 6, 7, 8, 9 Jan.
    expect(preResumptionVisitDeadline('2025-12-24')).toBe('2026-01-09');
  });
});

describe('Belgian rules by date (v2)', () => {
  it('keeps the 2022 rules for an incapacity that began before 2026, also for milestones after 1-1-2026', () => {
    expect(belgianRulesFor('2025-12-31').version).toBe('2022-10');
    expect(belgianMilestones('2025-06-30')).toEqual([
      { code: 'contactAfter4Weeks', date: '2025-07-28' },
      { code: 'fedrisWindowOpens', date: '2025-07-28' },
      { code: 'employerMayStartReintegration', date: '2025-09-30' },
      { code: 'fedrisWindowCloses', date: '2025-12-30' },
      { code: 'medicalForceMajeurePossible', date: '2026-03-30' },
    ]);
  });

  it('applies the reform of 1-1-2026 to newer incapacities (worked out by hand)', () => {
    expect(belgianRulesFor('2026-01-01').version).toBe('2026-01');
    expect(belgianMilestones('2026-01-05')).toEqual([
      { code: 'employerMayStartReintegration', date: '2026-01-05' },
      { code: 'contactAfter4Weeks', date: '2026-02-02' },
      { code: 'fedrisWindowOpens', date: '2026-02-02' },
      { code: 'workCapacityEstimate', date: '2026-03-02' },
      { code: 'medicalForceMajeurePossible', date: '2026-07-05' },
      { code: 'fedrisWindowCloses', date: '2026-07-05' },
    ]);
  });

  it('uses the 2022 rules for incapacities from before 1-10-2022 too (no older version is modelled)', () => {
    expect(belgianRulesFor('2020-03-01').version).toBe('2022-10');
  });

  it('documents each version with its source', () => {
    for (const rules of BELGIAN_RULES) expect(rules.source).toMatch(/KB/);
  });

  it('moves fedrisWindowOpens to +7 days under the relapse rule (21 days in the previous 12 months)', () => {
    const opens = (days: number) =>
      belgianMilestones('2025-01-15', { lbpIncapacityDaysPrevious12Months: days }).find((m) => m.code === 'fedrisWindowOpens')?.date;
    expect(opens(20)).toBe('2025-02-12');
    expect(opens(21)).toBe('2025-01-22');
    const relapse = belgianMilestones('2025-01-15', { lbpIncapacityDaysPrevious12Months: 30 }).map((m) => m.code);
    expect(relapse.slice(0, 2)).toEqual(['fedrisWindowOpens', 'contactAfter4Weeks']);
    expect(() => belgianMilestones('2025-01-15', { lbpIncapacityDaysPrevious12Months: 1.5 })).toThrow(/^lbpIncapacityDaysPrevious12Months:/);
  });

  it('agrees with fedrisEligibility on the window (property)', () => {
    const dateArb = fc
      .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2060, 11, 31)), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 366 }), (first, previous) => {
        const milestones = belgianMilestones(first, { lbpIncapacityDaysPrevious12Months: previous });
        const fedris = fedrisEligibility({
          incapacityStart: first,
          on: first,
          lbpIncapacityDaysPrevious12Months: previous,
          exposures: ['manualHandling'],
          sector: 'private',
        });
        const dateOf = (code: string) => milestones.find((m) => m.code === code)?.date;
        const sorted = milestones.every((m, i) => i === 0 || m.date >= milestones[i - 1]!.date);
        return sorted && dateOf('fedrisWindowOpens') === fedris.windowOpens && dateOf('fedrisWindowCloses') === fedris.windowCloses;
      }),
    );
  });
});

describe('publicHolidays', () => {
  it('lists the ten Belgian holidays of 2026', () => {
    expect(publicHolidays('BE', 2026)).toEqual([
      '2026-01-01',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-05-25',
      '2026-07-21',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-25',
    ]);
  });

  it('lists the Dutch holidays of 2025 with Liberation Day (a lustrum year)', () => {
    expect(publicHolidays('NL', 2025)).toEqual([
      '2025-01-01',
      '2025-04-21',
      '2025-04-26', // King's Day: 27 April 2025 is a Sunday
      '2025-05-05',
      '2025-05-29',
      '2025-06-09',
      '2025-12-25',
      '2025-12-26',
    ]);
  });

  it('keeps King’s Day on 27 April and leaves out 5 May outside lustrum years', () => {
    expect(publicHolidays('NL', 2026)).toEqual(['2026-01-01', '2026-04-06', '2026-04-27', '2026-05-14', '2026-05-25', '2026-12-25', '2026-12-26']);
  });

  it('computes Easter Sunday by the Gregorian computus', () => {
    expect(['2024', '2025', '2026', '2027', '2038', '2285'].map((y) => easterSunday(Number(y)))).toEqual([
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2038-04-25',
      '2285-03-22',
    ]);
  });

  it('refuses an unknown country or a year that is not an integer', () => {
    expect(() => publicHolidays('FR' as 'NL', 2026)).toThrow(/^country:/);
    expect(() => publicHolidays('BE', 2026.5)).toThrow(/^year:/);
  });
});

describe('working days with public holidays', () => {
  it('moves the return-to-work examination past Easter Monday', () => {
    // Return Wednesday 2026-04-01: Thu 2, Fri 3, (Mon 6 Easter Monday), Tue 7 ... the 10th is Thu 16.
    expect(returnToWorkExamDeadline('2026-04-01')).toBe('2026-04-16');
  });

  it('moves the return-to-work examination past Christmas', () => {
    // Return Monday 2026-12-21: 22, 23, 24, (25 Christmas), 28, 29, 30, 31, (1 Jan), 4, 5, 6.
    expect(returnToWorkExamDeadline('2026-12-21')).toBe('2027-01-06');
  });

  it('says whether a day is a working day and finds the next one', () => {
    expect(isWorkingDay('2026-07-21', 'BE')).toBe(false);
    expect(isWorkingDay('2026-07-21', 'NL')).toBe(true);
    expect(isWorkingDay('2026-04-27', 'NL')).toBe(false);
    expect(nextWorkingDay('2026-04-04', 'NL')).toBe('2026-04-07');
    expect(nextWorkingDay('2026-04-08', 'BE')).toBe('2026-04-08');
    expect(addWorkingDaysIn('NL', '2026-12-24', 1)).toBe('2026-12-28');
  });

  it('never lands on a weekend or a holiday and is never earlier than without holidays (property)', () => {
    const dateArb = fc
      .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2060, 11, 31)), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(dateArb, fc.constantFrom('NL' as const, 'BE' as const), fc.integer({ min: 1, max: 30 }), (date, country, n) => {
        const result = addWorkingDaysIn(country, date, n);
        return isWorkingDay(result, country) && result >= addWorkingDays(date, n);
      }),
    );
  });
});
