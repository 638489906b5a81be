import type { LocalizedText } from './language';
import { RISK_FACTOR_LABELS } from './texts/riskFactors';
import { requireList } from './validation';
import { RuleInputError } from './ruleInputError';

export type RiskFactorCategory = 'lifestyle' | 'psychosocial' | 'physical' | 'posture' | 'personal';

export type RiskFactorCode =
  | 'smoking'
  | 'overweight'
  | 'lowFitness'
  | 'poorSleep'
  | 'workStress'
  | 'monotonousWork'
  | 'highWorkPressure'
  | 'lowJobControl'
  | 'lowSocialSupport'
  | 'jobInsecurity'
  | 'workConflicts'
  | 'lowJobSatisfaction'
  | 'heavyLifting'
  | 'poorLiftingTechnique'
  | 'frequentBendingTwisting'
  | 'awkwardPostures'
  | 'wholeBodyVibration'
  | 'pushingPulling'
  | 'prolongedSitting'
  | 'prolongedStanding'
  | 'longDriving'
  | 'screenWork'
  | 'previousEpisodes'
  | 'age'
  | 'pregnancy'
  | 'multimorbidity'
  | 'lowMood'
  | 'frequentFatigue';

export interface RiskFactor {
  code: RiskFactorCode;
  category: RiskFactorCategory;
  /** Work-related factors feed the workplace report. */
  workRelated: boolean;
  modifiable: boolean;
  label: LocalizedText;
}

function factor(code: RiskFactorCode, category: RiskFactorCategory, workRelated: boolean, modifiable: boolean): RiskFactor {
  return { code, category, workRelated, modifiable, label: RISK_FACTOR_LABELS[code] };
}

/** Risk factors for (recurrent) low back pain (docs/clinical-rules.md, section 4). */
export const RISK_FACTORS: readonly RiskFactor[] = [
  factor('smoking', 'lifestyle', false, true),
  factor('overweight', 'lifestyle', false, true),
  factor('lowFitness', 'lifestyle', false, true),
  factor('poorSleep', 'lifestyle', false, true),
  factor('workStress', 'psychosocial', true, true),
  factor('monotonousWork', 'psychosocial', true, true),
  factor('highWorkPressure', 'psychosocial', true, true),
  factor('lowJobControl', 'psychosocial', true, true),
  factor('lowSocialSupport', 'psychosocial', true, true),
  factor('jobInsecurity', 'psychosocial', true, true),
  factor('workConflicts', 'psychosocial', true, true),
  factor('lowJobSatisfaction', 'psychosocial', true, true),
  factor('heavyLifting', 'physical', true, true),
  factor('poorLiftingTechnique', 'physical', true, true),
  factor('frequentBendingTwisting', 'physical', true, true),
  factor('awkwardPostures', 'physical', true, true),
  factor('wholeBodyVibration', 'physical', true, true),
  factor('pushingPulling', 'physical', true, true),
  factor('prolongedSitting', 'posture', true, true),
  factor('prolongedStanding', 'posture', true, true),
  factor('longDriving', 'posture', true, true),
  factor('screenWork', 'posture', true, true),
  factor('previousEpisodes', 'personal', false, false),
  factor('age', 'personal', false, false),
  factor('pregnancy', 'personal', false, false),
  factor('multimorbidity', 'personal', false, false),
  factor('lowMood', 'personal', false, true),
  factor('frequentFatigue', 'personal', false, true),
];

const BY_CODE = new Map<string, RiskFactor>(RISK_FACTORS.map((f) => [f.code, f]));

/** The catalogue entry of a code, or undefined for an unknown code. */
export function riskFactor(code: string): RiskFactor | undefined {
  return BY_CODE.get(code);
}

/** Looks up a list of codes; an unknown code is a RangeError naming `field`. */
export function requireRiskFactors(codes: readonly string[], field = 'riskFactors'): RiskFactor[] {
  return requireList(codes, field).map((code) => {
    const found = BY_CODE.get(code);
    if (found === undefined) throw new RuleInputError(field, `unknown code ${String(code)}`);
    return found;
  });
}
