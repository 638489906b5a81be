import { useState, type FormEvent } from 'react';
import { channels, toValidationIssues } from '../../../shared/ipc';
import { call } from '../../api/client';
import { errorText, fieldErrors } from '../../api/errorText';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';

/** Forgotten passphrase: the practice's recovery key sets a new one for the named account. */
export function RecoverScreen({ onRecovered, onBack }: { onRecovered(): void; onBack(): void }) {
  const translator = useT();
  const { t } = translator;
  const [recoveryKey, setRecoveryKey] = useState('');
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = { recoveryKey, name, passphrase };
    const parsed = channels['auth.recover'].input.safeParse(input);
    const found = parsed.success ? {} : fieldErrors(toValidationIssues(parsed.error), translator);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const result = await call('auth.recover', input);
    setBusy(false);
    if (result.ok) return onRecovered();
    setFailure(errorText(result.error, translator));
  }

  return (
    <main className="welcome">
      <form className="welcome__card welcome__card--narrow" onSubmit={submit} noValidate>
        <p className="welcome__brand">{t('app.name')}</p>
        <h1>{t('recover.title')}</h1>
        <p className="lead">{t('recover.intro')}</p>
        {failure && <Notice tone="error">{failure}</Notice>}
        <Field label={t('recoveryKey.label')} error={errors.recoveryKey}>
          {(props) => (
            <input {...props} value={recoveryKey} autoComplete="off" spellCheck={false} autoFocus onChange={(e) => setRecoveryKey(e.target.value)} />
          )}
        </Field>
        <Field label={t('signIn.name')} error={errors.name}>
          {(props) => <input {...props} value={name} autoComplete="username" onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t('recover.newPassphrase')} hint={t('setup.passphraseHint')} error={errors.passphrase}>
          {(props) => (
            <input {...props} type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
          )}
        </Field>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('recover.submit')}
        </button>
        <button type="button" className="button button--quiet-dark" onClick={onBack}>
          {t('recover.back')}
        </button>
      </form>
    </main>
  );
}
