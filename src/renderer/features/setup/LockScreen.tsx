import type { User } from '../../../shared/model';
import { call } from '../../api/client';
import { useT } from '../../i18n/LocaleContext';
import { PassphraseCard } from './PassphraseCard';

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
  const { t } = useT();

  async function signOut() {
    await call('auth.signOut', {});
    onSignedOut();
  }

  return (
    <div className="lock-screen" role="dialog" aria-modal="true" aria-labelledby="lock-title">
      <div className="lock-screen__content">
        <PassphraseCard
          title={t('lock.title')}
          titleId="lock-title"
          lead={t('lock.intro', { name: user.name, practice: practiceName })}
          askName={false}
          submitLabel={t('lock.unlock')}
          send={(_name, passphrase) => call('auth.unlock', { passphrase })}
          onAnswer={(result) => {
            if (result.ok) return onUnlocked();
            // Signed out meanwhile, or locked out while the screen was locked: main ended the session.
            if (result.error.code === 'unauthenticated' || result.error.code === 'signInLocked') onSignedOut();
          }}
        />
        {/* Stopping is the other way out: apart from the unlock form, and quieter. */}
        <div className="lock-screen__leave">
          <p id="lock-leave-hint">{t('lock.signOutHint')}</p>
          <button type="button" className="button button--small" aria-describedby="lock-leave-hint" onClick={() => void signOut()}>
            {t('common.signOut')}
          </button>
        </div>
      </div>
    </div>
  );
}
