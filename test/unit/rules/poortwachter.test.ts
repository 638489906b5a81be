import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LANGUAGES,
  POORTWACHTER_EVALUATION_LABEL,
  POORTWACHTER_LABELS,
  addDays,
  nextPoortwachterEvaluation,
  poortwachterMilestones,
} from '../../../src/shared/rules';

const dateArb = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2090, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('poortwachterMilestones', () => {
  it('computes the due dates from Monday 2025-01-06 (worked out by hand)', () => {
    expect(poortwachterMilestones('2025-01-06')).toEqual([
      { code: 'probleemanalyse', week: 6, due: '2025-02-16' },
      { code: 'planVanAanpak', week: 8, due: '2025-03-02' },
      { code: 'ziekmelding42', week: 42, due: '2025-10-20' },
      { code: 'eerstejaarsevaluatie', week: 52, due: '2026-01-04' },
      { code: 'wiaAanvraag', week: 91, due: '2026-10-04' },
      { code: 'eindeLoondoorbetaling', week: 104, due: '2027-01-03' },
    ]);
  });

  it('puts the end of wage payment 4 days before the second anniversary across a leap year', () => {
    const end = poortwachterMilestones('2023-12-01').find((m) => m.code === 'eindeLoondoorbetaling');
    expect(end?.due).toBe('2025-11-27');
  });

  it('puts a week-N milestone on the last day of week N, except the UWV report on the first day of week 42', () => {
    for (const m of poortwachterMilestones('2025-01-06')) {
      const offset = m.code === 'ziekmelding42' ? 7 * 41 : 7 * m.week - 1;
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
    // plan due 2025-03-02; + 42 days = 2025-04-13
    expect(nextPoortwachterEvaluation({ firstSickDay: '2025-01-06' }, '2025-03-10')).toBe('2025-04-13');
  });

  it('is due on the evaluation day itself', () => {
    expect(nextPoortwachterEvaluation({ firstSickDay: '2025-01-06' }, '2025-04-13')).toBe('2025-04-13');
  });

  it('moves to the next 6-week period the day after', () => {
    expect(nextPoortwachterEvaluation({ firstSickDay: '2025-01-06' }, '2025-04-14')).toBe('2025-05-25');
  });

  it('counts from the actual plan date when known', () => {
    expect(nextPoortwachterEvaluation({ planVanAanpakDate: '2025-02-20' }, '2025-02-20')).toBe('2025-04-03');
    expect(nextPoortwachterEvaluation({ planVanAanpakDate: '2025-02-20' }, '2025-04-04')).toBe('2025-05-15');
  });

  it('gives the first evaluation when asked before the plan exists', () => {
    expect(nextPoortwachterEvaluation({ planVanAanpakDate: '2025-02-20' }, '2025-01-01')).toBe('2025-04-03');
  });

  it('is never before the given day and at most 6 weeks after it', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 800 }), (plan, later) => {
        const on = addDays(plan, later);
        const next = nextPoortwachterEvaluation({ planVanAanpakDate: plan }, on);
        return next >= on && next <= addDays(on, 42);
      }),
    );
  });

  it('refuses malformed dates', () => {
    expect(() => nextPoortwachterEvaluation({ planVanAanpakDate: 'x' }, '2025-01-01')).toThrow(/^planVanAanpakDate:/);
    expect(() => nextPoortwachterEvaluation({ firstSickDay: '2025-01-06' }, '2025-1-1')).toThrow(/^on:/);
  });
});
