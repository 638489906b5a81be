import { describe, expect, it } from 'vitest';
import { type Locale, messages, translate } from '../../../src/shared/i18n';
import * as rules from '../../../src/shared/rules';
import { fullDutiesText } from '../../../src/shared/rules';

/*
 * The product's words (docs/glossary.md): one name per concept, and the Dutch that Dutch and
 * Flemish practices expect. Every text of the message catalogue and of the rules module is checked.
 */

type Variant = 'nl' | 'nlNL' | 'nlBE' | 'fr' | 'en';
const VARIANTS: readonly Variant[] = ['nl', 'nlNL', 'nlBE', 'fr', 'en'];

/** Every text of an object of texts per language, found anywhere in `value`, as [where, variant, text]. */
function textsIn(value: unknown, where: string, found: Array<[string, Variant, string]>, seen = new Set<unknown>()): void {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  const record = value as Record<string, unknown>;
  if (typeof record.nl === 'string' && typeof record.fr === 'string' && typeof record.en === 'string') {
    for (const variant of VARIANTS) {
      const text = record[variant];
      if (typeof text === 'string') found.push([where, variant, text]);
    }
    return;
  }
  for (const [key, inner] of Object.entries(record)) textsIn(inner, `${where}.${key}`, found, seen);
}

const allTexts: Array<[string, Variant, string]> = [];
textsIn(messages, 'messages', allTexts);
textsIn(rules, 'rules', allTexts);

function offending(variants: readonly Variant[], pattern: RegExp): string[] {
  return allTexts.filter(([, variant, text]) => variants.includes(variant) && pattern.test(text)).map(([where, variant, text]) => `${where}.${variant}: ${text}`);
}

const DUTCH: readonly Variant[] = ['nl', 'nlNL', 'nlBE'];
const NL: Locale = { language: 'nl', jurisdiction: 'NL' };
const BE: Locale = { language: 'nl', jurisdiction: 'BE' };

describe('the product’s wording', () => {
  it('finds the texts it checks', () => {
    expect(allTexts.length).toBeGreaterThan(1000);
    expect(allTexts.some(([where]) => where.startsWith('rules.'))).toBe(true);
  });

  it('says "wachtwoord" and "aangehouden" in Dutch, never "wachtzin" or "in de wacht"', () => {
    expect(offending(DUTCH, /wachtzin/i)).toEqual([]);
    expect(offending(DUTCH, /\bin de wacht\b/i)).toEqual([]);
    expect(translate(NL, 'signIn.passphrase')).toBe('Wachtwoord');
    expect(translate(NL, 'rtw.onHold')).toBe('Aangehouden');
  });

  it('says "mot de passe" and "password" in French and English, as "wachtwoord" in Dutch', () => {
    expect(offending(['fr'], /phrases? secrètes?/i)).toEqual([]);
    expect(offending(['en'], /passphrase/i)).toEqual([]);
    expect(translate({ language: 'fr', jurisdiction: 'BE' }, 'signIn.passphrase')).toBe('Mot de passe');
    expect(translate({ language: 'en', jurisdiction: 'NL' }, 'signIn.passphrase')).toBe('Password');
  });

  it('gives the plan one name per language: werkhervattingsplan, plan de reprise du travail, return-to-work plan', () => {
    expect(offending(DUTCH, /terugkeerplan|opbouwschema/i)).toEqual([]);
    expect(offending(['fr'], /schéma (de reprise|progressif)|plan de reprise(?! du travail)/i)).toEqual([]);
    expect(offending(['en'], /graded (return )?schedule/i)).toEqual([]);
    for (const locale of [NL, BE]) expect(translate(locale, 'rtw.title')).toBe('Werkhervattingsplan');
  });

  it('names the nurse "verpleegkundige" on screens and in documents, and writes "lage rugpijn"', () => {
    expect(offending(DUTCH, /praktijkondersteuner/i)).toEqual([]);
    for (const locale of [NL, BE]) expect(translate(locale, 'role.nurse')).toBe('Verpleegkundige');
    expect(translate(NL, 'documents.role.nurse')).toBe('verpleegkundige');
    expect(offending(DUTCH, /lagerugpijn/i)).toEqual([]);
  });

  it('calls a spell of back pain an episode, not a period', () => {
    expect(offending(DUTCH, /(klacht|ziekte)?periodes? (met|van) rug|klachtperiode/i)).toEqual([]);
    expect(translate(NL, 'prevention.col.episodes')).toBe('Episodes');
  });

  it('writes "consultverslag" for a Dutch practice and "consultatieverslag" for a Flemish one', () => {
    expect(translate(NL, 'documents.record.title')).toBe('Consultverslag');
    expect(translate(NL, 'documentsUi.file.consultation-record')).toBe('consultverslag');
    expect(translate(BE, 'documents.record.title')).toBe('Consultatieverslag');
    expect(translate(BE, 'documentsUi.file.consultation-record')).toBe('consultatieverslag');
  });

  it('names the contract hours in full, with the worker’s own hours', () => {
    expect(fullDutiesText('38', 'nl', 'NL')).toBe('Volledig eigen werk, volledige contracturen (38 uur), zonder beperkingen');
    expect(fullDutiesText('32,5', 'fr', 'BE')).toBe('Travail habituel complet, toutes les heures du contrat (32,5 h), sans restriction');
    expect(offending(DUTCH, /werk, (op )?contracturen/i)).toEqual([]);
  });

  it('says "consult" to Dutch practices and "consultatie" to Flemish ones, and "drapeau rouge" in French', () => {
    const dutchForNL = Object.entries(messages)
      .map(([key, message]: [string, { nl: string; nlNL?: string }]) => [key, message.nlNL ?? message.nl] as const)
      .filter(([, text]) => /\bconsultatie\b/i.test(text));
    expect(dutchForNL).toEqual([]);
    expect(translate(BE, 'error.noReferralReason')).toMatch(/deze consultatie/);
    expect(offending(['fr'], /signa(l|ux) d’alarme/i)).toEqual([]);
  });

  it('asks who opened the dossier above the access log', () => {
    expect(translate(NL, 'accessLog.title')).toBe('Wie heeft dit dossier geopend');
  });

  it('writes "plotselinge" for Dutch practices and keeps "plotse" for Flemish ones', () => {
    const vascular = rules.RED_FLAG_LABELS.vascularSigns;
    expect(rules.textIn(vascular, 'nl', 'NL')).toMatch(/plotselinge/);
    expect(rules.textIn(vascular, 'nl', 'BE')).toMatch(/plotse /);
  });
});
