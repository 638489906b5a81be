import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LANGUAGES,
  POORTWACHTER_EVALUATION_LABEL,
  POORTWACHTER_LABELS,
  type PoortwachterMilestone,
  addDays,
  daysBetween,
  isWorkingDay,
  mergedSickRuns,
  nextPoortwachterEvaluation,
  poortwachterMilestones,
  ziekmelding42FirstWorkingDay,
} from '../../../src/shared/rules';

const dueOf = (milestones: PoortwachterMilestone[], code: PoortwachterMilestone['code']) =>
  milestones.find((m) => m.code === code)?.due;

const dateArb = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2090, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('poortwachterMilestones', () => {
  it('computes the due dates from Monday 2025-01-06 (worked out by hand)', () => {
    expect(poortwachterMilestones('2025-01-06')).toEqual([
      { code: 'probleemanalyse', week: 6, due: '2025-02-16' },
      { code: 'planVanAanpak', week: 8, due: '2025-03-02' },
      { code: 'ziekmelding42', week: 42, due: '2025-10-27' },
      { code: 'eerstejaarsevaluatie', week: 52, due: '2026-01-04' },
      { code: 'wiaAanvraag', week: 91, due: '2026-10-04' },
      { code: 'eindeLoondoorbetaling', week: 104, due: '2027-01-03' },
    ]);
  });

  it('puts the end of wage payment 4 days before the second anniversary across a leap year', () => {
    const end = poortwachterMilestones('2023-12-01').find((m) => m.code === 'eindeLoondoorbetaling');
    expect(end?.due).toBe('2025-11-27');
  });

  it('puts a week-N milestone on the last day of week N, except the UWV report on the first day after 42 weeks', () => {
    for (const m of poortwachterMilestones('2025-01-06')) {
      const offset = m.code === 'ziekmelding42' ? 7 * 42 : 7 * m.week - 1;
      expect(m.due).toBe(addDays('2025-01-06', offset));
    }
  });

  it('keeps the milestones strictly in date order', () => {
    fc.assert(
      fc.property(dateArb, (first) => {
        const dues = poortwachterMilestones(first).map((m) => m.due);
        return dues.every((due, i) => i === 0 || due > dues[i - 1]!);
      }),
    );
  });

  it('refuses a malformed first sick day', () => {
    expect(() => poortwachterMilestones('2025-02-30')).toThrow('firstSickDay: not a valid ISO date');
  });

  it('has a label for every milestone in every language', () => {
    for (const m of poortwachterMilestones('2025-01-06')) {
      for (const language of LANGUAGES) expect(POORTWACHTER_LABELS[m.code][language]).not.toBe('');
    }
    expect(POORTWACHTER_EVALUATION_LABEL.nl).toMatch(/6 weken/);
  });
});

describe('nextPoortwachterEvaluation', () => {
  it('is 6 weeks after the due date of the plan van aanpak when only the first sick day is known', () => {
    // plan due 2025-03-02; + 42 days = Sunday 2025-04-13, moved back to Friday 2025-04-11
    expect(nextPoortwachterEvaluation({ firstSickDay: '2025-01-06' }, '2025-03-10')).toBe('2025-04-11');
  });

  it('is due on the evaluation day itself', () => {
    expect(nextPoortwachterEvaluation({ firstSickDay: '2025-01-06' }, '2025-04-11')).toBe('2025-04-11');
  });

  it('moves to the next 6-week period the day after', () => {
    // Saturday 2025-04-12: the next period's Sunday 2025-05-25 becomes Friday 2025-05-23.
    expect(nextPoortwachterEvaluation({ firstSickDay: '2025-01-06' }, '2025-04-12')).toBe('2025-05-23');
  });

  it('moves an evaluation on Easter Monday or King’s Day back to the working day before', () => {
    // 2026-02-23 + 42 days = Easter Monday 2026-04-06: Good Friday 2026-04-03 (a working day in the Netherlands).
    expect(nextPoortwachterEvaluation({ planVanAanpakDate: '2026-02-23' }, '2026-03-01')).toBe('2026-04-03');
    // 2025-03-16 + 42 days = Sunday 2025-04-27 (King's Day is then Saturday 26th): Friday 2025-04-25.
    expect(nextPoortwachterEvaluation({ planVanAanpakDate: '2025-03-16' }, '2025-03-20')).toBe('2025-04-25');
  });

  it('counts from the actual plan date when known', () => {
    expect(nextPoortwachterEvaluation({ planVanAanpakDate: '2025-02-20' }, '2025-02-20')).toBe('2025-04-03');
    expect(nextPoortwachterEvaluation({ planVanAanpakDate: '2025-02-20' }, '2025-04-04')).toBe('2025-05-15');
  });

  it('gives the first evaluation when asked before the plan exists', () => {
    expect(nextPoortwachterEvaluation({ planVanAanpakDate: '2025-02-20' }, '2025-01-01')).toBe('2025-04-03');
  });

  it('is a Dutch working day, never before the given day and at most 6 weeks after it (from a working day)', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 800 }), (plan, later) => {
        const on = addDays(plan, later);
        const next = nextPoortwachterEvaluation({ planVanAanpakDate: plan }, on);
        // From a weekend or holiday the evaluation moved before it; the next one is up to 4 days further.
        const latest = addDays(on, isWorkingDay(on, 'NL') ? 42 : 46);
        return next >= on && next <= latest && isWorkingDay(next, 'NL');
      }),
    );
  });

  it('refuses malformed dates', () => {
    expect(() => nextPoortwachterEvaluation({ planVanAanpakDate: 'x' }, '2025-01-01')).toThrow(/^planVanAanpakDate:/);
    expect(() => nextPoortwachterEvaluation({ firstSickDay: '2025-01-06' }, '2025-1-1')).toThrow(/^on:/);
  });
});

