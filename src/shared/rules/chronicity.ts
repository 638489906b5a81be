import type { LocalizedText } from './language';
import type { OrebroResult } from './orebro';
import type { StartBackResult } from './startBack';
import { STRATIFIED_CARE_TEXTS } from './texts/chronicity';
import { RuleInputError } from './ruleInputError';

/** The chronicity levels, lowest first ('unknown': no questionnaire filled in). */
export const CHRONICITY_LEVELS = ['unknown', 'low', 'medium', 'high'] as const;
export type ChronicityLevel = (typeof CHRONICITY_LEVELS)[number];

export interface ChronicityResult {
  level: ChronicityLevel;
  /** The questionnaires the level is based on. */
  basis: Array<'startBack' | 'orebro'>;
}

const LEVEL_ORDER: readonly ChronicityLevel[] = CHRONICITY_LEVELS;

export function chronicityLevelRank(level: ChronicityLevel): number {
  return LEVEL_ORDER.indexOf(level);
}

function requireRisk<T extends string>(value: T, field: string, allowed: readonly T[]): T {
  if (!allowed.includes(value)) throw new RuleInputError(field, `must be one of ${allowed.join(', ')}`);
  return value;
}

/**
 * Combined risk of chronic pain (docs/clinical-rules.md, section 3): the highest of the STarT Back risk and the Örebro
 * risk (high -> 'high', low -> 'low'); 'unknown' without a questionnaire.
 */
export function chronicityRisk(r: { startBack?: StartBackResult; orebro?: OrebroResult }): ChronicityResult {
  let level: ChronicityLevel = 'unknown';
  const basis: Array<'startBack' | 'orebro'> = [];
  const raise = (candidate: ChronicityLevel): void => {
    if (chronicityLevelRank(candidate) > chronicityLevelRank(level)) level = candidate;
  };
  if (r.startBack !== undefined) {
    raise(requireRisk(r.startBack.risk, 'startBack.risk', ['low', 'medium', 'high']));
    basis.push('startBack');
  }
  if (r.orebro !== undefined) {
    raise(requireRisk(r.orebro.risk, 'orebro.risk', ['low', 'high']));
    basis.push('orebro');
  }
  return { level, basis };
}

export interface StratifiedCare {
  /** Stable text key, e.g. 'stratifiedCare.medium'. */
  key: string;
  level: ChronicityLevel;
  text: LocalizedText;
}

/** Stratified care per level (KCE / Keele): each level adds to the one below. */
export const STRATIFIED_CARE: Record<ChronicityLevel, StratifiedCare> = {
  unknown: { key: 'stratifiedCare.unknown', level: 'unknown', text: STRATIFIED_CARE_TEXTS.unknown },
  low: { key: 'stratifiedCare.low', level: 'low', text: STRATIFIED_CARE_TEXTS.low },
  medium: { key: 'stratifiedCare.medium', level: 'medium', text: STRATIFIED_CARE_TEXTS.medium },
  high: { key: 'stratifiedCare.high', level: 'high', text: STRATIFIED_CARE_TEXTS.high },
};

export function stratifiedCare(level: ChronicityLevel): StratifiedCare {
  return STRATIFIED_CARE[level];
}
