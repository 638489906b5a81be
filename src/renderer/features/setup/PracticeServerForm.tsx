import { useState, type FormEvent } from 'react';
import { channels, toValidationIssues } from '../../../shared/ipc';
import { call } from '../../api/client';
import { errorText, fieldErrors } from '../../api/errorText';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';

/** First start on a workstation of a practice server: the server's address instead of a new practice. */
export function PracticeServerForm({ onChosen, onBack }: { onChosen(): void; onBack(): void }) {
  const translator = useT();
  const { t } = translator;
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = channels['workstation.useServer'].input.safeParse({ url });
    setError(parsed.success ? undefined : fieldErrors(toValidationIssues(parsed.error), translator).url);
    if (!parsed.success) return;
    setBusy(true);
    const result = await call('workstation.useServer', { url });
    setBusy(false);
    if (result.ok) return onChosen();
    if (result.error.code === 'validation') setError(fieldErrors(result.error.issues, translator).url);
    else setFailure(errorText(result.error, translator));
  }

  return (
    <main className="welcome">
      <form className="welcome__card welcome__card--narrow" onSubmit={submit} noValidate>
        <h1>{t('practiceServer.title')}</h1>
        <p className="lead">{t('practiceServer.intro')}</p>
        {failure && <Notice tone="error">{failure}</Notice>}
        <Field label={t('practiceServer.address')} hint={t('practiceServer.addressHint')} error={error}>
          {(props) => <input {...props} value={url} inputMode="url" autoFocus onChange={(e) => setUrl(e.target.value)} />}
        </Field>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('practiceServer.connect')}
        </button>
        <button type="button" className="button button--quiet-dark" onClick={onBack}>
          {t('common.cancel')}
        </button>
      </form>
    </main>
  );
}
