import { useState } from 'react';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';

/** Shows the practice file's recovery key once, with print and copy, until the user confirms they kept it. */
export function RecoveryKeyScreen({
  recoveryKey,
  practiceName,
  onPracticeServer,
  onDone,
}: {
  recoveryKey: string;
  practiceName: string;
  /** On a practice server the key only sets a forgotten password: nothing is encrypted with it. */
  onPracticeServer: boolean;
  onDone(): void;
}) {
  const translator = useT();
  const { t } = translator;
  const [kept, setKept] = useState(false);
  const [copied, setCopied] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(recoveryKey);
      setCopied(true);
    } catch {
      // Without clipboard access the key stays selectable on screen.
      setCopied(false);
    }
  }

  async function done() {
    const result = await call('keys.recoveryKeyNoted', {});
    if (result.ok) return onDone();
    setFailure(errorText(result.error, translator));
  }

  return (
    <main className="welcome">
      <section className="welcome__card recovery-key" aria-labelledby="recovery-key-title">
        <h1 id="recovery-key-title">{t('recoveryKey.title')}</h1>
        <p className="recovery-key__print-only">
          {t('recoveryKey.printHeading')}: {practiceName}
        </p>
        <p className="lead">{t(onPracticeServer ? 'recoveryKey.serverIntro' : 'recoveryKey.intro')}</p>
        <p>{t('recoveryKey.keep')}</p>
        {failure && <Notice tone="error">{failure}</Notice>}
        <p className="recovery-key__label" id="recovery-key-label">
          {t('recoveryKey.label')}
        </p>
        <output className="recovery-key__value" aria-labelledby="recovery-key-label">
          {recoveryKey}
        </output>
        <div className="recovery-key__actions">
          <button type="button" className="button" onClick={() => window.print()}>
            {t('recoveryKey.print')}
          </button>
          <button type="button" className="button" onClick={() => void copy()}>
            {t('recoveryKey.copy')}
          </button>
          {copied && <span role="status">{t('recoveryKey.copied')}</span>}
        </div>
        <label className="check">
          <input type="checkbox" checked={kept} onChange={(e) => setKept(e.target.checked)} />
          {t('recoveryKey.confirm')}
        </label>
        <button type="button" className="button button--primary" disabled={!kept} onClick={() => void done()}>
          {t('recoveryKey.done')}
        </button>
      </section>
    </main>
  );
}
