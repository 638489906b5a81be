import { type Country, type Language, type LocalizedText, textIn } from './language';
import { FULL_DUTIES_TEXT, RESTRICTION_TEXTS } from './texts/returnToWork';
import { RuleInputError } from './ruleInputError';

/** Temporary functional restrictions of a return-to-work step (for the employer: no medical data). */
export type RestrictionCode =
  | 'maxLiftKg'
  | 'noHeavyPushingPulling'
  | 'noRepeatedBendingTwisting'
  | 'noKneelingSquatting'
  | 'noProlongedStanding'
  | 'postureChangesEveryMinutes'
  | 'noWholeBodyVibration';

export interface Restriction {
  code: RestrictionCode;
  /** The parameter of parameterised restrictions: kg for maxLiftKg, minutes for postureChangesEveryMinutes. */
  value?: number;
}

export interface RestrictionDefinition {
  code: RestrictionCode;
  /** The parameter the restriction needs, if any, with its allowed range. */
  parameter: { unit: 'kg' | 'minutes'; min: number; max: number } | null;
  text: LocalizedText;
}

function definition(code: RestrictionCode, parameter: RestrictionDefinition['parameter']): RestrictionDefinition {
  return { code, parameter, text: RESTRICTION_TEXTS[code] };
}

export const RESTRICTIONS: readonly RestrictionDefinition[] = [
  definition('maxLiftKg', { unit: 'kg', min: 0, max: 100 }),
  definition('noHeavyPushingPulling', null),
  definition('noRepeatedBendingTwisting', null),
  definition('noKneelingSquatting', null),
  definition('noProlongedStanding', null),
  definition('postureChangesEveryMinutes', { unit: 'minutes', min: 5, max: 240 }),
  definition('noWholeBodyVibration', null),
];

const BY_CODE = new Map<string, RestrictionDefinition>(RESTRICTIONS.map((r) => [r.code, r]));

export function restrictionDefinition(code: string): RestrictionDefinition | undefined {
  return BY_CODE.get(code);
}

/** Whether a restriction has a known code and, where one is needed, a value within range. */
export function restrictionProblem(r: Restriction): 'unknownRestriction' | 'invalidRestrictionValue' | null {
  const def = BY_CODE.get(r.code);
  if (def === undefined) return 'unknownRestriction';
  if (def.parameter === null) return r.value === undefined ? null : 'invalidRestrictionValue';
  const value = r.value;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < def.parameter.min || value > def.parameter.max) {
    return 'invalidRestrictionValue';
  }
  return null;
}

/** The restriction as a sentence in the given language, with its parameter filled in. */
export function restrictionText(r: Restriction, language: Language): string {
  const problem = restrictionProblem(r);
  if (problem === 'unknownRestriction') throw new RuleInputError('code', `unknown restriction ${String(r.code)}`);
  if (problem === 'invalidRestrictionValue') throw new RuleInputError('value', `not valid for ${r.code}`);
  const text = RESTRICTION_TEXTS[r.code][language];
  return r.value === undefined ? text : text.replace('{value}', String(r.value));
}

/** The full-duties step with the worker's contract hours, already written the reader's way ('36', '32,5'). */
export function fullDutiesText(contractHours: string, language: Language, country?: Country): string {
  return textIn(FULL_DUTIES_TEXT, language, country).replace('{hours}', contractHours);
}
