import { call } from '../../api/client';
import { useSubmitForm } from '../../api/useSubmitForm';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';

/** Offered while the practice has no workers: load a clearly fictitious example practice. */
export function DemoOffer({ onLoaded }: { onLoaded(): void }) {
  const { t } = useT();
  const form = useSubmitForm();

  async function load() {
    if (await form.send(() => call('practice.loadDemo', {}))) onLoaded();
  }

  return (
    <section className="demo-offer" aria-labelledby="demo-title">
      <div>
        <h2 id="demo-title">{t('demo.title')}</h2>
        <p>{t('demo.text')}</p>
        {form.failure && <Notice tone="error">{form.failure}</Notice>}
      </div>
      <button type="button" className="button" disabled={form.busy} onClick={() => void load()}>
        {t('demo.load')}
      </button>
    </section>
  );
}
