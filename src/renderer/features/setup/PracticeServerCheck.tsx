import { useId, useState } from 'react';
import type { ServerConnection } from '../../../shared/channels/workstationChannels';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';

type ClientConnection = Extract<ServerConnection, { mode: 'client' }>;

function Fingerprint({ label, value }: { label: string; value: string }) {
  const id = useId();
  return (
    <>
      <p className="recovery-key__label" id={id}>
        {label}
      </p>
      <output className="recovery-key__value server-fingerprint" aria-labelledby={id}>
        {value}
      </output>
    </>
  );
}

/**
 * A practice server that is not trusted (yet): at the first connection its certificate's
 * fingerprint to compare and confirm (as SSH asks); a server that shows another certificate than
 * the pinned one is refused; one that cannot be reached can be tried again.
 */
export function PracticeServerCheck({ connection, onChecked }: { connection: ClientConnection; onChecked(): void }) {
  const translator = useT();
  const { t } = translator;
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function trust(fingerprint: string) {
    setBusy(true);
    const result = await call('workstation.trustServer', { fingerprint });
    setBusy(false);
    if (result.ok) return onChecked();
    setFailure(errorText(result.error, translator));
  }

  const retry = (
    <button type="button" className="button" onClick={onChecked}>
      {t('practiceServer.retry')}
    </button>
  );

  return (
    <main className="welcome">
      <section className="welcome__card recovery-key" aria-labelledby="practice-server-title">
        {connection.state === 'unpinned' && connection.presented && (
          <>
            <h1 id="practice-server-title">{t('practiceServer.checkTitle')}</h1>
            <p className="lead">{t('practiceServer.checkIntro', { url: connection.url })}</p>
            {failure && <Notice tone="error">{failure}</Notice>}
            <Fingerprint label={t('practiceServer.presented')} value={connection.presented} />
            <div className="recovery-key__actions">
              <button type="button" className="button button--primary" disabled={busy} onClick={() => void trust(connection.presented ?? '')}>
                {t('practiceServer.trust')}
              </button>
            </div>
          </>
        )}
        {connection.state === 'changed' && (
          <>
            <h1 id="practice-server-title">{t('practiceServer.changedTitle')}</h1>
            <Notice tone="error">{t('practiceServer.changedBody', { url: connection.url })}</Notice>
            {connection.pinned && <Fingerprint label={t('practiceServer.pinned')} value={connection.pinned} />}
            {connection.presented && <Fingerprint label={t('practiceServer.presented')} value={connection.presented} />}
            <div className="recovery-key__actions">{retry}</div>
          </>
        )}
        {connection.state === 'unreachable' && (
          <>
            <h1 id="practice-server-title">{t('practiceServer.unreachableTitle')}</h1>
            <p className="lead">{t('practiceServer.unreachableBody', { url: connection.url })}</p>
            <div className="recovery-key__actions">{retry}</div>
          </>
        )}
      </section>
    </main>
  );
}
