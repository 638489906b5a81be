import { type IsoDate, toDayNumber } from './dates';
import { RuleInputError } from './ruleInputError';

/** The phases of an episode, shortest first. */
export const COMPLAINT_PHASES = ['acute', 'subacute', 'chronic'] as const;
export type ComplaintPhase = (typeof COMPLAINT_PHASES)[number];

export interface ComplaintPhaseResult {
  /** Calendar days from onset to `on`. */
  days: number;
  /** Completed weeks: Math.floor(days / 7). */
  weeks: number;
  phase: ComplaintPhase;
}

/** Weeks from which an episode is subacute (6) and chronic (12). */
export const SUBACUTE_FROM_WEEK = 6;
export const CHRONIC_FROM_WEEK = 12;

/**
 * Duration and phase of an episode: acute < 6 weeks, subacute 6-11 weeks, chronic >= 12 weeks
 * (NHG, Tulder & Koes 2013). An onset after `on` is a RangeError.
 */
export function complaintPhase(onset: IsoDate, on: IsoDate): ComplaintPhaseResult {
  const days = toDayNumber(on, 'on') - toDayNumber(onset, 'onset');
  if (days < 0) throw new RuleInputError('onset', 'after the consultation date');
  const weeks = Math.floor(days / 7);
  const phase: ComplaintPhase =
    weeks < SUBACUTE_FROM_WEEK ? 'acute' : weeks < CHRONIC_FROM_WEEK ? 'subacute' : 'chronic';
  return { days, weeks, phase };
}
