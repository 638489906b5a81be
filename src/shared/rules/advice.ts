import { CHRONICITY_LEVELS, type ChronicityLevel } from './chronicity';
import type { LocalizedText } from './language';
import { COMPLAINT_PHASES, type ComplaintPhase } from './phase';
import { URGENCY_ORDER, isUrgentReferral, type Urgency } from './redFlags';
import { requireRiskFactors } from './riskFactors';
import { ADVICE_TEXTS } from './texts/advice';
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

export interface Advice {
  key: AdviceKey;
  text: LocalizedText;
}

/** The advice catalogue of spec section 5, texts in plain language for the worker. */
export const ADVICE: readonly Advice[] = ADVICE_KEYS.map((key) => ({ key, text: ADVICE_TEXTS[key] }));

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

/**
 * Picks the advice that fits a consultation's findings, in catalogue order:
 * - an immediate or within-48h red flag: only 'follow the referral';
 * - otherwise stay active, keep working, no bed rest, pain relief, heat, what does not help and the
 *   everyday tips; no imaging only without any red flag (a routine flag gets 'follow the referral');
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

  const selected = new Set<AdviceKey>([
    'stayActive',
    'keepWorking',
    'noBedRest',
    'painReliefToKeepMoving',
    'heat',
    'notRecommendedTreatments',
    'tipGettingOutOfBed',
    'tipSittingStanding',
  ]);
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
