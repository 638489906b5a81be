import { useState, type FormEvent } from 'react';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';
import { RecoverScreen } from './RecoverScreen';

export function SignInScreen({ practiceName, onSignedIn }: { practiceName: string; onSignedIn(): void }) {
  const translator = useT();
  const { t } = translator;
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [recovering, setRecovering] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await call('auth.signIn', { name, passphrase });
    setBusy(false);
    if (result.ok) return onSignedIn();
    setPassphrase('');
    setFailure(result.error.code === 'validation' ? t('error.invalidCredentials') : errorText(result.error, translator));
  }

  if (recovering) return <RecoverScreen onRecovered={onSignedIn} onBack={() => setRecovering(false)} />;

  return (
    <main className="welcome">
      <form className="welcome__card welcome__card--narrow" onSubmit={submit} noValidate>
        <p className="welcome__brand">{t('app.name')}</p>
        <h1>{t('signIn.title')}</h1>
        <p className="lead">{practiceName}</p>
        {failure && <Notice tone="error">{failure}</Notice>}
        <Field label={t('signIn.name')}>
          {(props) => (
            <input {...props} value={name} autoComplete="username" autoFocus onChange={(e) => setName(e.target.value)} />
          )}
        </Field>
        <Field label={t('signIn.passphrase')}>
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="current-password"
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('signIn.submit')}
        </button>
        <p className="field__hint">{t('signIn.privacy')}</p>
        <button type="button" className="button button--quiet-dark" onClick={() => setRecovering(true)}>
          {t('recover.link')}
        </button>
      </form>
    </main>
  );
}
