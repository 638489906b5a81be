import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nulCharacterPath } from '../../../src/main/ipc/nulCharacter';

describe('nulCharacterPath', () => {
  it('finds U+0000 deep in objects and arrays, by its path', () => {
    expect(nulCharacterPath({ document: { notes: ['ok', 'be\u0000ne'] } })).toEqual(['document', 'notes', 1]);
    expect(nulCharacterPath('\u0000')).toEqual([]);
  });

  it('passes any input without U+0000, other control characters and emoji included', () => {
    const noNul = fc.string({ unit: 'binary' }).filter((text) => !text.includes('\u0000'));
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4, stringUnit: 'binary' }).filter((value) => !JSON.stringify(value).includes('\\u0000')), noNul, (value, text) => {
        expect(nulCharacterPath({ value, text, tab: '\t', emoji: '🙂' })).toBeNull();
      }),
    );
  });

  it('finds U+0000 wherever it is put in a document', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), fc.nat(), (texts, at) => {
        const index = at % texts.length;
        const document = { items: texts.map((text, i) => ({ text: i === index ? `${text}\u0000` : text.replaceAll('\u0000', '') })) };
        expect(nulCharacterPath(document)).toEqual(['items', index, 'text']);
      }),
    );
  });
});
