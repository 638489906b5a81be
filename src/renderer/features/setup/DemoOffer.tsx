import { useState } from 'react';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';

/** Offered while the practice has no workers: load a clearly fictitious example practice. */
export function DemoOffer({ onLoaded }: { onLoaded(): void }) {
  const translator = useT();
  const { t } = translator;
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function load() {
    setBusy(true);
    const result = await call('practice.loadDemo', {});
    setBusy(false);
    if (result.ok) onLoaded();
    else setFailure(errorText(result.error, translator));
  }

  return (
    <section className="demo-offer" aria-labelledby="demo-title">
      <div>
        <h2 id="demo-title">{t('demo.title')}</h2>
        <p>{t('demo.text')}</p>
        {failure && <Notice tone="error">{failure}</Notice>}
      </div>
      <button type="button" className="button" disabled={busy} onClick={() => void load()}>
        {t('demo.load')}
      </button>
    </section>
  );
}
