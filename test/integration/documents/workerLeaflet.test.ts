import { describe, expect, it } from 'vitest';
import { sampleConsultationInput } from '../../../scripts/samples/sampleCase';
import { buildWorkerLeafletView, renderWorkerLeaflet } from '../../../src/main/services/reports';
import type { Locale } from '../../../src/shared/i18n';
import { flatText, pdfInfo } from './pdfText';

const EXPECTED: Record<Locale['language'], string[]> = {
  nl: [
    'Rugpijn: wat u zelf kunt doen',
    'Voor Anouk, na ons gesprek van 02-03-2026',
    'Wat is lage rugpijn?',
    'Waarom bewegen helpt',
    'Wat u beter niet doet',
    'Neem meteen contact op met een arts als',
    'u kunt niet meer goed plassen of ontlasting ophouden',
    'Uw plan voor het werk',
    'We zien elkaar weer op 16-03-2026 bij Dr. Ellen Denkbeeld.',
  ],
  fr: [
    'Pour Anouk, après notre entretien du 02-03-2026',
    'Pourquoi bouger aide',
    'Contactez immédiatement un médecin si',
    'vous avez de la fièvre',
    'Votre prochain rendez-vous',
    'Nous nous reverrons le 16-03-2026 avec Dr. Ellen Denkbeeld.',
  ],
  en: [
    'Back pain: what you can do yourself',
    'Why moving helps',
    'Contact a doctor at once if',
    'the pain started after a fall or an accident;',
    'Your plan for work',
    'We will see each other again on 16/03/2026 with Dr. Ellen Denkbeeld.',
  ],
};

describe('worker leaflet', () => {
  it.each<Locale>([
    { language: 'nl', jurisdiction: 'NL' },
    { language: 'fr', jurisdiction: 'BE' },
    { language: 'en', jurisdiction: 'NL' },
  ])('explains back pain, the alarm signs and the worker’s own plan in plain $language', async (locale) => {
    const input = sampleConsultationInput(locale);
    const pdf = await renderWorkerLeaflet(buildWorkerLeafletView(input));
    const text = flatText(pdf);
    for (const expected of EXPECTED[locale.language]) expect(text).toContain(expected);
    expect(text).toContain(locale.language === 'en' ? '13/04/2026' : '13-04-2026');
    expect(pdfInfo(pdf).Tagged).toBe('yes');
  });

  it('uses Belgian wording for the out-of-hours service in Dutch for Belgium', async () => {
    const text = flatText(await renderWorkerLeaflet(buildWorkerLeafletView(sampleConsultationInput({ language: 'nl', jurisdiction: 'BE' }))));
    expect(text).toContain('huisartsenwachtpost');
  });
});
