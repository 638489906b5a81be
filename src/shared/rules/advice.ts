import { CHRONICITY_LEVELS, type ChronicityLevel } from './chronicity';
import type { Country, LocalizedText } from './language';
import { COMPLAINT_PHASES, type ComplaintPhase } from './phase';
import { URGENCY_ORDER, isUrgentReferral, type Urgency } from './redFlags';
import { requireRiskFactors } from './riskFactors';
import { ADVICE_TEXTS, LIST_JOINERS, NOT_RECOMMENDED_TREATMENT_TEXTS, NOT_RECOMMENDED_TREATMENTS_INTRO, PAIN_RELIEF_TEXTS } from './texts/advice';
import { requireYellowFlagCodes } from './yellowFlags';
import { requireBoolean, requireOneOf } from './validation';

/** Keys of the advice catalogue, in the order they are shown. */
export const ADVICE_KEYS = [
  'followReferral',
  'stayActive',
  'keepWorking',
  'noBedRest',
  'noImagingWithoutRedFlags',
  'painReliefToKeepMoving',
  'heat',
  'exerciseTherapy',
  'manualTherapyShortRelief',
  'psychologicallyInformedCare',
  'cognitiveBehaviouralTherapy',
  'radicularReassurance',
  'notRecommendedTreatments',
  'tipGettingOutOfBed',
  'tipSittingStanding',
  'tipLifting',
  'tipBreaks',
  'buildFitness',
  'talkAboutWork',
] as const;

export type AdviceKey = (typeof ADVICE_KEYS)[number];


export interface AdviceInput {
  phase: ComplaintPhase;
  chronicityLevel: ChronicityLevel;
  urgency: Urgency;
  radicular: boolean;
  /** Risk-factor codes (RISK_FACTORS). */
  riskFactors: readonly string[];
  /** Yellow-flag codes (YELLOW_FLAGS). */
  yellowFlags?: readonly string[];
}

const FITNESS_FACTORS: readonly string[] = ['lowFitness', 'overweight', 'previousEpisodes'];

/** Advice for the first weeks only: bed rest and getting out of bed are about acute pain. */
const ACUTE_ONLY: readonly AdviceKey[] = ['noBedRest', 'tipGettingOutOfBed'];
/** Advice for acute and subacute pain: heat and pain relief to keep moving, not after 12 weeks. */
const NOT_CHRONIC: readonly AdviceKey[] = ['heat', 'painReliefToKeepMoving'];

/**
 * Picks the advice that fits a consultation's findings, in catalogue order:
 * - an immediate or within-48h red flag: only 'follow the referral';
 * - otherwise stay active, keep working, what does not help and the everyday tips; no imaging only
 *   without any red flag (a routine flag gets 'follow the referral');
 * - by phase: no bed rest and getting out of bed only in acute pain; heat and pain relief not in
 *   chronic pain (12 weeks or more), which gets building up fitness instead;
 * - exercise therapy (and manual therapy alongside it) for medium/high risk or subacute/chronic pain;
 * - psychologically informed care for high risk; cognitive behavioural therapy for chronic pain with
 *   fear of movement; reassurance about leg pain when radicular;
 * - lifting tips with physical risk factors, breaks with physical or posture factors, fitness with
 *   low fitness / overweight / previous episodes, talking about work with psychosocial factors or
 *   work yellow flags.
 */
