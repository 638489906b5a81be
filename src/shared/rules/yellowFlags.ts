import type { LocalizedText } from './language';
import { YELLOW_FLAG_LABELS } from './texts/chronicity';
import { requireList } from './validation';
import { RuleInputError } from './ruleInputError';

/** Psychological factors that drive chronicity (KCE), recorded next to the questionnaire scores. */
export type YellowFlagCode =
  | 'fearOfMovement'
  | 'pessimismAboutCourse'
  | 'beliefProblemIsSerious'
  | 'catastrophising'
  | 'lowMood'
  | 'workConflicts'
  | 'workDissatisfaction'
  | 'fearOfJobLoss';

export interface YellowFlag {
  code: YellowFlagCode;
  /** 'work' flags are about the workplace. */
  context: 'personal' | 'work';
  label: LocalizedText;
}

function flag(code: YellowFlagCode, context: YellowFlag['context']): YellowFlag {
  return { code, context, label: YELLOW_FLAG_LABELS[code] };
}

export const YELLOW_FLAGS: readonly YellowFlag[] = [
  flag('fearOfMovement', 'personal'),
  flag('pessimismAboutCourse', 'personal'),
  flag('beliefProblemIsSerious', 'personal'),
  flag('catastrophising', 'personal'),
  flag('lowMood', 'personal'),
  flag('workConflicts', 'work'),
  flag('workDissatisfaction', 'work'),
  flag('fearOfJobLoss', 'work'),
];

export const YELLOW_FLAG_CODES: readonly YellowFlagCode[] = YELLOW_FLAGS.map((f) => f.code);

/** Checks a list of yellow-flag codes; an unknown code is a RangeError naming `field`. */
export function requireYellowFlagCodes(codes: readonly string[], field = 'yellowFlags'): YellowFlagCode[] {
  for (const code of requireList(codes, field)) {
    if (!(YELLOW_FLAG_CODES as readonly string[]).includes(code)) {
      throw new RuleInputError(field, `unknown code ${String(code)}`);
    }
  }
  return codes as YellowFlagCode[];
}
