import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type LiftingTask, NIOSH_LIMITATIONS, nioshLifting } from '../../../src/shared/rules';

/** The ideal task: every multiplier is 1, so RWL = 23 kg. */
const ideal: LiftingTask = {
  loadKg: 23,
  horizontalCm: 25,
  verticalCm: 75,
  distanceCm: 25,
  asymmetryDeg: 0,
  frequencyPerMin: 0.2,
  durationHours: 1,
  coupling: 'good',
};

const m = (task: Partial<LiftingTask>) => nioshLifting({ ...ideal, ...task }).multipliers;

/**
 * The spec's FM table, typed in again by hand: [frequency, <=1h, <=2h, <=8h], each cell as
 * [value when V < 75, value when V >= 75].
 */
const FM: ReadonlyArray<[number, [number, number], [number, number], [number, number]]> = [
  [0.2, [1.0, 1.0], [0.95, 0.95], [0.85, 0.85]],
  [0.5, [0.97, 0.97], [0.92, 0.92], [0.81, 0.81]],
  [1, [0.94, 0.94], [0.88, 0.88], [0.75, 0.75]],
  [2, [0.91, 0.91], [0.84, 0.84], [0.65, 0.65]],
  [3, [0.88, 0.88], [0.79, 0.79], [0.55, 0.55]],
  [4, [0.84, 0.84], [0.72, 0.72], [0.45, 0.45]],
  [5, [0.8, 0.8], [0.6, 0.6], [0.35, 0.35]],
  [6, [0.75, 0.75], [0.5, 0.5], [0.27, 0.27]],
  [7, [0.7, 0.7], [0.42, 0.42], [0.22, 0.22]],
  [8, [0.6, 0.6], [0.35, 0.35], [0.18, 0.18]],
  [9, [0.52, 0.52], [0.3, 0.3], [0.0, 0.15]],
  [10, [0.45, 0.45], [0.26, 0.26], [0.0, 0.13]],
  [11, [0.41, 0.41], [0.0, 0.23], [0.0, 0.0]],
  [12, [0.37, 0.37], [0.0, 0.21], [0.0, 0.0]],
  [13, [0.0, 0.34], [0.0, 0.0], [0.0, 0.0]],
  [14, [0.0, 0.31], [0.0, 0.0], [0.0, 0.0]],
  [15, [0.0, 0.28], [0.0, 0.0], [0.0, 0.0]],
];
const FM_CELLS = FM.flatMap(([frequency, h1, h2, h8]) =>
  (
    [
      [1, h1],
      [2, h2],
      [8, h8],
    ] as const
  ).flatMap(([hours, [below75, from75]]) => [
    { frequency, hours, v: 50, expected: below75 },
    { frequency, hours, v: 75, expected: from75 },
  ]),
);

