import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexedAndCheckedWords, nameSearchWords } from '../../../src/main/services/store/searchKey';

describe('the words a name search asks its index for', () => {
  it('leaves surname particles and initials to the check while another word was typed', () => {
    expect(indexedAndCheckedWords(nameSearchWords('Van Dijk Agn'))).toEqual({ indexed: ['dijk', 'agn'], checked: ['van'] });
    expect(indexedAndCheckedWords(nameSearchWords('van der Linden Lot'))).toEqual({ indexed: ['linden', 'lot'], checked: ['van', 'der'] });
    expect(indexedAndCheckedWords(nameSearchWords('Jansen P'))).toEqual({ indexed: ['jansen'], checked: ['p'] });
    expect(indexedAndCheckedWords(nameSearchWords('Le Goff'))).toEqual({ indexed: ['goff'], checked: ['le'] });
  });

  it('asks for the two longest when more were typed, and for particles when nothing else was', () => {
    expect(indexedAndCheckedWords(['maria', 'jose', 'garcia', 'lopez'])).toEqual({ indexed: ['garcia', 'maria'], checked: ['lopez', 'jose'] });
    expect(indexedAndCheckedWords(['van', 'der'])).toEqual({ indexed: ['van', 'der'], checked: [] });
    expect(indexedAndCheckedWords(['de', 'a', 'b'])).toEqual({ indexed: ['de', 'a'], checked: ['b'] });
    expect(indexedAndCheckedWords(['lot'])).toEqual({ indexed: ['lot'], checked: [] });
  });

  it('keeps every typed word, asking the index for one or two of them', () => {
    const word = fc.oneof(fc.constantFrom('van', 'de', 'der', 'le', 'a', 'p'), fc.stringMatching(/^[a-z0-9]{1,9}$/));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (words) => {
        const { indexed, checked } = indexedAndCheckedWords(words);
        expect([...indexed, ...checked].sort()).toEqual([...words].sort());
        expect(indexed.length).toBeGreaterThanOrEqual(1);
        expect(indexed.length).toBeLessThanOrEqual(2);
        // A checked word is never rarer than an asked one: if the index skipped a plain word, it asked for two plain words no shorter.
        const common = (w: string) => w.length === 1 || ['van', 'de', 'der', 'le'].includes(w);
        for (const skipped of checked.filter((w) => !common(w))) {
          expect(indexed.every((asked) => !common(asked) && asked.length >= skipped.length)).toBe(true);
        }
      }),
    );
  });
});
