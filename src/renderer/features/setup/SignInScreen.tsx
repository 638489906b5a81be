import { useState } from 'react';
import { call } from '../../api/client';
import { useT } from '../../i18n/LocaleContext';
import { PassphraseCard } from './PassphraseCard';
import { RecoverScreen } from './RecoverScreen';

export function SignInScreen({ practiceName, onSignedIn }: { practiceName: string; onSignedIn(): void }) {
  const { t } = useT();
  const [recovering, setRecovering] = useState(false);

  if (recovering) return <RecoverScreen onRecovered={onSignedIn} onBack={() => setRecovering(false)} />;

  return (
    <main className="welcome">
      <PassphraseCard
        title={t('signIn.title')}
        lead={practiceName}
        askName
        submitLabel={t('signIn.submit')}
        send={(name, passphrase) => call('auth.signIn', { name, passphrase })}
        onAnswer={(result) => {
          if (result.ok) onSignedIn();
        }}
      >
        <p className="field__hint">{t('signIn.privacy')}</p>
        <button type="button" className="button button--quiet-dark" onClick={() => setRecovering(true)}>
          {t('recover.link')}
        </button>
      </PassphraseCard>
    </main>
  );
}
