import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LANGUAGES,
  type LocalizedText,
  OUTCOME_MEASURES,
  OUTCOME_MEASURE_IDS,
  type OutcomeSnapshot,
  ROLAND_MORRIS_DEFINITION,
  RuleInputError,
  assessImprovement,
  comparablePsk,
  measureChange,
  scorePsk,
  scoreRolandMorris,
} from '../../../src/shared/rules';

function expectComplete(text: LocalizedText): void {
  for (const language of LANGUAGES) expect(text[language].trim()).not.toBe('');
}

const ticks = (applying: readonly number[]) => Array.from({ length: 24 }, (_, i) => applying.includes(i + 1));

describe('Roland-Morris definition', () => {
  it('has the 24 items in order, each yes (1) / no (0), with a licence notice shown with the form', () => {
    expect(ROLAND_MORRIS_DEFINITION.items.map((i) => i.position)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    for (const item of ROLAND_MORRIS_DEFINITION.items) {
      expectComplete(item.label);
      expect(item.answer.kind === 'options' && item.answer.options.map((o) => [o.value, o.score])).toEqual([
        [true, 1],
        [false, 0],
      ]);
    }
    expect(ROLAND_MORRIS_DEFINITION.licence.showWithForm).toBe(true);
    expectComplete(ROLAND_MORRIS_DEFINITION.licence.notice);
    expect(ROLAND_MORRIS_DEFINITION.labelsAreParaphrases).toBe(true);
    expect(new Set(ROLAND_MORRIS_DEFINITION.items.map((i) => i.label.nl)).size).toBe(24);
  });
});

describe('scoreRolandMorris (Roland & Morris 1983: the number of statements ticked)', () => {
  it('scores 0 when nothing applies and 24 when everything does', () => {
    expect(scoreRolandMorris(ticks([]))).toBe(0);
    expect(scoreRolandMorris(ticks(Array.from({ length: 24 }, (_, i) => i + 1)))).toBe(24);
  });

  it('counts the ticked statements wherever they are', () => {
    expect(scoreRolandMorris(ticks([2, 3, 9, 13, 18]))).toBe(5);
    expect(scoreRolandMorris(ticks([1, 24]))).toBe(2);
  });

  it('refuses a form with too few or too many answers, or an answer that is not yes/no', () => {
    expect(() => scoreRolandMorris(ticks([]).slice(0, 23))).toThrow(RuleInputError);
    expect(() => scoreRolandMorris([...ticks([]), false])).toThrow(RuleInputError);
    const withBlank: unknown[] = ticks([]);
    withBlank[4] = null;
    expect(() => scoreRolandMorris(withBlank as boolean[])).toThrow(/item5/);
  });

  it('is always the count of true answers, within 0-24', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 24, maxLength: 24 }), (answers) => {
        const score = scoreRolandMorris(answers);
        expect(score).toBe(answers.filter(Boolean).length);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(24);
      }),
    );
  });
});

describe('scorePsk', () => {
  it('is the mean of the rated activities with one decimal, null without activities', () => {
    expect(scorePsk([])).toBeNull();
    expect(scorePsk([{ activity: 'Fietsen', score: 7 }])).toBe(7);
    expect(scorePsk([
      { activity: 'Fietsen', score: 7 },
      { activity: 'Tillen', score: 8 },
      { activity: 'Zitten', score: 4 },
    ])).toBe(6.3);
  });

  it('refuses more than three activities, an unnamed activity or a score outside 0-10', () => {
    const a = { activity: 'Fietsen', score: 5 };
    expect(() => scorePsk([a, a, a, a])).toThrow(RuleInputError);
    expect(() => scorePsk([{ activity: ' ', score: 5 }])).toThrow(/psk.0.activity/);
    expect(() => scorePsk([{ activity: 'Fietsen', score: 11 }])).toThrow(/psk.0.score/);
    expect(() => scorePsk([{ activity: 'Fietsen', score: 2.5 }])).toThrow(RuleInputError);
  });

  it('stays within 0-10 for any valid ratings', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 3 }), (scores) => {
        const score = scorePsk(scores.map((s, i) => ({ activity: `a${i}`, score: s }))) as number;
        expect(score).toBeGreaterThanOrEqual(Math.min(...scores));
        expect(score).toBeLessThanOrEqual(Math.max(...scores));
      }),
    );
  });

  it('compares only the activities named both times', () => {
    expect(comparablePsk([{ activity: 'Fietsen', score: 8 }], [{ activity: 'Tillen', score: 2 }])).toBeNull();
    expect(
      comparablePsk(
        [
          { activity: 'Fietsen', score: 8 },
          { activity: 'Tillen', score: 9 },
        ],
        [
          { activity: ' fietsen ', score: 4 },
          { activity: 'Zitten', score: 1 },
        ],
      ),
    ).toEqual({ before: 8, after: 4 });
  });
});

