import type { LocalizedText } from './language';
import { JOB_EXPOSURE_LABELS } from './texts/returnToWork';
import { requireList } from './validation';
import { RuleInputError } from './ruleInputError';

/** Physical demands and exposures of a job position. */
export type JobExposure =
  | 'manualHandling'
  | 'pushingPulling'
  | 'bendingTwisting'
  | 'kneelingSquatting'
  | 'prolongedStanding'
  | 'prolongedSitting'
  | 'wholeBodyVibration'
  | 'screenWork';

export const JOB_EXPOSURES: ReadonlyArray<{ code: JobExposure; label: LocalizedText }> = (
  [
    'manualHandling',
    'pushingPulling',
    'bendingTwisting',
    'kneelingSquatting',
    'prolongedStanding',
    'prolongedSitting',
    'wholeBodyVibration',
    'screenWork',
  ] as const
).map((code) => ({ code, label: JOB_EXPOSURE_LABELS[code] }));

const CODES: readonly string[] = JOB_EXPOSURES.map((e) => e.code);

/** Checks a list of job exposures; an unknown code is a RangeError naming `field`. */
export function requireJobExposures(exposures: readonly string[], field = 'exposures'): JobExposure[] {
  for (const code of requireList(exposures, field)) {
    if (!CODES.includes(code)) throw new RuleInputError(field, `unknown code ${String(code)}`);
  }
  return exposures as JobExposure[];
}
