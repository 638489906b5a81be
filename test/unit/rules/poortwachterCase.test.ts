import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sickPeriodOf } from '../../../src/shared/model';
import {
  type PoortwachterCase,
  type RecordedSickPeriod,
  addDays,
  daysBetween,
  normalizeSickPeriods,
  poortwachterCase,
  poortwachterMilestones,
} from '../../../src/shared/rules';

const dueOf = (c: PoortwachterCase, code: string) => c.milestones.find((m) => m.code === code)?.due;

const dateArb = fc
  .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2080, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('sickPeriodOf (a graded return is not recovery)', () => {
  const episode = { sickLeaveStart: '2025-03-03', sickLeaveEnd: '2025-04-07', closedOn: null };
  it('ends the sick period on the return date only for a full return', () => {
    expect(sickPeriodOf({ ...episode, workStatus: 'working' })).toEqual({ firstSickDay: '2025-03-03', recoveredOn: '2025-04-07' });
    expect(sickPeriodOf({ ...episode, workStatus: 'partlyWorking' })).toEqual({ firstSickDay: '2025-03-03', recoveredOn: null });
    expect(sickPeriodOf({ ...episode, workStatus: 'offWork' })).toEqual({ firstSickDay: '2025-03-03', recoveredOn: null });
  });
  it('ends a closed episode without a full return on the day it was closed', () => {
    expect(sickPeriodOf({ ...episode, workStatus: 'partlyWorking', closedOn: '2025-05-01' })?.recoveredOn).toBe('2025-05-01');
  });
  it('has no sick period without sick leave', () => {
    expect(sickPeriodOf({ sickLeaveStart: null, sickLeaveEnd: null, workStatus: 'working', closedOn: null })).toBeNull();
  });
});