describe('measureChange and the minimal important change', () => {
  it('uses the published MICs: pain 2, Roland-Morris 5, work ability 1.5, PSK 2, none for hours', () => {
    expect(OUTCOME_MEASURE_IDS.map((id) => OUTCOME_MEASURES[id].minimalImportantChange)).toEqual([2, 5, 1.5, 2, null]);
    for (const id of OUTCOME_MEASURE_IDS) {
      expectComplete(OUTCOME_MEASURES[id].title);
      expectComplete(OUTCOME_MEASURES[id].question);
    }
  });

  it('pain: 6 to 4 is a meaningful improvement, 6 to 5 an improvement below the MIC', () => {
    expect(measureChange('painNow', 6, 4)).toEqual({ measure: 'painNow', before: 6, after: 4, difference: -2, direction: 'better', meaningful: true });
    expect(measureChange('painNow', 6, 5)).toMatchObject({ direction: 'better', meaningful: false });
    expect(measureChange('painNow', 4, 7)).toMatchObject({ direction: 'worse', meaningful: true });
  });

  it('Roland-Morris: 4 points is not meaningful, 5 is', () => {
    expect(measureChange('rolandMorris', 14, 10)).toMatchObject({ direction: 'better', meaningful: false });
    expect(measureChange('rolandMorris', 14, 9)).toMatchObject({ direction: 'better', meaningful: true });
  });

  it('work ability: higher is better, 1 point is not meaningful, 2 is', () => {
    expect(measureChange('workAbility', 3, 4)).toMatchObject({ direction: 'better', meaningful: false });
    expect(measureChange('workAbility', 3, 5)).toMatchObject({ direction: 'better', meaningful: true });
    expect(measureChange('workAbility', 5, 3)).toMatchObject({ direction: 'worse', meaningful: true });
  });

  it('hours worked: more is better, never judged meaningful', () => {
    expect(measureChange('hoursWorked', 8, 24)).toMatchObject({ direction: 'better', meaningful: false });
  });

  it('refuses values outside the measure', () => {
    expect(() => measureChange('painNow', 11, 3)).toThrow(RuleInputError);
    expect(() => measureChange('rolandMorris', 3, 25)).toThrow(RuleInputError);
  });

  it('is unchanged exactly when equal, and swapping the values swaps better and worse', () => {
    fc.assert(
      fc.property(fc.constantFrom('painNow', 'rolandMorris', 'workAbility', 'psk' as const), fc.nat(24), fc.nat(24), (measure, x, y) => {
        const max = OUTCOME_MEASURES[measure].max;
        const a = x % (max + 1);
        const b = y % (max + 1);
        const forward = measureChange(measure, a, b);
        const back = measureChange(measure, b, a);
        expect(forward.direction === 'unchanged').toBe(a === b);
        if (a !== b) expect(back.direction).toBe(forward.direction === 'better' ? 'worse' : 'better');
        expect(back.meaningful).toBe(forward.meaningful);
        expect(forward.meaningful).toBe(Math.abs(b - a) >= (OUTCOME_MEASURES[measure].minimalImportantChange as number));
      }),
    );
  });
});

const snapshot = (date: string, values: Partial<OutcomeSnapshot>): OutcomeSnapshot => ({
  date,
  painNow: null,
  rolandMorris: null,
  workAbility: null,
  psk: null,
  hoursWorked: null,
  ...values,
});

describe('assessImprovement', () => {
  it('does not judge a single consultation', () => {
    expect(assessImprovement([snapshot('2026-01-05', { painNow: 7 })]).noImprovement).toBe(false);
  });

  it('flags no improvement when pain and function changed less than their MIC', () => {
    const result = assessImprovement([
      snapshot('2026-01-05', { painNow: 7, rolandMorris: 14 }),
      snapshot('2026-01-19', { painNow: 6, rolandMorris: 12 }),
    ]);
    expect(result.noImprovement).toBe(true);
    expect(result.changes.map((c) => [c.measure, c.difference, c.meaningful])).toEqual([
      ['painNow', -1, false],
      ['rolandMorris', -2, false],
    ]);
  });

  it('does not flag when one measure improved meaningfully from the first to the latest value', () => {
    const result = assessImprovement([
      snapshot('2026-02-02', { painNow: 6, workAbility: 6 }),
      snapshot('2026-01-05', { painNow: 7, workAbility: 2 }),
      snapshot('2026-01-19', { painNow: 7 }),
    ]);
    expect(result.noImprovement).toBe(false);
    expect(result.changes.find((c) => c.measure === 'workAbility')).toMatchObject({ before: 2, after: 6, meaningful: true });
  });

  it('flags a meaningful worsening, and ignores hours worked (no MIC)', () => {
    const result = assessImprovement([
      snapshot('2026-01-05', { painNow: 3, hoursWorked: 8 }),
      snapshot('2026-01-19', { painNow: 6, hoursWorked: 32 }),
    ]);
    expect(result.noImprovement).toBe(true);
  });

  it('counts the PSK only over activities named both times', () => {
    const result = assessImprovement([
      snapshot('2026-01-05', { psk: [{ activity: 'Tillen', score: 9 }] }),
      snapshot('2026-01-19', { psk: [{ activity: 'Tillen', score: 6 }, { activity: 'Fietsen', score: 2 }] }),
    ]);
    expect(result.changes).toEqual([{ measure: 'psk', before: 9, after: 6, difference: -3, direction: 'better', meaningful: true }]);
    expect(result.noImprovement).toBe(false);
  });
});
