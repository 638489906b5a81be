import type { ApiError, ValidationIssue } from '../../shared/ipc';
import type { MessageKey } from '../../shared/i18n';
import { isValidationCode, validationMessageKey } from '../../shared/validationCode';
import type { Translator } from '../i18n/LocaleContext';

/** The sentence to show for a failed call. */
export function errorText(error: ApiError, { t, plural }: Translator): string {
  switch (error.code) {
    case 'duplicatePersonnelNumber':
      return t('error.duplicatePersonnelNumber', { personnelNumber: error.personnelNumber });
    case 'duplicateAccount':
      return t('error.duplicateAccount', { name: error.name });
    case 'signInDelayed':
      return plural('error.signInDelayed', error.seconds);
    case 'signInLocked':
      return t('error.signInLocked', { minutes: error.minutes });
    default:
      return t(`error.${error.code}`);
  }
}

/**
 * The sentence for a validation code: from main's answer, or from a schema checked in the
 * renderer (whose built-in zod messages are not codes and read as 'not valid').
 */
export function validationText(code: string, { t }: Pick<Translator, 't'>): string {
  return t(validationMessageKey(isValidationCode(code) ? code : 'invalid'));
}

/** A field's problem, kept as a message key or as main's refusal, in the user's language now. */
export function problemText(problem: MessageKey | ApiError, translator: Translator): string {
  return typeof problem === 'string' ? translator.t(problem) : errorText(problem, translator);
}

/** The message key of each field's first issue, keyed by the field's path: put into words when shown. */
export function fieldProblems(issues: ReadonlyArray<{ path: ValidationIssue['path']; code: string }>): Record<string, MessageKey> {
  const result: Record<string, MessageKey> = {};
  for (const issue of issues) {
    const key = issue.path.join('.');
    if (!(key in result)) result[key] = validationMessageKey(isValidationCode(issue.code) ? issue.code : 'invalid');
  }
  return result;
}