describe('poortwachterMilestones with earlier sick periods (art. 7:629 BW)', () => {
  it('merges a period that ended 21 days before: every milestone moves 21 days on', () => {
    // 2025-01-06 .. 2025-01-19 sick (14 days), recovered 2025-01-20, sick again 2025-02-10 (21 days later).
    const merged = poortwachterMilestones('2025-02-10', { earlierPeriods: [{ firstSickDay: '2025-01-06', recoveredOn: '2025-01-20' }] });
    const alone = poortwachterMilestones('2025-01-06');
    merged.forEach((m, i) => expect(daysBetween(alone[i]!.due, m.due)).toBe(21));
    // Sick day 41 is the 28th day of the current period: 2025-02-10 + 27.
    expect(dueOf(merged, 'probleemanalyse')).toBe('2025-03-09');
  });

  it('keeps a period that ended 28 days or more before apart', () => {
    const apart = poortwachterMilestones('2025-02-17', { earlierPeriods: [{ firstSickDay: '2025-01-06', recoveredOn: '2025-01-20' }] });
    expect(apart).toEqual(poortwachterMilestones('2025-02-17'));
  });

  it('walks back newest first and stops at the first gap of 4 weeks', () => {
    const earlierPeriods = [
      { firstSickDay: '2025-03-01', recoveredOn: '2025-03-11' }, // 10 days, 20 days before the current one
      { firstSickDay: '2024-10-01', recoveredOn: '2024-10-11' }, // 10 days, far apart: stops the walk
      { firstSickDay: '2025-02-01', recoveredOn: '2025-02-06' }, // 5 days, 23 days before 2025-03-01
    ];
    expect(mergedSickRuns('2025-03-31', earlierPeriods).length).toBe(3);
    const milestones = poortwachterMilestones('2025-03-31', { earlierPeriods });
    // 15 earlier sick days: sick day 41 is day 26 of the current period.
    expect(dueOf(milestones, 'probleemanalyse')).toBe(addDays('2025-03-31', 26));
  });

  it('puts a milestone inside an earlier period when the earlier sick days already reach it', () => {
    const milestones = poortwachterMilestones('2025-03-20', { earlierPeriods: [{ firstSickDay: '2025-01-01', recoveredOn: '2025-03-10' }] });
    expect(dueOf(milestones, 'probleemanalyse')).toBe('2025-02-11');
  });

  it('treats a period sick again on the day of recovery as one with the next', () => {
    const milestones = poortwachterMilestones('2025-01-20', { earlierPeriods: [{ firstSickDay: '2025-01-06', recoveredOn: '2025-01-20' }] });
    expect(milestones).toEqual(poortwachterMilestones('2025-01-06'));
  });

  it('refuses an empty period, an overlapping period and one that starts after the current period', () => {
    expect(() => poortwachterMilestones('2025-03-01', { earlierPeriods: [{ firstSickDay: '2025-01-06', recoveredOn: '2025-01-06' }] })).toThrow(
      /^earlierPeriods:/,
    );
    expect(() =>
      poortwachterMilestones('2025-03-01', {
        earlierPeriods: [
          { firstSickDay: '2025-01-06', recoveredOn: '2025-01-20' },
          { firstSickDay: '2025-01-15', recoveredOn: '2025-01-25' },
        ],
      }),
    ).toThrow(/^earlierPeriods: a period overlaps/);
    expect(() => poortwachterMilestones('2025-01-10', { earlierPeriods: [{ firstSickDay: '2025-01-06', recoveredOn: '2025-01-20' }] })).toThrow(
      /^earlierPeriods: a period overlaps/,
    );
    expect(() => poortwachterMilestones('2025-03-01', { earlierPeriods: [{ firstSickDay: '2025-01-06', recoveredOn: 'soon' }] })).toThrow(
      /^earlierPeriods.recoveredOn:/,
    );
    expect(() => mergedSickRuns('2025-03-01', 'none' as unknown as [])).toThrow(/^earlierPeriods: must be a list/);
  });

  it('merges at 27 days of recovery and not at 28 (property)', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 60 }), (earlierStart, sickDays, gap) => {
        const recoveredOn = addDays(earlierStart, sickDays);
        const current = addDays(recoveredOn, gap);
        const withEarlier = poortwachterMilestones(current, { earlierPeriods: [{ firstSickDay: earlierStart, recoveredOn }] });
        const alone = poortwachterMilestones(current);
        if (gap >= 28) return JSON.stringify(withEarlier) === JSON.stringify(alone);
        // Merged: the earlier sick days come first, then the current period.
        return withEarlier.every((m, i) => {
          const d = daysBetween(current, alone[i]!.due);
          return m.due === (d < sickDays ? addDays(earlierStart, d) : addDays(current, d - sickDays));
        });
      }),
    );
  });

  it('merges at exactly 27 days of recovery and not at 28', () => {
    const earlierPeriods = [{ firstSickDay: '2025-01-06', recoveredOn: '2025-01-16' }]; // 10 sick days
    expect(dueOf(poortwachterMilestones(addDays('2025-01-16', 27), { earlierPeriods }), 'probleemanalyse')).toBe(
      addDays('2025-01-16', 27 + 31),
    );
    expect(dueOf(poortwachterMilestones(addDays('2025-01-16', 28), { earlierPeriods }), 'probleemanalyse')).toBe(
      addDays('2025-01-16', 28 + 41),
    );
  });

  it('gives the same milestones for the same periods in any order (property)', () => {
    fc.assert(
      fc.property(dateArb, fc.array(fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 40 })), { minLength: 1, maxLength: 5 }), (start, shape) => {
        const periods = [];
        let day = start;
        for (const [sick, gap] of shape) {
          periods.push({ firstSickDay: day, recoveredOn: addDays(day, sick) });
          day = addDays(day, sick + gap);
        }
        const current = day;
        const forward = poortwachterMilestones(current, { earlierPeriods: periods });
        const backward = poortwachterMilestones(current, { earlierPeriods: [...periods].reverse() });
        return JSON.stringify(forward) === JSON.stringify(backward);
      }),
    );
  });
});

