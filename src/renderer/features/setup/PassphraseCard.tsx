import { useState, type FormEvent, type ReactNode } from 'react';
import type { ApiResult } from '../../../shared/ipc';
import { errorText } from '../../api/errorText';
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
  const translator = useT();
  const { t } = translator;
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await send(name, passphrase);
    setBusy(false);
    if (!result.ok) {
      setPassphrase('');
      setFailure(result.error.code === 'validation' ? t('error.invalidCredentials') : errorText(result.error, translator));
    }
    onAnswer(result);
  }

  return (
    <form className="welcome__card welcome__card--narrow" onSubmit={submit} noValidate>
      <p className="welcome__brand">{t('app.name')}</p>
      <h1 id={titleId}>{title}</h1>
      <p className="lead">{lead}</p>
      {failure && <Notice tone="error">{failure}</Notice>}
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
        <button type="submit" className="button button--primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
      {children}
    </form>
  );
}