export function selectAdvice(input: AdviceInput): AdviceKey[] {
  requireOneOf(input.phase, 'phase', COMPLAINT_PHASES);
  requireOneOf(input.chronicityLevel, 'chronicityLevel', CHRONICITY_LEVELS);
  requireOneOf(input.urgency, 'urgency', URGENCY_ORDER);
  requireBoolean(input.radicular, 'radicular');
  const factors = requireRiskFactors(input.riskFactors);
  const yellowFlags = requireYellowFlagCodes(input.yellowFlags ?? []);

  if (isUrgentReferral(input.urgency)) return ['followReferral'];

  const selected = new Set<AdviceKey>(['stayActive', 'keepWorking', 'notRecommendedTreatments', 'tipSittingStanding']);
  if (input.phase === 'acute') for (const key of ACUTE_ONLY) selected.add(key);
  if (input.phase !== 'chronic') for (const key of NOT_CHRONIC) selected.add(key);
  if (input.phase === 'chronic') selected.add('buildFitness');
  selected.add(input.urgency === 'none' ? 'noImagingWithoutRedFlags' : 'followReferral');

  const level = input.chronicityLevel;
  if (level === 'medium' || level === 'high' || input.phase !== 'acute') {
    selected.add('exerciseTherapy');
    selected.add('manualTherapyShortRelief');
  }
  if (level === 'high') selected.add('psychologicallyInformedCare');
  if (input.phase === 'chronic' && yellowFlags.includes('fearOfMovement')) selected.add('cognitiveBehaviouralTherapy');
  if (input.radicular) selected.add('radicularReassurance');

  for (const factor of factors) {
    if (factor.category === 'physical') selected.add('tipLifting');
    if (factor.category === 'physical' || factor.category === 'posture') selected.add('tipBreaks');
    if (factor.category === 'psychosocial') selected.add('talkAboutWork');
    if (FITNESS_FACTORS.includes(factor.code)) selected.add('buildFitness');
  }
  if (yellowFlags.some((code) => code === 'workConflicts' || code === 'workDissatisfaction' || code === 'fearOfJobLoss')) {
    selected.add('talkAboutWork');
  }

  return ADVICE_KEYS.filter((key) => selected.has(key));
}

/**
 * Treatments that do not help non-specific low back pain (docs/clinical-rules.md, section 5). Two stay open where KCE
 * leaves the door open: injections (epidural steroids by a specialist) in radicular pain and
 * radiofrequency denervation (after a specialist's selection) in chronic pain. Surgery also stays
 * out of a radicular case's list: it is an option after 6-8 weeks without improvement (NHG LRS).
 */
export const NOT_RECOMMENDED_TREATMENTS = [
  'traction',
  'corsetOrBelt',
  'injections',
  'tens',
  'ultrasoundLaserInterferential',
  'radiofrequencyDenervation',
  'intradiscalThermal',
  'surgery',
] as const;

export type NotRecommendedTreatment = (typeof NOT_RECOMMENDED_TREATMENTS)[number];

/** The case an advice text is written for. */
export interface AdviceContext {
  country: Country;
  radicular: boolean;
  phase: ComplaintPhase;
}

/** The treatments the "does not help" advice names for this case, in catalogue order. */
export function notRecommendedTreatments(c: Pick<AdviceContext, 'radicular' | 'phase'>): NotRecommendedTreatment[] {
  const radicular = requireBoolean(c.radicular, 'radicular');
  const phase = requireOneOf(c.phase, 'phase', ['acute', 'subacute', 'chronic']);
  return NOT_RECOMMENDED_TREATMENTS.filter((treatment) => {
    if (radicular && (treatment === 'injections' || treatment === 'surgery')) return false;
    return !(phase === 'chronic' && treatment === 'radiofrequencyDenervation');
  });
}

/** 'a, b and c' (the list always has several items: at most three of eight are left out). */
function joinList(items: readonly string[], and: string): string {
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1) as string}`;
}

/**
 * The text of one advice for this case: pain relief follows the practice's country (NHG in the
 * Netherlands, KCE / BCFI in Belgium); the "does not help" list leaves out what can still be
 * considered for this worker. Every other advice has one text.
 */
export function adviceText(key: AdviceKey, c: AdviceContext): LocalizedText {
  requireOneOf(key, 'key', ADVICE_KEYS);
  const country = requireOneOf(c.country, 'country', ['NL', 'BE']);
  if (key === 'painReliefToKeepMoving') return PAIN_RELIEF_TEXTS[country];
  if (key !== 'notRecommendedTreatments') return ADVICE_TEXTS[key];
  const treatments = notRecommendedTreatments(c).map((t) => NOT_RECOMMENDED_TREATMENT_TEXTS[t]);
  const sentence = (language: 'nl' | 'fr' | 'en'): string =>
    `${NOT_RECOMMENDED_TREATMENTS_INTRO[language]} ${joinList(
      treatments.map((t) => t[language]),
      LIST_JOINERS[language],
    )}.`;
  return { nl: sentence('nl'), fr: sentence('fr'), en: sentence('en') };
}

/**
 * The advice a document may give while the consultation's urgency is what it is: with an open
 * immediate or within-48-hours red flag only 'follow the referral' (nothing that reassures or
 * tells the worker to carry on as usual); otherwise every key as chosen.
 */
export function adviceAllowed(keys: readonly AdviceKey[], urgency: Urgency): AdviceKey[] {
  if (!isUrgentReferral(urgency)) return [...keys];
  return ['followReferral'];
}
