import { describe, expect, it } from 'vitest';
import { sampleConsultationInput } from '../../../scripts/samples/sampleCase';
import { renderEmployerAdvice, toEmployerAdviceView } from '../../../src/main/services/reports';
import type { Locale } from '../../../src/shared/i18n';
import { evaluationContextOf, evaluationInputOf, intakeSchema, planDocumentOf } from '../../../src/shared/model';
import {
  adviceText,
  CHRONICITY_LEVEL_LABELS,
  OREBRO_DEFINITION,
  RADICULAR_TEXT,
  RED_FLAG_LABELS,
  RISK_FACTOR_LABELS,
  START_BACK_DEFINITION,
  SUSPECTED_CONDITION_LABELS,
  YELLOW_FLAG_LABELS,
  POORTWACHTER_EVALUATION_LABEL,
  evaluateConsultation,
  nextEvaluationDate,
} from '../../../src/shared/rules';
import { adviceContextOf } from '../../../src/main/services/reports/consultationDocumentInput';
import { flatText, pdfInfo } from './pdfText';

const LOCALES: Locale[] = [
  { language: 'nl', jurisdiction: 'NL' },
  { language: 'nl', jurisdiction: 'BE' },
  { language: 'fr', jurisdiction: 'BE' },
  { language: 'en', jurisdiction: 'NL' },
];

/** Words that point to medical data; none of them may appear in an employer's document. */
const MEDICAL_WORDS: Record<Locale['language'], string[]> = {
  nl: ['rugpijn', 'pijn', 'diagnose', 'klacht', 'ischias', 'radicul', 'hernia', 'medicatie', 'pijnstill', 'paracetamol', 'rode vlag', 'gele vlag', 'vragenlijst', 'score', 'risicofactor', 'fysiotherap', 'huisarts', 'verwij', 'tinteling', 'zenuw', 'stress'],
  fr: ['douleur', 'lombalgie', 'diagnostic', 'plainte', 'sciatique', 'radicul', 'hernie', 'médicament', 'antidouleur', 'paracétamol', 'drapeau', 'questionnaire', 'score', 'facteur de risque', 'kinésithérap', 'généraliste', 'orientation', 'fourmillement', 'nerf', 'stress'],
  en: ['pain', 'diagnos', 'complaint', 'sciatica', 'radicul', 'hernia', 'medication', 'painkiller', 'paracetamol', 'red flag', 'yellow flag', 'questionnaire', 'score', 'risk factor', 'physiotherap', 'general practitioner', 'referr', 'tingling', 'nerve', 'stress'],
};

