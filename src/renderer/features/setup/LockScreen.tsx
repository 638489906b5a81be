import { useState, type FormEvent } from 'react';
import type { User } from '../../../shared/model';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';

/**
 * The locked screen, over the application: what was on screen stays as it was (a consultation
 * being typed included) but cannot be seen or reached until the same user's passphrase unlocks it.
 */
export function LockScreen({
  user,
  practiceName,
  onUnlocked,
  onSignedOut,
}: {
  user: User;
  practiceName: string;
  onUnlocked(): void;
  onSignedOut(): void;
}) {
  const translator = useT();
  const { t } = translator;
  const [passphrase, setPassphrase] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await call('auth.unlock', { passphrase });
    setBusy(false);
    setPassphrase('');
    if (result.ok) return onUnlocked();
    if (result.error.code === 'unauthenticated') return onSignedOut();
    setFailure(result.error.code === 'validation' ? t('error.invalidCredentials') : errorText(result.error, translator));
    // Locked out while the screen was locked: main ended the session.
    if (result.error.code === 'signInLocked') onSignedOut();
  }

  async function signOut() {
    await call('auth.signOut', {});
    onSignedOut();
  }

  return (
    <div className="lock-screen" role="dialog" aria-modal="true" aria-labelledby="lock-title">
      <form className="welcome__card welcome__card--narrow" onSubmit={submit} noValidate>
        <p className="welcome__brand">{t('app.name')}</p>
        <h1 id="lock-title">{t('lock.title')}</h1>
        <p className="lead">{t('lock.intro', { name: user.name, practice: practiceName })}</p>
        {failure && <Notice tone="error">{failure}</Notice>}
        <Field label={t('signIn.passphrase')}>
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="current-password"
              autoFocus
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
            />
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('lock.unlock')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => void signOut()}>
            {t('common.signOut')}
          </button>
        </div>
      </form>
    </div>
  );
}
