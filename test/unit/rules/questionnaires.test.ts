import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AnswerFormat,
  LANGUAGES,
  type LocalizedText,
  OREBRO_DEFINITION,
  type OrebroShortAnswers,
  START_BACK_DEFINITION,
  type StartBackAnswers,
  loadOfficialWording,
  scoreOrebroShort,
  scoreStartBack,
} from '../../../src/shared/rules';

function maxScore(format: AnswerFormat): number {
  if (format.kind === 'scale') return format.max - format.min;
  return Math.max(...format.options.map((o) => o.score));
}

function minScore(format: AnswerFormat): number {
  if (format.kind === 'scale') return 0;
  return Math.min(...format.options.map((o) => o.score));
}

function expectComplete(text: LocalizedText): void {
  for (const language of LANGUAGES) expect(text[language].trim()).not.toBe('');
}

describe('STarT Back definition', () => {
  it('lists the nine items by construct under the contract field names', () => {
    expect(START_BACK_DEFINITION.items.map((i) => i.id)).toEqual([
      'legPain',
      'shoulderOrNeckPain',
      'walkedOnlyShortDistances',
      'dressedMoreSlowly',
      'notSafeToBeActive',
      'worryingThoughts',
      'painTerribleNeverBetter',
      'notEnjoyingThings',
      'bothersomeness',
    ]);
    expect(START_BACK_DEFINITION.items.map((i) => i.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('puts items 5-9 in the psychosocial subscale', () => {
    const psychosocial = START_BACK_DEFINITION.items.filter((i) => i.group === 'psychosocial').map((i) => i.position);
    expect(psychosocial).toEqual([5, 6, 7, 8, 9]);
  });

  it('scores item 9 only for "very much" and "extremely"', () => {
    const item9 = START_BACK_DEFINITION.items[8]!;
    expect(item9.answer.kind).toBe('options');
    if (item9.answer.kind !== 'options') return;
    expect(item9.answer.options.map((o) => [o.value, o.score])).toEqual([
      ['notAtAll', 0],
      ['slightly', 0],
      ['moderately', 0],
      ['veryMuch', 1],
      ['extremely', 1],
    ]);
  });

  it('carries the Keele University copyright notice, to be shown with the form', () => {
    expect(START_BACK_DEFINITION.licence.holder).toBe('Keele University');
    expect(START_BACK_DEFINITION.licence.showWithForm).toBe(true);
    for (const language of LANGUAGES) expect(START_BACK_DEFINITION.licence.notice[language]).toMatch(/© Keele University/);
  });

  it('has the scoring key of the spec as data', () => {
    expect(START_BACK_DEFINITION.scoringKey).toEqual({ lowRiskMaxTotal: 3, highRiskMinPsychosocial: 4 });
    const max = START_BACK_DEFINITION.items.reduce((sum, item) => sum + maxScore(item.answer), 0);
    expect(max).toBe(9);
  });

  it('scores exactly as the data says', () => {
    const arb: fc.Arbitrary<StartBackAnswers> = fc.record({
      legPain: fc.boolean(),
      shoulderOrNeckPain: fc.boolean(),
      walkedOnlyShortDistances: fc.boolean(),
      dressedMoreSlowly: fc.boolean(),
      notSafeToBeActive: fc.boolean(),
      worryingThoughts: fc.boolean(),
      painTerribleNeverBetter: fc.boolean(),
      notEnjoyingThings: fc.boolean(),
      bothersomeness: fc.constantFrom('notAtAll', 'slightly', 'moderately', 'veryMuch', 'extremely'),
    });
    fc.assert(
      fc.property(arb, (a) => {
        let total = 0;
        let psychosocial = 0;
        for (const item of START_BACK_DEFINITION.items) {
          if (item.answer.kind !== 'options') return false;
          const option = (item.answer.options as ReadonlyArray<{ value: unknown; score: number }>).find(
            (o) => o.value === a[item.id],
          );
          if (option === undefined) return false;
          total += option.score;
          if (item.group === 'psychosocial') psychosocial += option.score;
        }
        const result = scoreStartBack(a);
        return result.total === total && result.psychosocial === psychosocial;
      }),
    );
  });
});

describe('Örebro short-form definition', () => {
  it('lists ten items, two per factor', () => {
    expect(OREBRO_DEFINITION.items).toHaveLength(10);
    const perFactor = new Map<string, number>();
    for (const item of OREBRO_DEFINITION.items) perFactor.set(item.group, (perFactor.get(item.group) ?? 0) + 1);
    expect(Object.fromEntries(perFactor)).toEqual({
      pain: 2,
      function: 2,
      distress: 2,
      fearAvoidance: 2,
      returnToWorkExpectancy: 2,
    });
  });

  it('reverse-scores exactly items 3, 4 and 8', () => {
    const reversed = OREBRO_DEFINITION.items
      .filter((i) => i.answer.kind === 'scale' && i.answer.scoring === 'reverse')
      .map((i) => [i.position, i.id]);
    expect(reversed).toEqual([
      [3, 'canDoLightWorkForAnHour'],
      [4, 'canSleepAtNight'],
      [8, 'chanceWorkingInThreeMonths'],
    ]);
  });

  it('offers duration categories 1-10 scored as their number', () => {
    const item1 = OREBRO_DEFINITION.items[0]!;
    expect(item1.id).toBe('durationCategory');
    if (item1.answer.kind !== 'options') throw new Error('item 1 should be a list of options');
    expect(item1.answer.options.map((o) => o.value)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(item1.answer.options.map((o) => o.score)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(item1.answer.options[9]!.label.en).toBe('Over 1 year');
  });

  it('has a range of 1-100 that matches its items and a default cut-off of 50', () => {
    const min = OREBRO_DEFINITION.items.reduce((sum, item) => sum + minScore(item.answer), 0);
    const max = OREBRO_DEFINITION.items.reduce((sum, item) => sum + maxScore(item.answer), 0);
    expect([min, max]).toEqual([OREBRO_DEFINITION.minTotal, OREBRO_DEFINITION.maxTotal]);
    expect([min, max]).toEqual([1, 100]);
    expect(OREBRO_DEFINITION.defaultCutOff).toBe(50);
  });

  it('cites Linton et al. 2011', () => {
    for (const language of LANGUAGES) expect(OREBRO_DEFINITION.licence.notice[language]).toMatch(/Linton/);
  });

  it('scores exactly as the data says', () => {
    const s = fc.integer({ min: 0, max: 10 });
    const arb: fc.Arbitrary<OrebroShortAnswers> = fc.record({
      durationCategory: fc.integer({ min: 1, max: 10 }),
      painLastWeek: s,
      canDoLightWorkForAnHour: s,
      canSleepAtNight: s,
      tenseOrAnxious: s,
      botheredByDepression: s,
      riskPainBecomesPersistent: s,
      chanceWorkingInThreeMonths: s,
      stopWhenPainIncreases: s,
      shouldNotWorkWithCurrentPain: s,
    });
    fc.assert(
      fc.property(arb, (a) => {
        let total = 0;
        for (const item of OREBRO_DEFINITION.items) {
          const value = a[item.id];
          total +=
            item.answer.kind === 'scale'
              ? item.answer.scoring === 'reverse'
                ? item.answer.max - value
                : value
              : (item.answer.options.find((o) => o.value === value)?.score ?? Number.NaN);
        }
        return scoreOrebroShort(a).total === total;
      }),
    );
  });
});

describe('questionnaire wording', () => {
  it('marks the built-in labels as paraphrases and asks the practice to load the official wording', () => {
    for (const definition of [START_BACK_DEFINITION, OREBRO_DEFINITION]) {
      expect(definition.labelsAreParaphrases).toBe(true);
      expectComplete(definition.wordingNotice);
      expectComplete(definition.title);
      for (const item of definition.items) expectComplete(item.label);
    }
    expect(START_BACK_DEFINITION.wordingNotice.en).toMatch(/official/);
  });

  it('loads the official wording without touching the scoring', () => {
    const labels = Object.fromEntries(
      START_BACK_DEFINITION.items.map((item) => [item.id, { nl: `NL ${item.id}`, fr: `FR ${item.id}`, en: `EN ${item.id}` }]),
    );
    const official = loadOfficialWording(START_BACK_DEFINITION, labels);
    expect(official.labelsAreParaphrases).toBe(false);
    expect(official.items[0]!.label.en).toBe('EN legPain');
    expect(official.items.map((i) => i.answer)).toEqual(START_BACK_DEFINITION.items.map((i) => i.answer));
    expect(official.scoringKey).toEqual(START_BACK_DEFINITION.scoringKey);
    expect(START_BACK_DEFINITION.items[0]!.label.en).not.toBe('EN legPain');
  });

  it('refuses official wording with a missing or unknown item', () => {
    const labels = Object.fromEntries(
      OREBRO_DEFINITION.items.slice(1).map((item) => [item.id, { nl: 'x', fr: 'x', en: 'x' }]),
    );
    expect(() => loadOfficialWording(OREBRO_DEFINITION, labels)).toThrow('labels: missing wording for durationCategory');
    const extra = { ...labels, durationCategory: { nl: 'x', fr: 'x', en: 'x' }, itemEleven: { nl: 'x', fr: 'x', en: 'x' } };
    expect(() => loadOfficialWording(OREBRO_DEFINITION, extra)).toThrow('labels: unknown item itemEleven');
  });
});
