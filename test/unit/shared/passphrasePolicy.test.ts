import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newAccountSchema, passphraseProblem } from '../../../src/shared/model';

/* The passphrase policy: the trivial and the most common are refused, each with its reason. */

describe('a new passphrase', () => {
  it.each([
    ['          ', 'passphraseOneCharacter'],
    ['aaaaaaaaaa', 'passphraseOneCharacter'],
    ['AAAAA aaaaa', 'passphraseOneCharacter'],
    ['1234567890', 'passphraseDigitsOnly'],
    ['0612 345 678', 'passphraseDigitsOnly'],
    ['password12', 'passphraseCommon'],
    ['Password123!', 'passphraseCommon'],
    ['wachtwoord2024', 'passphraseCommon'],
    ['Mot de passe 1', 'passphraseCommon'],
    ['qwertyuiop', 'passphraseCommon'],
    ['azertyuiop', 'passphraseCommon'],
    ['welkomwelkom', 'passphraseCommon'],
    ['korter', 'passphraseTooShort'],
  ])('refuses %j (%s)', (passphrase, problem) => {
    expect(passphraseProblem(passphrase)).toBe(problem);
  });

  it('refuses the account’s own name, whatever the case, accents or spaces', () => {
    expect(passphraseProblem('Dr. Lotte Janssen', 'Dr. Lotte Janssen')).toBe('passphraseIsName');
    expect(passphraseProblem('drlottejanssen', 'Dr. Lotte Janssen')).toBe('passphraseIsName');
    expect(passphraseProblem('Hélène Dubois 1', 'Helene Dubois')).toBe('passphraseIsName');
    const parsed = newAccountSchema.safeParse({ name: 'Sanne de Vries', role: 'nurse', passphrase: 'sanne de vries' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([[['passphrase'], 'passphraseIsName']]);
  });

  it('accepts a sentence of a few words', () => {
    for (const passphrase of ['een lange test wachtzin', 'Mijn rug doet pijn op maandag', 'le chat dort sur le canapé', 'correct horse battery staple']) {
      expect(passphraseProblem(passphrase, 'Dr. Lotte Janssen')).toBeNull();
    }
  });

  it('never refuses a sentence of five or more different lower-case words for being trivial', () => {
    const word = fc.stringMatching(/^[a-z]{4,8}$/);
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 5, maxLength: 6 }), (words) => {
        const problem = passphraseProblem(words.join(' '), 'Test Arts');
        expect(['passphraseOneCharacter', 'passphraseDigitsOnly', 'passphraseTooShort']).not.toContain(problem);
      }),
    );
  });
});
