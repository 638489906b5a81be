import type { ApiError, ValidationIssue } from '../../shared/ipc';
import { isMessageKey } from '../../shared/i18n';
import type { Translator } from '../i18n/LocaleContext';

/** The sentence to show for a failed call. */
export function errorText(error: ApiError, { t }: Translator): string {
  switch (error.code) {
    case 'duplicatePersonnelNumber':
      return t('error.duplicatePersonnelNumber', { personnelNumber: error.personnelNumber });
    case 'duplicateAccount':
      return t('error.duplicateAccount', { name: error.name });
    default:
      return t(`error.${error.code}`);
  }
}

/** Field messages keyed by the field's path ('birthDate', 'account.passphrase'). */
export function fieldErrors(issues: ValidationIssue[], { t }: Translator): Record<string, string> {
  const result: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.join('.');
    const messageKey = `validation.${issue.code}`;
    if (!(key in result)) result[key] = isMessageKey(messageKey) ? t(messageKey) : t('validation.invalid');
  }
  return result;
}
