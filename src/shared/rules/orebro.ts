import { OREBRO_DEFINITION, scoreItem } from './questionnaires';
import { requireInteger } from './validation';

/** Answers to the short Örebro questionnaire as the worker ticked them (docs/clinical-rules.md, section 3). */
export interface OrebroShortAnswers {
  /** 1..10 (1 = 0-1 week ... 10 = over 1 year). */
  durationCategory: number;
  /** 0..10. */
  painLastWeek: number;
  /** 0..10, reverse scored. */
  canDoLightWorkForAnHour: number;
  /** 0..10, reverse scored. */
  canSleepAtNight: number;
  tenseOrAnxious: number;
  botheredByDepression: number;
  riskPainBecomesPersistent: number;
  /** 0..10, reverse scored. */
  chanceWorkingInThreeMonths: number;
  stopWhenPainIncreases: number;
  shouldNotWorkWithCurrentPain: number;
}

export type OrebroRisk = 'low' | 'high';

export interface OrebroResult {
  /** 1-100. */
  total: number;
  risk: OrebroRisk;
}

/** Linton 2011's cut-off: a total of 50 or more is high risk. */
export const OREBRO_DEFAULT_CUT_OFF = OREBRO_DEFINITION.defaultCutOff;

/**
 * Scores the short Örebro questionnaire (Linton et al. 2011); items 3, 4 and 8 are reverse scored
 * (10 - answer). Total >= cutOff is high risk; the cut-off is configurable (an integer 1-100).
 * Driven by OREBRO_DEFINITION.
 */
export function scoreOrebroShort(a: OrebroShortAnswers, cutOff: number = OREBRO_DEFAULT_CUT_OFF): OrebroResult {
  requireInteger(cutOff, 'cutOff', OREBRO_DEFINITION.minTotal, OREBRO_DEFINITION.maxTotal);
  let total = 0;
  for (const item of OREBRO_DEFINITION.items) total += scoreItem(item, a[item.id]);
  return { total, risk: total >= cutOff ? 'high' : 'low' };
}
