import { useState, type FormEvent } from 'react';
import { channels } from '../../../shared/ipc';
import { call } from '../../api/client';
import { useSubmitForm } from '../../api/useSubmitForm';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';

/** First start on a workstation of a practice server: the server's address instead of a new practice. */
export function PracticeServerForm({ onChosen, onBack }: { onChosen(): void; onBack(): void }) {
  const { t } = useT();
  const [url, setUrl] = useState('');
  const form = useSubmitForm();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (form.check(channels['workstation.useServer'].input, { url }) === null) return;
    if (await form.send(() => call('workstation.useServer', { url }))) onChosen();
  }

  return (
    <main className="welcome">
      <form ref={form.ref} className="welcome__card welcome__card--narrow" onSubmit={submit} noValidate>
        <h1>{t('practiceServer.title')}</h1>
        <p className="lead">{t('practiceServer.intro')}</p>
        {form.failure && <Notice tone="error">{form.failure}</Notice>}
        <Field label={t('practiceServer.address')} hint={t('practiceServer.addressHint')} error={form.errors.url}>
          {(props) => <input {...props} value={url} inputMode="url" autoFocus onChange={(e) => setUrl(e.target.value)} />}
        </Field>
        <button type="submit" className="button button--primary" disabled={form.busy}>
          {t('practiceServer.connect')}
        </button>
        <button type="button" className="button button--quiet-dark" onClick={onBack}>
          {t('common.cancel')}
        </button>
      </form>
    </main>
  );
}
