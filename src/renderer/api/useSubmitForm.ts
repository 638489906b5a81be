import { useState } from 'react';
import type { ApiError, ApiResult } from '../../shared/ipc';
import { useT } from '../i18n/LocaleContext';
import { errorText, fieldErrors } from './errorText';

/**
 * What every form that sends one call keeps: busy while the call runs, a message per field, and
 * a failure that belongs to no field. `send` answers `{ value }` of the call, or null when it failed;
 * a validation answer becomes field messages, `fieldsOf` may put another error on a field
 * (a taken name, a wrong current password) and anything else is the form's failure.
 */
export function useSubmitForm() {
  const translator = useT();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<ApiError | null>(null);

  async function send<T>(request: () => Promise<ApiResult<T>>, fieldsOf?: (error: ApiError) => Record<string, string> | null): Promise<{ value: T } | null> {
    setBusy(true);
    setErrors({});
    setFailure(null);
    const result = await request();
    setBusy(false);
    if (result.ok) return { value: result.value };
    const onFields = result.error.code === 'validation' ? fieldErrors(result.error.issues, translator) : (fieldsOf?.(result.error) ?? null);
    if (onFields) setErrors(onFields);
    else setFailure(result.error);
    return null;
  }

  return {
    busy,
    errors,
    setErrors,
    /** The failure as a sentence in the user's language, or null. */
    failure: failure && errorText(failure, translator),
    setFailure,
    send,
  };
}