describe('poortwachterCase (spec 6a, art. 7:629 BW, Ziektewet art. 38)', () => {
  it('keeps counting through a part-time return in week 5 and merges a relapse after 3 weeks of full recovery', () => {
    // Sick from Monday 2025-01-06; part-time back in week 5 (2025-02-03, still sick); fully recovered on
    // 2025-03-03 (56 sick days); sick again on 2025-03-24 after 21 days of recovery.
    const recorded: RecordedSickPeriod[] = [
      { firstSickDay: '2025-01-06', recoveredOn: '2025-03-03' },
      { firstSickDay: '2025-03-24', recoveredOn: null },
    ];
    const c = poortwachterCase(recorded, { on: '2025-04-01' });
    expect(c.periods.map((p) => p.firstSickDay)).toEqual(['2025-01-06', '2025-03-24']);
    expect(c.recoveryGaps).toEqual([21]);
    expect(c.open).toBe(true);
    expect(c.sickDays).toBe(56 + 9);
    expect(c.week).toBe(10);
    // Not a new count: the milestones within the first 56 sick days (analysis day 41, action plan day 55)
    // stay; every later one moves by the 21 days of recovery.
    const unbroken = poortwachterMilestones('2025-01-06');
    for (const milestone of c.milestones) {
      const before = unbroken.find((m) => m.code === milestone.code)?.due as string;
      const moved = milestone.code === 'probleemanalyse' || milestone.code === 'planVanAanpak' ? 0 : 21;
      expect(daysBetween(before, milestone.due), milestone.code).toBe(moved);
    }
    expect(dueOf(c, 'ziekmelding42')).toBe(addDays('2025-10-27', 21));
  });

  it('starts a new case after 4 weeks (28 days) of recovery', () => {
    const c = poortwachterCase(
      [
        { firstSickDay: '2025-01-06', recoveredOn: '2025-02-03' },
        { firstSickDay: '2025-03-03', recoveredOn: null },
      ],
      { on: '2025-03-10' },
    );
    expect(c.periods).toHaveLength(1);
    expect(c.milestones).toEqual(poortwachterMilestones('2025-03-03'));
  });

  it('closes the case on full recovery, and only then', () => {
    const periods = [{ firstSickDay: '2025-01-06', recoveredOn: '2025-03-03' }];
    expect(poortwachterCase(periods, { on: '2025-03-02' }).open).toBe(true);
    const after = poortwachterCase(periods, { on: '2025-03-03' });
    expect(after.open).toBe(false);
    expect(after.recoveredOn).toBe('2025-03-03');
    expect(after.sickDays).toBe(56);
    expect(after.nextEvaluationAdvice).toBeNull();
  });

  it('shows the week-42 report on the legal date and on UWV’s first working day after 42 weeks', () => {
    // 2025-01-06 + 294 days = Monday 2025-10-27 (a working day); 2025-01-04 + 294 = Saturday 2025-10-25.
    expect(poortwachterCase([{ firstSickDay: '2025-01-06', recoveredOn: null }], { on: '2025-02-01' }).ziekmelding42).toEqual({
      legal: '2025-10-27',
      uwvFirstWorkingDay: '2025-10-27',
    });
    expect(poortwachterCase([{ firstSickDay: '2025-01-04', recoveredOn: null }], { on: '2025-02-01' }).ziekmelding42).toEqual({
      legal: '2025-10-25',
      uwvFirstWorkingDay: '2025-10-27',
    });
  });

  it('brings the action plan forward to 2 weeks after a problem analysis made in week 3', () => {
    const c = poortwachterCase([{ firstSickDay: '2025-01-06', recoveredOn: null }], {
      on: '2025-01-24',
      probleemanalyseDates: ['2025-01-22', '2025-02-20'],
    });
    expect(dueOf(c, 'planVanAanpak')).toBe('2025-02-05');
    expect(dueOf(c, 'probleemanalyse')).toBe('2025-02-16');
  });

  it('ignores an analysis from an earlier, separate case', () => {
    const c = poortwachterCase(
      [
        { firstSickDay: '2024-01-08', recoveredOn: '2024-03-04' },
        { firstSickDay: '2025-01-06', recoveredOn: null },
      ],
      { on: '2025-01-24', probleemanalyseDates: ['2024-02-01'] },
    );
    expect(dueOf(c, 'planVanAanpak')).toBe('2025-03-02');
  });

  it('advises the next evaluation 6 weeks after the plan (UWV advice), once the plan is due or made', () => {
    const periods = [{ firstSickDay: '2025-01-06', recoveredOn: null }];
    expect(poortwachterCase(periods, { on: '2025-02-01' }).nextEvaluationAdvice).toBeNull();
    expect(poortwachterCase(periods, { on: '2025-02-01', planVanAanpakDate: '2025-01-30' }).nextEvaluationAdvice).toBe('2025-03-13');
    // 2025-03-02 + 42 days is Sunday 2025-04-13: the Friday before.
    expect(poortwachterCase(periods, { on: '2025-03-10' }).nextEvaluationAdvice).toBe('2025-04-11');
  });

  it('reads an earlier period without a recorded recovery as running on into the next one', () => {
    expect(
      normalizeSickPeriods([
        { firstSickDay: '2025-03-24', recoveredOn: null },
        { firstSickDay: '2025-01-06', recoveredOn: null },
      ]),
    ).toEqual([
      { firstSickDay: '2025-01-06', recoveredOn: '2025-03-24' },
      { firstSickDay: '2025-03-24', recoveredOn: null },
    ]);
  });

  it('cuts an earlier period that overlaps the next one at the next one’s first sick day', () => {
    expect(
      normalizeSickPeriods([
        { firstSickDay: '2025-01-06', recoveredOn: '2025-04-01' },
        { firstSickDay: '2025-03-24', recoveredOn: null },
      ])[0],
    ).toEqual({ firstSickDay: '2025-01-06', recoveredOn: '2025-03-24' });
  });

  it('refuses an empty list and a recovery before the first sick day', () => {
    expect(() => poortwachterCase([], { on: '2025-01-01' })).toThrow(RangeError);
    expect(() => poortwachterCase([{ firstSickDay: '2025-01-06', recoveredOn: '2025-01-06' }], { on: '2025-02-01' })).toThrow(RangeError);
  });
});

