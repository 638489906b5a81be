import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RATING_0_TO_10, typedAnswer } from '../../../src/renderer/features/intake/quickEntry';
import { OREBRO_DEFINITION, ROLAND_MORRIS_DEFINITION, START_BACK_DEFINITION, type AnswerFormat } from '../../../src/shared/rules';

const formatOf = (definition: { items: ReadonlyArray<{ id: string; answer: AnswerFormat }> }, id: string) => {
  const answer = definition.items.find((item) => item.id === id)?.answer;
  if (answer === undefined) throw new Error(id);
  return answer;
};

/** Types `keys` into a 0-10 scale item the way the form does: the pending answer grows or moves on. */
function typeScale(keys: string | readonly string[]): string[] {
  const answers: string[] = [];
  let pending: string | null = null;
  let current = '';
  const press = (key: string) => {
    const typed = typedAnswer(RATING_0_TO_10, pending, key);
    if (typed === null) return;
    pending = null;
    if (typed.kind === 'answer') {
      current = typed.value;
      if (!typed.complete) {
        pending = typed.value;
        return;
      }
    }
    answers.push(current);
    current = '';
    if (typed.kind === 'next' && typed.passKey) press(key);
  };
  for (const key of typeof keys === 'string' ? keys.split('') : keys) press(key);
  if (current !== '') answers.push(current);
  return answers;
}

describe('quick entry of paper answers: one key per answer', () => {
  it('answers yes/no statements with j, y, o or 1 and n or 0 (Roland-Morris, STarT Back 1-8)', () => {
    const statement = formatOf(ROLAND_MORRIS_DEFINITION, 'item1');
    for (const key of ['j', 'y', 'o', 'J', '1']) expect(typedAnswer(statement, null, key)).toEqual({ kind: 'answer', value: 'true', complete: true });
    for (const key of ['n', 'N', '0']) expect(typedAnswer(statement, null, key)).toEqual({ kind: 'answer', value: 'false', complete: true });
    expect(typedAnswer(statement, null, 'x')).toBeNull();
    expect(typedAnswer(formatOf(START_BACK_DEFINITION, 'legPain'), null, 'j')).toEqual({ kind: 'answer', value: 'true', complete: true });
  });

  it('picks the n-th option with the digit n (STarT Back item 9: 1 to 5; Örebro item 1: 1 to 9, 0 for the tenth)', () => {
    const bothersomeness = formatOf(START_BACK_DEFINITION, 'bothersomeness');
    expect(['1', '2', '3', '4', '5'].map((key) => typedAnswer(bothersomeness, null, key))).toEqual(
      ['notAtAll', 'slightly', 'moderately', 'veryMuch', 'extremely'].map((value) => ({ kind: 'answer', value, complete: true })),
    );
    expect(typedAnswer(bothersomeness, null, '6')).toBeNull();
    const duration = formatOf(OREBRO_DEFINITION, 'durationCategory');
    expect(typedAnswer(duration, null, '3')).toEqual({ kind: 'answer', value: '3', complete: true });
    expect(typedAnswer(duration, null, '0')).toEqual({ kind: 'answer', value: '10', complete: true });
  });

  it('types a 0-10 scale: a digit moves on, 1 waits for a 0 to make 10', () => {
    expect(typeScale('7310')).toEqual(['7', '3', '10']);
    expect(typeScale('15')).toEqual(['1', '5']);
    expect(typeScale('0100')).toEqual(['0', '10', '0']);
    expect(typedAnswer(RATING_0_TO_10, '1', 'Enter')).toEqual({ kind: 'next', passKey: false });
    expect(typedAnswer(RATING_0_TO_10, null, 'Enter')).toBeNull();
    expect(typedAnswer(OREBRO_DEFINITION.items[1]?.answer ?? RATING_0_TO_10, null, 'a')).toBeNull();
  });

  it('gives every answer of a paper form back from its keys: one key each, 10 as 1 0, a 1 confirmed with Enter (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 12 }), (scores) => {
        const keys = scores.flatMap((score) => (score === 10 ? ['1', '0'] : score === 1 ? ['1', 'Enter'] : [String(score)]));
        expect(typeScale(keys)).toEqual(scores.map(String));
      }),
    );
  });
});
