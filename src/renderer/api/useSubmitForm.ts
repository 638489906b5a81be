import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { toValidationIssues, type ApiError, type ApiResult } from '../../shared/ipc';
import { useT } from '../i18n/LocaleContext';
import { errorText, fieldErrors } from './errorText';

/**
 * What every form that sends a call keeps: busy while the call runs, a message per field, and
 * a failure that belongs to no field. `send` answers `{ value }` of the call, or null when it failed;
 * a validation answer becomes field messages, `fieldsOf` may put another error on a field
 * (a taken name, a wrong current password) and anything else is the form's failure.
 * The failure is kept as the error, so its text follows a change of language. A save refused
 * because someone else changed the record meanwhile (`changedMeanwhile`) goes to
 * `onChangedMeanwhile` when the form gives one: it shows the stored values beside the input.
 * Give `ref` to the form: when messages appear, the keyboard focus goes to the first field in error.
 */
export function useSubmitForm() {
  const translator = useT();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const container = useRef<HTMLElement | null>(null);
  const ref = useCallback((element: HTMLElement | null) => {
    container.current = element;
  }, []);

  useEffect(() => {
    if (Object.keys(errors).length > 0) container.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  /** Shows the messages found before anything is sent; true when there are any (then nothing is sent). */
  function showProblems(found: Record<string, string>): boolean {
    setFailure(null);
    setErrors(found);
    return Object.keys(found).length > 0;
  }

  /**
   * Checks the input with the schema main checks it with, and shows its messages by the fields
   * together with the form's own (`more`, which win). Answers the parsed input, or null when any
   * message is shown.
   */
  function check<S extends z.ZodType>(schema: S, input: unknown, more: Record<string, string> = {}): z.output<S> | null {
    const parsed = schema.safeParse(input);
    const found = parsed.success ? {} : fieldErrors(toValidationIssues(parsed.error), translator);
    if (showProblems({ ...found, ...more }) || !parsed.success) return null;
    return parsed.data;
  }

  async function send<T>(
    request: () => Promise<ApiResult<T>>,
    fieldsOf?: (error: ApiError) => Record<string, string> | null,
    onChangedMeanwhile?: () => Promise<void>,
  ): Promise<{ value: T } | null> {
    setBusy(true);
    setErrors({});
    setFailure(null);
    const result = await request();
    if (!result.ok && result.error.code === 'changedMeanwhile' && onChangedMeanwhile) {
      // Nothing was written: the input stays on screen, and the form fetches what is stored now.
      await onChangedMeanwhile();
      setBusy(false);
      return null;
    }
    setBusy(false);
    if (result.ok) return { value: result.value };
    const onFields = result.error.code === 'validation' ? fieldErrors(result.error.issues, translator) : (fieldsOf?.(result.error) ?? {});
    setErrors(onFields);
    // A message for the whole input (no field in its path) is the form's failure.
    if (Object.keys(onFields).length === 0 || '' in onFields) setFailure(result.error);
    return null;
  }

  return {
    ref,
    busy,
    errors,
    setErrors,
    /** The failure as a sentence in the user's language, or null. */
    failure: failure && errorText(failure, translator),
    setFailure,
    check,
    showProblems,
    send,
  };
}
