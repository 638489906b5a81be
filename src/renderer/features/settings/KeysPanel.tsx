import { useEffect, useState } from 'react';
import type { ApiError, ChannelOutput } from '../../../shared/ipc';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';

/**
 * The recovery key (a new one, shown once) and, where the OS has one, unlocking with its keychain.
 * On a practice server nothing is encrypted by the app: the recovery key only sets a forgotten password.
 */
export function KeysPanel({ onPracticeServer, onRecoveryKey }: { onPracticeServer: boolean; onRecoveryKey(): void }) {
  const translator = useT();
  const { t } = translator;
  const [keychain, setKeychain] = useState<ChannelOutput<'keys.keychain'> | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);

  useEffect(() => {
    void call('keys.keychain', {}).then((result) => (result.ok ? setKeychain(result.value) : setFailure(result.error)));
  }, []);

  async function newRecoveryKey() {
    const result = await call('keys.newRecoveryKey', {});
    if (result.ok) onRecoveryKey();
    else setFailure(result.error);
  }

  async function toggleKeychain(enabled: boolean) {
    const result = await call('keys.setKeychain', { enabled });
    if (result.ok) setKeychain(result.value);
    else setFailure(result.error);
  }

  return (
    <section className="panel" aria-labelledby="keys-title">
      <h2 id="keys-title">{t(onPracticeServer ? 'keys.serverSection' : 'keys.section')}</h2>
      <p className="lead">{t(onPracticeServer ? 'keys.serverHint' : 'keys.hint')}</p>
      {failure && <Notice tone="error">{errorText(failure, translator)}</Notice>}
      {keychain !== null && keychain !== 'unavailable' && (
        <label className="check">
          <input type="checkbox" checked={keychain === 'on'} onChange={(e) => void toggleKeychain(e.target.checked)} />
          {t('keys.keychain')}
        </label>
      )}
      <p className="field__hint">{t(onPracticeServer ? 'keys.newServerRecoveryKeyHint' : 'keys.newRecoveryKeyHint')}</p>
      <button type="button" className="button" onClick={() => void newRecoveryKey()}>
        {t('keys.newRecoveryKey')}
      </button>
    </section>
  );
}
