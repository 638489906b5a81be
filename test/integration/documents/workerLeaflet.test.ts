import { describe, expect, it } from 'vitest';
import { sampleConsultationInput, sampleUrgentConsultationInput } from '../../../scripts/samples/sampleCase';
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

/** Sentences that reassure about a harmless cause: never while an urgent red flag is open. */
const REASSURING: Record<Locale['language'], RegExp[]> = {
  nl: [/niets kapot/i, /geen (ernstige )?oorzaak/i, /aspecifiek/i, /foto of scan/i, /niet nodig/i, /vanzelf over/i],
  fr: [/rien n’est abîmé/i, /pas de cause grave/i, /non spécifique/i, /radio/i, /pas nécessaire/i],
  en: [/nothing is broken/i, /no serious cause/i, /non-specific/i, /scan/i, /not need/i, /goes away by itself/i],
};

const ALARM_SIGNS: Record<Locale['language'], string[]> = {
  nl: ['geslachtsdelen', 'binnenkant van uw bovenbenen', 'plassen', 'steeds zwakker', 'koorts', 'val of ongeluk', 'beide benen'],
  fr: ['organes génitaux', 'intérieur des cuisses', 'uriner', 'faible', 'fièvre', 'chute', 'deux jambes'],
  en: ['genitals', 'inside of your thighs', 'pass urine', 'weaker', 'fever', 'fall', 'both legs'],
};

describe('worker leaflet with an open urgent red flag', () => {
  it.each<Locale>([
    { language: 'nl', jurisdiction: 'NL' },
    { language: 'nl', jurisdiction: 'BE' },
    { language: 'fr', jurisdiction: 'BE' },
    { language: 'en', jurisdiction: 'NL' },
  ])('says nothing reassuring and explains the referral and the alarm signs ($language, $jurisdiction)', async (locale) => {
    const input = sampleUrgentConsultationInput(locale);
    expect(input.evaluation.redFlags.urgency).toBe('immediate');
    const text = flatText(await renderWorkerLeaflet(buildWorkerLeafletView(input)));
    for (const pattern of REASSURING[locale.language]) expect(text).not.toMatch(pattern);
    for (const sign of ALARM_SIGNS[locale.language]) expect(text).toContain(sign);
    expect(text).toContain('112');
  });

  it('sends a Belgian worker to the spoedgevallendienst and a Dutch worker to the spoedeisende hulp', async () => {
    const be = flatText(await renderWorkerLeaflet(buildWorkerLeafletView(sampleUrgentConsultationInput({ language: 'nl', jurisdiction: 'BE' }))));
    expect(be).toContain('Ga nu naar de spoedgevallendienst');
    expect(be).not.toContain('spoedeisende hulp');
    const nl = flatText(await renderWorkerLeaflet(buildWorkerLeafletView(sampleUrgentConsultationInput({ language: 'nl', jurisdiction: 'NL' }))));
    expect(nl).toContain('Ga nu naar de spoedeisende hulp');
  });

  it('explains a within-48-hours referral and leaves out the advice that reassures', async () => {
    const input = sampleConsultationInput({ language: 'nl', jurisdiction: 'NL' });
    const evaluation = {
      ...input.evaluation,
      redFlags: {
        flags: [{ code: 'historyOfCancer' as const, suspected: 'malignancy' as const, urgency: 'within48h' as const, status: 'open' as const }],
        urgency: 'within48h' as const,
        radicular: true,
      },
    };
    const text = flatText(await renderWorkerLeaflet(buildWorkerLeafletView({ ...input, evaluation })));
    expect(text).toContain('Uw huisarts of een specialist bekijkt u binnen 48 uur.');
    expect(text).toContain('Wacht dan niet tot de afspraak');
    for (const pattern of REASSURING.nl) expect(text).not.toMatch(pattern);
  });

  it('is the ordinary leaflet again once the flag is evaluated', async () => {
    const input = sampleConsultationInput({ language: 'nl', jurisdiction: 'NL' });
    const evaluation = {
      ...input.evaluation,
      redFlags: {
        flags: [{ code: 'historyOfCancer' as const, suspected: 'malignancy' as const, urgency: 'within48h' as const, status: 'evaluated' as const }],
        urgency: 'none' as const,
        radicular: false,
      },
    };
    const text = flatText(await renderWorkerLeaflet(buildWorkerLeafletView({ ...input, evaluation })));
    expect(text).toContain('Rugpijn: wat u zelf kunt doen');
    expect(text).toContain('Blijf in beweging');
  });
});
