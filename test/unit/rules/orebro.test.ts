import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type OrebroShortAnswers, scoreOrebroShort } from '../../../src/shared/rules';

const best: OrebroShortAnswers = {
  durationCategory: 1,
  painLastWeek: 0,
  canDoLightWorkForAnHour: 10,
  canSleepAtNight: 10,
  tenseOrAnxious: 0,
  botheredByDepression: 0,
  riskPainBecomesPersistent: 0,
  chanceWorkingInThreeMonths: 10,
  stopWhenPainIncreases: 0,
  shouldNotWorkWithCurrentPain: 0,
};

const worst: OrebroShortAnswers = {
  durationCategory: 10,
  painLastWeek: 10,
  canDoLightWorkForAnHour: 0,
  canSleepAtNight: 0,
  tenseOrAnxious: 10,
  botheredByDepression: 10,
  riskPainBecomesPersistent: 10,
  chanceWorkingInThreeMonths: 0,
  stopWhenPainIncreases: 10,
  shouldNotWorkWithCurrentPain: 10,
};

// 5 + 6 + (10-4) + (10-5) + 5 + 3 + 5 + (10-6) + 5 + 5 = 49
const total49: OrebroShortAnswers = {
  durationCategory: 5,
  painLastWeek: 6,
  canDoLightWorkForAnHour: 4,
  canSleepAtNight: 5,
  tenseOrAnxious: 5,
  botheredByDepression: 3,
  riskPainBecomesPersistent: 5,
  chanceWorkingInThreeMonths: 6,
  stopWhenPainIncreases: 5,
  shouldNotWorkWithCurrentPain: 5,
};

const REVERSED = ['canDoLightWorkForAnHour', 'canSleepAtNight', 'chanceWorkingInThreeMonths'] as const;
const DIRECT = [
  'painLastWeek',
  'tenseOrAnxious',
  'botheredByDepression',
  'riskPainBecomesPersistent',
  'stopWhenPainIncreases',
  'shouldNotWorkWithCurrentPain',
] as const;

const score = fc.integer({ min: 0, max: 10 });
const answersArb: fc.Arbitrary<OrebroShortAnswers> = fc.record({
  durationCategory: fc.integer({ min: 1, max: 10 }),
  painLastWeek: score,
  canDoLightWorkForAnHour: score,
  canSleepAtNight: score,
  tenseOrAnxious: score,
  botheredByDepression: score,
  riskPainBecomesPersistent: score,
  chanceWorkingInThreeMonths: score,
  stopWhenPainIncreases: score,
  shouldNotWorkWithCurrentPain: score,
});

describe('scoreOrebroShort', () => {
  it('scores 1 for the best possible answers', () => {
    expect(scoreOrebroShort(best)).toEqual({ total: 1, risk: 'low' });
  });

  it('scores 100 for the worst possible answers', () => {
    expect(scoreOrebroShort(worst)).toEqual({ total: 100, risk: 'high' });
  });

  it('is low risk at 49 and high risk at 50', () => {
    expect(scoreOrebroShort(total49)).toEqual({ total: 49, risk: 'low' });
    expect(scoreOrebroShort({ ...total49, botheredByDepression: 4 })).toEqual({ total: 50, risk: 'high' });
  });

  it('reverse-scores item 4: sleeping worse (5 -> 4) raises 49 to 50', () => {
    expect(scoreOrebroShort({ ...total49, canSleepAtNight: 4 })).toEqual({ total: 50, risk: 'high' });
  });

  it('reverse-scores items 3 and 8: a higher answer lowers the total', () => {
    expect(scoreOrebroShort({ ...total49, canDoLightWorkForAnHour: 5 }).total).toBe(48);
    expect(scoreOrebroShort({ ...total49, chanceWorkingInThreeMonths: 7 }).total).toBe(48);
  });

  it('uses a configured cut-off', () => {
    expect(scoreOrebroShort(total49, 45)).toEqual({ total: 49, risk: 'high' });
    expect(scoreOrebroShort(total49, 49).risk).toBe('high');
    expect(scoreOrebroShort(total49, 60).risk).toBe('low');
  });

  it.each([
    ['painLastWeek', 11],
    ['painLastWeek', -1],
    ['tenseOrAnxious', 5.5],
    ['canSleepAtNight', Number.NaN],
    ['durationCategory', 0],
    ['durationCategory', 11],
    ['durationCategory', 2.5],
  ] as const)('refuses %s = %s with a RangeError naming the item', (item, value) => {
    expect(() => scoreOrebroShort({ ...total49, [item]: value })).toThrow(RangeError);
    expect(() => scoreOrebroShort({ ...total49, [item]: value })).toThrow(new RegExp(`^${item}:`));
  });

  it('refuses a cut-off outside 1-100 or not an integer', () => {
    expect(() => scoreOrebroShort(total49, 0)).toThrow(/^cutOff:/);
    expect(() => scoreOrebroShort(total49, 101)).toThrow(/^cutOff:/);
    expect(() => scoreOrebroShort(total49, 49.5)).toThrow(/^cutOff:/);
  });

  it('keeps the total within 1-100', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const { total } = scoreOrebroShort(a);
        return total >= 1 && total <= 100;
      }),
    );
  });

  it('never lowers the total or risk when an answer gets worse', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...DIRECT, ...REVERSED, 'durationCategory' as const), (a, item) => {
        const reversed = (REVERSED as readonly string[]).includes(item);
        const value = a[item];
        const min = item === 'durationCategory' ? 1 : 0;
        const worse = reversed ? value - 1 : value + 1;
        if (worse < min || worse > 10) return true;
        const before = scoreOrebroShort(a);
        const after = scoreOrebroShort({ ...a, [item]: worse });
        return after.total === before.total + 1 && (before.risk === 'low' || after.risk === 'high');
      }),
    );
  });
});
