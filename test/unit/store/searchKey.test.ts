import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexedAndCheckedWords, nameSearchWords } from '../../../src/main/services/store/searchKey';

describe('the words a name search asks its index for', () => {
  const asked = (query: string, commonToMakeTwo = false) => indexedAndCheckedWords(nameSearchWords(query), commonToMakeTwo);

  it('leaves surname particles and initials to the check while another word was typed', () => {
    expect(asked('Van Dijk Agn')).toEqual({ indexed: ['dijk', 'agn'], checked: ['van'] });
    expect(asked('van der Linden Lot')).toEqual({ indexed: ['linden', 'lot'], checked: ['van', 'der'] });
    expect(asked("D'Hondt Mar")).toEqual({ indexed: ['hondt', 'mar'], checked: ['d'] });
    expect(asked('Jansen P')).toEqual({ indexed: ['jansen'], checked: ['p'] });
    expect(asked('Le Goff')).toEqual({ indexed: ['goff'], checked: ['le'] });
  });

  it('asks for the two longest when more were typed, and for particles when nothing else was', () => {
    expect(asked('Maria Jose Garcia Lopez')).toEqual({ indexed: ['garcia', 'maria'], checked: ['lopez', 'jose'] });
    expect(asked('van der')).toEqual({ indexed: ['van', 'der'], checked: [] });
    expect(asked('de a b')).toEqual({ indexed: ['de', 'a'], checked: ['b'] });
    expect(asked('Lot')).toEqual({ indexed: ['lot'], checked: [] });
  });

  it('fills up to two with a particle or initial where the check costs more (SQLite)', () => {
    expect(asked('Jansen P', true)).toEqual({ indexed: ['jansen', 'p'], checked: [] });
    expect(asked('Jan de Vries P', true)).toEqual({ indexed: ['vries', 'jan'], checked: ['de', 'p'] });
    expect(asked('Van Dijk Agn', true)).toEqual({ indexed: ['dijk', 'agn'], checked: ['van'] });
  });

  it('keeps every typed word and asks for at most two, a common one only when it must', () => {
    const common = (word: string) => word.length === 1 || ['van', 'de', 'der', 'le'].includes(word);
    const word = fc.oneof(fc.constantFrom('van', 'de', 'der', 'le', 'a', 'p'), fc.stringMatching(/^[a-z0-9]{1,9}$/));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), fc.boolean(), (words, commonToMakeTwo) => {
        const { indexed, checked } = indexedAndCheckedWords(words, commonToMakeTwo);
        expect([...indexed, ...checked].sort()).toEqual([...words].sort());
        expect(indexed.length).toBeGreaterThanOrEqual(1);
        expect(indexed.length).toBeLessThanOrEqual(2);
        const rare = words.filter((w) => !common(w));
        // Common words are asked for only when no other word was typed, or to make two where allowed.
        if (!commonToMakeTwo && rare.length > 0) expect(indexed.every((w) => !common(w))).toBe(true);
        if (commonToMakeTwo) expect(indexed).toHaveLength(Math.min(2, words.length));
        // A plain word is checked only when two plain words no shorter were asked for.
        for (const skipped of checked.filter((w) => !common(w))) {
          expect(indexed.every((w) => !common(w) && w.length >= skipped.length)).toBe(true);
        }
      }),
    );
  });
});