/** A worker's history: sick runs of 1-120 days separated by 0-60 days of recovery, the last one open. */
const historyArb = fc
  .tuple(dateArb, fc.array(fc.tuple(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 60 })), { minLength: 0, maxLength: 5 }))
  .map(([start, shape]) => {
    const periods: RecordedSickPeriod[] = [];
    let day = start;
    for (const [sick, gap] of shape) {
      periods.push({ firstSickDay: day, recoveredOn: addDays(day, sick) });
      day = addDays(day, sick + gap);
    }
    periods.push({ firstSickDay: day, recoveredOn: null });
    return periods;
  });

const isSickDay = (c: PoortwachterCase, date: string) =>
  c.periods.some((p, index) => date >= p.firstSickDay && (index === c.periods.length - 1 || date < (p.recoveredOn as string)));

describe('poortwachterCase properties on merged periods', () => {
  it('does not depend on the order in which the periods are recorded', () => {
    fc.assert(
      fc.property(historyArb, fc.integer({ min: 0, max: 1000 }), (periods, seed) => {
        const shuffled = [...periods].sort((a, b) => ((a.firstSickDay.charCodeAt(9) * seed) % 7) - ((b.firstSickDay.charCodeAt(9) * seed) % 7));
        const on = addDays(periods.at(-1)?.firstSickDay as string, 10);
        expect(poortwachterCase(shuffled, { on })).toEqual(poortwachterCase(periods, { on }));
      }),
    );
  });

  it('merges exactly the periods followed by fewer than 28 days of recovery, walking back from the current one', () => {
    fc.assert(
      fc.property(historyArb, (periods) => {
        const on = periods.at(-1)?.firstSickDay as string;
        const c = poortwachterCase(periods, { on });
        c.recoveryGaps.forEach((gap) => expect(gap).toBeLessThan(28));
        const firstCounted = periods.length - c.periods.length;
        if (firstCounted > 0) {
          const before = periods[firstCounted - 1] as RecordedSickPeriod;
          expect(daysBetween(before.recoveredOn as string, (periods[firstCounted] as RecordedSickPeriod).firstSickDay)).toBeGreaterThanOrEqual(28);
        }
      }),
    );
  });

  it('puts every milestone (but an analysis-based action plan) on a sick day of the merged timeline, in order', () => {
    fc.assert(
      fc.property(historyArb, (periods) => {
        const c = poortwachterCase(periods, { on: periods.at(-1)?.firstSickDay as string });
        for (const milestone of c.milestones) expect(isSickDay(c, milestone.due), milestone.code).toBe(true);
        const dues = c.milestones.map((m) => m.due);
        expect([...dues].sort()).toEqual(dues);
      }),
    );
  });

  it('counts the sick days of the merged periods: one more per day until full recovery', () => {
    fc.assert(
      fc.property(historyArb, fc.integer({ min: 0, max: 400 }), (periods, later) => {
        const current = periods.at(-1)?.firstSickDay as string;
        const c = poortwachterCase(periods, { on: addDays(current, later) });
        const earlier = c.periods.slice(0, -1).reduce((sum, p) => sum + daysBetween(p.firstSickDay, p.recoveredOn as string), 0);
        expect(c.sickDays).toBe(earlier + later + 1);
        expect(c.open).toBe(true);
      }),
    );
  });

  it('never brings a milestone forward when a period is extended by a graded return instead of recovery', () => {
    fc.assert(
      fc.property(historyArb, fc.integer({ min: 1, max: 30 }), (periods, partTimeDays) => {
        const last = periods.at(-1) as RecordedSickPeriod;
        const on = addDays(last.firstSickDay, partTimeDays);
        const graded = poortwachterCase(periods, { on });
        const recovered = poortwachterCase([...periods.slice(0, -1), { ...last, recoveredOn: addDays(last.firstSickDay, 1) }], { on });
        expect(graded.open).toBe(true);
        expect(recovered.open).toBe(false);
        expect(graded.milestones).toEqual(recovered.milestones);
      }),
    );
  });
});