describe('employer advice', () => {
  it.each(LOCALES)('gives work ability, restrictions, the graded schedule, next review and contact ($language-$jurisdiction)', async (locale) => {
    const input = sampleConsultationInput(locale);
    const pdf = await renderEmployerAdvice(toEmployerAdviceView(input));
    const text = flatText(pdf);
    const words = {
      // The first step's review (Friday 13-03) comes before the follow-up of 16-03: it is the next evaluation.
      nl: ['Advies aan de werkgever', 'Maximaal 5 kg tillen of dragen', 'Werkhervattingsplan', 'Het advies wordt opnieuw bekeken op 13-03-2026.'],
      fr: ['Avis à l’employeur', 'Soulever ou porter au maximum 5 kg', 'Plan de reprise du travail', 'L’avis sera revu le 13-03-2026.'],
      en: ['Advice to the employer', 'Lift or carry at most 5 kg', 'Return-to-work plan', 'The advice will be reviewed on 13/03/2026.'],
    }[locale.language];
    for (const word of words) expect(text).toContain(word);
    expect(text).toContain('Anouk Voorbeeld');
    expect(text).toContain('Dr. Ellen Denkbeeld');
    expect(text).toContain('010 123 45 67');
    expect(text).toContain(input.plan.steps[0]?.note ?? 'missing note');
    // Hours of the four steps: 19, 28.5, 38 and 38 (contract) hours a week.
    expect(text).toContain(locale.language === 'en' ? '28.5' : '28,5');
    expect(pdfInfo(pdf).Tagged).toBe('yes');
  });

  it.each(LOCALES)('contains none of the consultation’s clinical data ($language-$jurisdiction)', async (locale) => {
    const input = sampleConsultationInput(locale);
    const language = locale.language;
    const text = flatText(await renderEmployerAdvice(toEmployerAdviceView(input))).toLowerCase();
    const clinical: string[] = [
      ...(input.intake.findings ?? '').split('. '),
      ...(input.intake.conclusion ?? '').split('. '),
      input.referral?.reason ?? '',
      START_BACK_DEFINITION.title[language],
      OREBRO_DEFINITION.title[language],
      RADICULAR_TEXT[language],
      ...Object.values(RED_FLAG_LABELS).map((label) => label[language]),
      ...Object.values(SUSPECTED_CONDITION_LABELS).map((label) => label[language]),
      ...Object.values(CHRONICITY_LEVEL_LABELS).map((label) => label[language]),
      ...input.intake.riskFactors.map((code) => RISK_FACTOR_LABELS[code][language]),
      ...input.intake.yellowFlags.map((code) => YELLOW_FLAG_LABELS[code][language]),
      ...input.intake.advice.map((key) => adviceText(key, adviceContextOf(input))[language]),
    ];
    for (const fragment of clinical.filter((value) => value.trim().length > 3)) {
      expect(text, fragment).not.toContain(fragment.trim().toLowerCase());
    }
    for (const word of MEDICAL_WORDS[language]) expect(text, word).not.toContain(word);
    // The birth date and the pain score are not there either.
    expect(text).not.toContain('17-04-1988');
    expect(text).not.toContain('17/04/1988');
  });

  it.each(LOCALES)('names one next evaluation, the same date as the dossier and the plan screen ($language-$jurisdiction)', async (locale) => {
    const input = sampleConsultationInput(locale);
    const view = toEmployerAdviceView(input);
    expect(view.nextReview).toBe(nextEvaluationDate({ followUpDate: input.intake.followUpDate, plan: input.plan }, input.issuedOn));
    const text = flatText(await renderEmployerAdvice(view));
    // No second "evaluation" date beside it (before: the 6-weekly evaluation of the action plan, 20-04-2026).
    expect(text).not.toContain(POORTWACHTER_EVALUATION_LABEL[locale.language]);
    expect(text).not.toMatch(/20[-/]04[-/]2026/);
    // A follow-up set before the first step's review is the next evaluation instead.
    const earlier = toEmployerAdviceView({ ...input, intake: { ...input.intake, followUpDate: '2026-03-10' } });
    expect(earlier.nextReview).toBe('2026-03-10');
  });

  it('says only that work is not possible yet while an urgent referral is open', async () => {
    const base = sampleConsultationInput({ language: 'nl', jurisdiction: 'NL' });
    const intake = intakeSchema.parse({ ...base.intake, redFlags: { ...base.intake.redFlags, saddleAnaesthesia: true }, advice: [] });
    const context = evaluationContextOf({
      jurisdiction: 'NL',
      orebroCutOff: 50,
      birthDate: base.worker.birthDate,
      contractHoursPerWeek: 38,
      sector: 'private',
      job: null,
    });
    const evaluation = evaluateConsultation(evaluationInputOf(intake, context));
    expect(evaluation.plan.status).toBe('onHold');
    const view = toEmployerAdviceView({ ...base, intake: { ...intake, followUpDate: null }, evaluation, plan: planDocumentOf(evaluation.plan) });
    expect(view.workAbility).toBe('notYet');
    const text = flatText(await renderEmployerAdvice(view));
    // Plan on hold until the day after the consultation (immediate urgency).
    expect(text).toContain('Werken is op dit moment nog niet mogelijk. De mogelijkheden worden opnieuw bekeken op 03-03-2026.');
    expect(text).not.toContain('Werkhervattingsplan');
    expect(text.toLowerCase()).not.toContain('rijbroek');
    expect(text.toLowerCase()).not.toContain('cauda');
    expect(text.toLowerCase()).not.toContain('spoed');
  });

  it('refuses a view with any field beyond the allowed ones', () => {
    const view = toEmployerAdviceView(sampleConsultationInput({ language: 'nl', jurisdiction: 'NL' }));
    expect(Object.keys(view).sort()).toEqual(
      ['contact', 'employer', 'issuedAt', 'issuedOn', 'legalDates', 'letterhead', 'locale', 'nextReview', 'plan', 'workAbility', 'worker'].sort(),
    );
    const withDiagnosis = { ...view, diagnosis: 'lage rugpijn' };
    // @ts-expect-error a top-level medical field does not type-check
    expect(() => renderEmployerAdvice(withDiagnosis)).toThrow(/diagnosis/);
    const withPainScore = { ...view, worker: { ...view.worker, painScore: 6 } };
    expect(() => renderEmployerAdvice(withPainScore)).toThrow(/painScore/);
    const withRedFlags = { ...view, plan: { ...view.plan, redFlags: ['saddleAnaesthesia'] } };
    expect(() => renderEmployerAdvice(withRedFlags)).toThrow(/redFlags/);
  });
});
