import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type StartBackAnswers, scoreStartBack } from '../../../src/shared/rules';

const none: StartBackAnswers = {
  legPain: false,
  shoulderOrNeckPain: false,
  walkedOnlyShortDistances: false,
  dressedMoreSlowly: false,
  notSafeToBeActive: false,
  worryingThoughts: false,
  painTerribleNeverBetter: false,
  notEnjoyingThings: false,
  bothersomeness: 'notAtAll',
};

const BOOLEAN_ITEMS = [
  'legPain',
  'shoulderOrNeckPain',
  'walkedOnlyShortDistances',
  'dressedMoreSlowly',
  'notSafeToBeActive',
  'worryingThoughts',
  'painTerribleNeverBetter',
  'notEnjoyingThings',
] as const;
const BOTHER = ['notAtAll', 'slightly', 'moderately', 'veryMuch', 'extremely'] as const;
const RISK_RANK = { low: 0, medium: 1, high: 2 } as const;

const answersArb: fc.Arbitrary<StartBackAnswers> = fc.record({
  legPain: fc.boolean(),
  shoulderOrNeckPain: fc.boolean(),
  walkedOnlyShortDistances: fc.boolean(),
  dressedMoreSlowly: fc.boolean(),
  notSafeToBeActive: fc.boolean(),
  worryingThoughts: fc.boolean(),
  painTerribleNeverBetter: fc.boolean(),
  notEnjoyingThings: fc.boolean(),
  bothersomeness: fc.constantFrom(...BOTHER),
});

describe('scoreStartBack', () => {
  it('scores 0 and low risk when nothing is agreed', () => {
    expect(scoreStartBack(none)).toEqual({ total: 0, psychosocial: 0, risk: 'low' });
  });

  it('is low risk at a total of 3', () => {
    const a = { ...none, legPain: true, shoulderOrNeckPain: true, walkedOnlyShortDistances: true };
    expect(scoreStartBack(a)).toEqual({ total: 3, psychosocial: 0, risk: 'low' });
  });

  it('is medium risk at a total of 4 with a low subscale', () => {
    const a = { ...none, legPain: true, shoulderOrNeckPain: true, walkedOnlyShortDistances: true, dressedMoreSlowly: true };
    expect(scoreStartBack(a)).toEqual({ total: 4, psychosocial: 0, risk: 'medium' });
  });

  it('stays low at a total of 3 even when all 3 points are psychosocial', () => {
    const a = { ...none, notSafeToBeActive: true, worryingThoughts: true, painTerribleNeverBetter: true };
    expect(scoreStartBack(a)).toEqual({ total: 3, psychosocial: 3, risk: 'low' });
  });

  it('is medium at a total of 4 with a subscale of 3', () => {
    const a = { ...none, legPain: true, notSafeToBeActive: true, worryingThoughts: true, painTerribleNeverBetter: true };
    expect(scoreStartBack(a)).toEqual({ total: 4, psychosocial: 3, risk: 'medium' });
  });

  it('is high risk at a subscale of 4', () => {
    const a = {
      ...none,
      notSafeToBeActive: true,
      worryingThoughts: true,
      painTerribleNeverBetter: true,
      notEnjoyingThings: true,
    };
    expect(scoreStartBack(a)).toEqual({ total: 4, psychosocial: 4, risk: 'high' });
  });

  it.each([
    ['notAtAll', 0],
    ['slightly', 0],
    ['moderately', 0],
    ['veryMuch', 1],
    ['extremely', 1],
  ] as const)('scores bothersomeness %s as %i', (bothersomeness, points) => {
    expect(scoreStartBack({ ...none, bothersomeness })).toEqual({
      total: points,
      psychosocial: points,
      risk: 'low',
    });
  });

  it('counts item 9 in the subscale: 3 psychosocial items plus "very much" is high', () => {
    const three = { ...none, notSafeToBeActive: true, worryingThoughts: true, painTerribleNeverBetter: true };
    expect(scoreStartBack({ ...three, bothersomeness: 'veryMuch' })).toEqual({ total: 4, psychosocial: 4, risk: 'high' });
    expect(scoreStartBack({ ...three, bothersomeness: 'moderately' })).toEqual({ total: 3, psychosocial: 3, risk: 'low' });
  });

  it('scores 9 and 5 when everything is agreed and bothersomeness is extreme', () => {
    const all = { ...none, bothersomeness: 'extremely' as const };
    for (const item of BOOLEAN_ITEMS) all[item] = true;
    expect(scoreStartBack(all)).toEqual({ total: 9, psychosocial: 5, risk: 'high' });
  });

  it('refuses an unknown bothersomeness answer', () => {
    const a = { ...none, bothersomeness: 'sometimes' } as unknown as StartBackAnswers;
    expect(() => scoreStartBack(a)).toThrow(RangeError);
    expect(() => scoreStartBack(a)).toThrow(/^bothersomeness:/);
  });

  it('refuses an answer that is not true or false', () => {
    const a = { ...none, legPain: 1 } as unknown as StartBackAnswers;
    expect(() => scoreStartBack(a)).toThrow(/^legPain:/);
    const missing = { ...none, worryingThoughts: undefined } as unknown as StartBackAnswers;
    expect(() => scoreStartBack(missing)).toThrow(/^worryingThoughts:/);
  });

  it('keeps scores in range', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const r = scoreStartBack(a);
        return r.total >= 0 && r.total <= 9 && r.psychosocial >= 0 && r.psychosocial <= 5 && r.psychosocial <= r.total;
      }),
    );
  });

  it('never lowers the risk when an item changes from disagree to agree', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...BOOLEAN_ITEMS), (a, item) => {
        const before = scoreStartBack({ ...a, [item]: false });
        const after = scoreStartBack({ ...a, [item]: true });
        return after.total === before.total + 1 && RISK_RANK[after.risk] >= RISK_RANK[before.risk];
      }),
    );
  });

  it('never lowers the risk when bothersomeness goes up', () => {
    fc.assert(
      fc.property(answersArb, fc.integer({ min: 0, max: 3 }), (a, level) => {
        const before = scoreStartBack({ ...a, bothersomeness: BOTHER[level]! });
        const after = scoreStartBack({ ...a, bothersomeness: BOTHER[level + 1]! });
        return after.total >= before.total && RISK_RANK[after.risk] >= RISK_RANK[before.risk];
      }),
    );
  });
});
