import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BELGIAN_LABELS,
  LANGUAGES,
  WORKING_DAYS_NOTE,
  belgianMilestones,
  preResumptionVisitDeadline,
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

  it('keeps the milestones in date order, strictly apart from the two 4-week ones', () => {
    const dateArb = fc
      .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2090, 11, 31)), noInvalidDate: true })
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

  it('says that public holidays are not counted', () => {
    expect(WORKING_DAYS_NOTE.en).toMatch(/public holidays/);
  });
});

describe('preResumptionVisitDeadline', () => {
  it('is 10 working days after the request', () => {
    expect(preResumptionVisitDeadline('2025-12-24')).toBe('2026-01-07');
  });
});
