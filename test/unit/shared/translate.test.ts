import { describe, expect, it } from 'vitest';
import { messages, translate } from '../../../src/shared/i18n';

describe('translations', () => {
  it('uses Belgian Dutch wording in a Belgian practice and Dutch wording in a Dutch one', () => {
    expect(translate({ language: 'nl', jurisdiction: 'BE' }, 'role.doctor')).toBe('Arbeidsarts');
    expect(translate({ language: 'nl', jurisdiction: 'NL' }, 'role.doctor')).toBe('Bedrijfsarts');
    expect(translate({ language: 'fr', jurisdiction: 'BE' }, 'role.doctor')).toBe('Médecin du travail');
  });

  it('fills in placeholders', () => {
    expect(translate({ language: 'en', jurisdiction: 'NL' }, 'error.duplicatePersonnelNumber', { personnelNumber: 'A-1' })).toBe(
      'Personnel number A-1 is already in use at this employer.',
    );
  });

  it('has a non-empty text in every language for every message, with the same placeholders', () => {
    for (const [key, message] of Object.entries(messages)) {
      const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const language of ['nl', 'fr', 'en'] as const) {
        expect(message[language].trim(), `${key}.${language}`).not.toBe('');
        expect(placeholders(message[language]), `${key}.${language}`).toEqual(placeholders(message.nl));
      }
    }
  });
});
