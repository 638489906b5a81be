import { useState, type FormEvent, type ReactNode } from 'react';
import type { ApiResult } from '../../../shared/ipc';
import { useSubmitForm } from '../../api/useSubmitForm';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';

/**
 * The card of the sign-in and the lock screen: a title and a line under it, the account's name
 * (signing in only) and the passphrase. A refusal is shown on the card (a malformed entry as a
 * wrong name or passphrase, so the form tells nothing more) and the passphrase is emptied.
 */
export function PassphraseCard({
  title,
  titleId,
  lead,
  askName,
  submitLabel,
  send,
  onAnswer,
  children,
}: {
  title: string;
  titleId?: string;
  lead: string;
  askName: boolean;
  submitLabel: string;
  send(name: string, passphrase: string): Promise<ApiResult<unknown>>;
  onAnswer(result: ApiResult<unknown>): void;
  /** What follows the submit button: other actions, hints. */
  children?: ReactNode;
}) {
  const { t } = useT();
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const form = useSubmitForm();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const sent: { answer?: ApiResult<unknown> } = {};
    await form.send(async (): Promise<ApiResult<unknown>> => {
      const answer = await send(name, passphrase);
      sent.answer = answer;
      // A malformed entry is told as a wrong name or passphrase, on the card: the form tells nothing more.
      return !answer.ok && answer.error.code === 'validation' ? { ok: false, error: { code: 'invalidCredentials' } } : answer;
    });
    // Nothing was sent while an earlier submit was still being answered.
    if (sent.answer === undefined) return;
    if (!sent.answer.ok) setPassphrase('');
    onAnswer(sent.answer);
  }

  return (
    <form ref={form.ref} className="welcome__card welcome__card--narrow" onSubmit={submit} noValidate>
      <p className="welcome__brand">{t('app.name')}</p>
      <h1 id={titleId}>{title}</h1>
      <p className="lead">{lead}</p>
      {form.failure && <Notice tone="error">{form.failure}</Notice>}
      {askName && (
        <Field label={t('signIn.name')}>
          {(props) => <input {...props} value={name} autoComplete="username" autoFocus onChange={(e) => setName(e.target.value)} />}
        </Field>
      )}
      <Field label={t('signIn.passphrase')}>
        {(props) => (
          <input
            {...props}
            type="password"
            autoComplete="current-password"
            autoFocus={!askName}
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
          />
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={form.busy}>
          {submitLabel}
        </button>
      </div>
      {children}
    </form>
  );
}
