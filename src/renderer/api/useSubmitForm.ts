import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import type { MessageKey } from '../../shared/i18n';
import { toValidationIssues, type ApiError, type ApiResult } from '../../shared/ipc';
import { useT } from '../i18n/LocaleContext';
import { errorText, fieldProblems, problemText } from './errorText';

/**
 * What is wrong with a field, kept as a message key or as main's refusal and put into words when
 * shown, so that it follows a change of language.
 */
export type FieldProblem = MessageKey | ApiError;

/**
 * What every form that sends a call keeps: busy while the call runs (a second submit meanwhile is
 * not sent), a message per field, and a failure that belongs to no field. `send` answers `{ value }`
 * of the call, or null when it failed or another call of the form was still running; a validation
 * answer becomes field messages, `fieldsOf` may put another error on a field (a taken name, a wrong
 * current password) and anything else is the form's failure. Messages and the failure are kept as
 * codes, so their text follows a change of language. A save refused because someone else changed
 * the record meanwhile (`changedMeanwhile`) goes to `onChangedMeanwhile` when the form gives one: it
 * shows the stored values beside the input. Give `ref` to the form: when messages appear, the
 * keyboard focus goes to the first field in error.
 */
export function useSubmitForm() {
  const translator = useT();
  const [busy, setBusy] = useState(false);
  // Set at once on send, before React shows the button disabled: a double click sends once.
  const sending = useRef(false);
  const [problems, setProblems] = useState<Record<string, FieldProblem>>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const container = useRef<HTMLElement | null>(null);
  const ref = useCallback((element: HTMLElement | null) => {
    container.current = element;
  }, []);

  useEffect(() => {
    if (Object.keys(problems).length > 0) container.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [problems]);

  /** Shows the messages found before anything is sent; true when there are any (then nothing is sent). */
  function showProblems(found: Record<string, FieldProblem>): boolean {
    setFailure(null);
    setProblems(found);
    return Object.keys(found).length > 0;
  }

  /**
   * Checks the input with the schema main checks it with, and shows its messages by the fields
   * together with the form's own (`more`, which win). Answers the parsed input, or null when any
   * message is shown.
   */
  function check<S extends z.ZodType>(schema: S, input: unknown, more: Record<string, FieldProblem> = {}): z.output<S> | null {
    const parsed = schema.safeParse(input);
    const found = parsed.success ? {} : fieldProblems(toValidationIssues(parsed.error));
    if (showProblems({ ...found, ...more }) || !parsed.success) return null;
    return parsed.data;
  }

  async function send<T>(
    request: () => Promise<ApiResult<T>>,
    fieldsOf?: (error: ApiError) => Record<string, FieldProblem> | null,
    onChangedMeanwhile?: () => Promise<void>,
  ): Promise<{ value: T } | null> {
    if (sending.current) return null;
    sending.current = true;
    setBusy(true);
    setProblems({});
    setFailure(null);
    try {
      const result = await request();
      if (!result.ok && result.error.code === 'changedMeanwhile' && onChangedMeanwhile) {
        // Nothing was written: the input stays on screen, and the form fetches what is stored now.
        await onChangedMeanwhile();
        return null;
      }
      if (result.ok) return { value: result.value };
      const onFields = result.error.code === 'validation' ? fieldProblems(result.error.issues) : (fieldsOf?.(result.error) ?? {});
      setProblems(onFields);
      // A message for the whole input (no field in its path) is the form's failure.
      if (Object.keys(onFields).length === 0 || '' in onFields) setFailure(result.error);
      return null;
    } finally {
      sending.current = false;
      setBusy(false);
    }
  }

  return {
    ref,
    busy,
    /** The message of each field in error, in the user's language. */
    errors: Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, problemText(problem, translator)])) as Record<string, string>,
    setErrors: setProblems,
    /** The failure as a sentence in the user's language, or null. */
    failure: failure && errorText(failure, translator),
    setFailure,
    check,
    showProblems,
    send,
  };
}