describe('poortwachterMilestones with the actual date of the probleemanalyse', () => {
  it('puts the plan van aanpak 2 weeks after the analysis', () => {
    const milestones = poortwachterMilestones('2025-01-06', { probleemanalyseDate: '2025-02-03' });
    expect(dueOf(milestones, 'planVanAanpak')).toBe('2025-02-17');
    expect(dueOf(milestones, 'probleemanalyse')).toBe('2025-02-16');
  });

  it('keeps week 8 without an analysis date', () => {
    expect(dueOf(poortwachterMilestones('2025-01-06'), 'planVanAanpak')).toBe('2025-03-02');
  });

  it('is always exactly 14 days after the analysis (property)', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 120 }), (first, after) => {
        const analysis = addDays(first, after);
        return dueOf(poortwachterMilestones(first, { probleemanalyseDate: analysis }), 'planVanAanpak') === addDays(analysis, 14);
      }),
    );
  });

  it('refuses an analysis before the first sick day or a malformed date', () => {
    expect(() => poortwachterMilestones('2025-01-06', { probleemanalyseDate: '2025-01-05' })).toThrow(/^probleemanalyseDate:/);
    expect(() => poortwachterMilestones('2025-01-06', { probleemanalyseDate: '3 feb' })).toThrow(/^probleemanalyseDate:/);
  });

  it('accepts an analysis made during a merged earlier period', () => {
    const milestones = poortwachterMilestones('2025-02-10', {
      earlierPeriods: [{ firstSickDay: '2025-01-06', recoveredOn: '2025-01-20' }],
      probleemanalyseDate: '2025-01-15',
    });
    expect(dueOf(milestones, 'planVanAanpak')).toBe('2025-01-29');
  });
});

describe('ziekmelding42FirstWorkingDay', () => {
  it('is the legal date when that is a working day', () => {
    // 2025-01-06 + 294 = Monday 2025-10-27.
    expect(ziekmelding42FirstWorkingDay(poortwachterMilestones('2025-01-06'))).toBe('2025-10-27');
  });

  it('moves past a weekend and Christmas', () => {
    // 2025-03-06 + 294 = Thursday 2025-12-25 (Christmas), 26th a holiday too, then the weekend.
    const milestones = poortwachterMilestones('2025-03-06');
    expect(dueOf(milestones, 'ziekmelding42')).toBe('2025-12-25');
    expect(ziekmelding42FirstWorkingDay(milestones)).toBe('2025-12-29');
  });

  it('refuses a list without the report', () => {
    expect(() => ziekmelding42FirstWorkingDay([])).toThrow(/^milestones:/);
  });
});