describe('nioshLifting', () => {
  it('gives 23 kg and LI exactly 1 (acceptable) under ideal conditions', () => {
    expect(nioshLifting(ideal)).toEqual({
      rwlKg: 23,
      liftingIndex: 1,
      band: 'acceptable',
      multipliers: { hm: 1, vm: 1, dm: 1, am: 1, fm: 1, cm: 1 },
    });
  });

  it('is "increased" just above LI 1, still at LI exactly 3, and "high" above 3', () => {
    expect(nioshLifting({ ...ideal, loadKg: 23.01 }).band).toBe('increased');
    expect(nioshLifting({ ...ideal, loadKg: 69 })).toMatchObject({ liftingIndex: 3, band: 'increased' });
    expect(nioshLifting({ ...ideal, loadKg: 69.01 }).band).toBe('high');
  });

  it('computes a combined task by hand: RWL = 23 x 0.5 x 0.91 x 0.712 x 0.94 = 7.0040152 kg', () => {
    const r = nioshLifting({
      loadKg: 10,
      horizontalCm: 50,
      verticalCm: 75,
      distanceCm: 50,
      asymmetryDeg: 90,
      frequencyPerMin: 1,
      durationHours: 1,
      coupling: 'good',
    });
    expect(r.multipliers.hm).toBeCloseTo(0.5, 10);
    expect(r.multipliers.dm).toBeCloseTo(0.91, 10);
    expect(r.multipliers.am).toBeCloseTo(0.712, 10);
    expect(r.multipliers.fm).toBeCloseTo(0.94, 10);
    expect(r.rwlKg).toBeCloseTo(7.0040152, 6);
    expect(r.liftingIndex).toBeCloseTo(10 / 7.0040152, 6);
    expect(r.band).toBe('increased');
  });

  describe('horizontal multiplier', () => {
    it('is 1 below 25 cm, 25/H up to 63 cm and 0 beyond', () => {
      expect(m({ horizontalCm: 20 }).hm).toBe(1);
      expect(m({ horizontalCm: 50 }).hm).toBe(0.5);
      expect(m({ horizontalCm: 63 }).hm).toBeCloseTo(25 / 63, 12);
      expect(m({ horizontalCm: 64 }).hm).toBe(0);
    });
  });

  describe('vertical multiplier', () => {
    it('is 1 - 0.003 |V - 75| up to 175 cm and 0 above', () => {
      expect(m({ verticalCm: 0 }).vm).toBeCloseTo(0.775, 12);
      expect(m({ verticalCm: 100 }).vm).toBeCloseTo(0.925, 12);
      expect(m({ verticalCm: 175 }).vm).toBeCloseTo(0.7, 12);
      expect(m({ verticalCm: 176 }).vm).toBe(0);
    });
  });

  describe('distance multiplier', () => {
    it('is 1 below 25 cm, 0.82 + 4.5/D up to 175 cm and 0 beyond', () => {
      expect(m({ distanceCm: 10 }).dm).toBe(1);
      expect(m({ distanceCm: 50 }).dm).toBeCloseTo(0.91, 12);
      expect(m({ distanceCm: 175 }).dm).toBeCloseTo(0.82 + 4.5 / 175, 12);
      expect(m({ distanceCm: 176 }).dm).toBe(0);
    });
  });

  describe('asymmetry multiplier', () => {
    it('is 1 - 0.0032 A up to 135 degrees and 0 beyond', () => {
      expect(m({ asymmetryDeg: 90 }).am).toBeCloseTo(0.712, 12);
      expect(m({ asymmetryDeg: 135 }).am).toBeCloseTo(0.568, 12);
      expect(m({ asymmetryDeg: 136 }).am).toBe(0);
    });
  });

  describe('coupling multiplier', () => {
    it('is 1 for good, 0.95 for fair below 75 cm, 1 for fair from 75 cm, 0.90 for poor', () => {
      expect(m({ coupling: 'good', verticalCm: 50 }).cm).toBe(1);
      expect(m({ coupling: 'fair', verticalCm: 74 }).cm).toBe(0.95);
      expect(m({ coupling: 'fair', verticalCm: 75 }).cm).toBe(1);
      expect(m({ coupling: 'poor', verticalCm: 75 }).cm).toBe(0.9);
    });
  });

  describe('frequency multiplier', () => {
    it.each(FM_CELLS)('is $expected at $frequency lifts/min, $hours h, V = $v cm', ({ frequency, hours, v, expected }) => {
      expect(m({ frequencyPerMin: frequency, durationHours: hours, verticalCm: v }).fm).toBe(expected);
    });

    it('uses the first row for less than 0.2 lifts per minute and 0 above 15', () => {
      expect(m({ frequencyPerMin: 0 }).fm).toBe(1);
      expect(m({ frequencyPerMin: 0.1 }).fm).toBe(1);
      expect(m({ frequencyPerMin: 15.5, verticalCm: 75 }).fm).toBe(0);
      expect(m({ frequencyPerMin: 16, verticalCm: 75 }).fm).toBe(0);
    });

    it('chooses the duration column at the 1 h and 2 h boundaries', () => {
      expect(m({ frequencyPerMin: 1, durationHours: 0.5 }).fm).toBe(0.94);
      expect(m({ frequencyPerMin: 1, durationHours: 1.01 }).fm).toBe(0.88);
      expect(m({ frequencyPerMin: 1, durationHours: 2.01 }).fm).toBe(0.75);
      expect(m({ frequencyPerMin: 1, durationHours: 8 }).fm).toBe(0.75);
    });

    it.each([
      { f: 0.35, hours: 1, v: 75, expected: 0.985 },
      { f: 1.5, hours: 2, v: 75, expected: 0.86 },
      { f: 10.5, hours: 1, v: 50, expected: 0.43 },
      { f: 12.5, hours: 1, v: 50, expected: 0.185 },
      { f: 8.5, hours: 8, v: 50, expected: 0.09 },
      { f: 8.5, hours: 8, v: 75, expected: 0.165 },
      { f: 12.5, hours: 2, v: 75, expected: 0.105 },
      { f: 14.25, hours: 1, v: 75, expected: 0.3025 },
    ])('interpolates linearly: $f lifts/min, $hours h, V = $v gives $expected', ({ f, hours, v, expected }) => {
      expect(m({ frequencyPerMin: f, durationHours: hours, verticalCm: v }).fm).toBeCloseTo(expected, 12);
    });
  });

  it('gives LI = Infinity and "high" when the RWL is 0', () => {
    expect(nioshLifting({ ...ideal, horizontalCm: 64 })).toMatchObject({ rwlKg: 0, liftingIndex: Infinity, band: 'high' });
  });

  it.each([
    ['loadKg', -1],
    ['horizontalCm', -1],
    ['verticalCm', -0.5],
    ['distanceCm', -0.1],
    ['asymmetryDeg', -5],
    ['frequencyPerMin', -1],
    ['durationHours', 8.5],
    ['durationHours', 0],
    ['loadKg', Number.NaN],
  ] as const)('refuses %s = %s', (field, value) => {
    expect(() => nioshLifting({ ...ideal, [field]: value })).toThrow(RangeError);
    expect(() => nioshLifting({ ...ideal, [field]: value })).toThrow(new RegExp(`^${field}:`));
  });

  it('refuses an unknown coupling', () => {
    expect(() => nioshLifting({ ...ideal, coupling: 'ok' as 'good' })).toThrow(/^coupling:/);
  });

  it('shows its limitations in every language', () => {
    expect(NIOSH_LIMITATIONS.en).toMatch(/one tool among others/);
    expect(NIOSH_LIMITATIONS.en).toMatch(/shape of the risk curve is unknown/);
    for (const l of LANGUAGES) expect(NIOSH_LIMITATIONS[l].length).toBeGreaterThan(50);
  });

  describe('properties', () => {
    const taskArb: fc.Arbitrary<LiftingTask> = fc.record({
      loadKg: fc.double({ min: 0, max: 60, noNaN: true }),
      horizontalCm: fc.double({ min: 0, max: 80, noNaN: true }),
      verticalCm: fc.double({ min: 0, max: 200, noNaN: true }),
      distanceCm: fc.double({ min: 0, max: 200, noNaN: true }),
      asymmetryDeg: fc.double({ min: 0, max: 180, noNaN: true }),
      frequencyPerMin: fc.double({ min: 0, max: 20, noNaN: true }),
      durationHours: fc.double({ min: 0.01, max: 8, noNaN: true }),
      coupling: fc.constantFrom('good' as const, 'fair' as const, 'poor' as const),
    });
    const grow = fc.double({ min: 0, max: 50, noNaN: true });

    it('never recommends more than 23 kg', () => {
      fc.assert(fc.property(taskArb, (t) => nioshLifting(t).rwlKg <= 23));
    });

    it.each(['horizontalCm', 'distanceCm', 'asymmetryDeg', 'frequencyPerMin'] as const)(
      'never raises the RWL when %s grows',
      (field) => {
        fc.assert(
          fc.property(taskArb, grow, (t, extra) => {
            const larger = t[field] + (field === 'frequencyPerMin' ? extra / 5 : extra);
            return nioshLifting({ ...t, [field]: larger }).rwlKg <= nioshLifting(t).rwlKg;
          }),
        );
      },
    );
  });
});
