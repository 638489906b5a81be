import { useEffect, useRef, useState, type FormEvent } from 'react';
import { call } from '../../api/client';
import { errorText, fieldErrors } from '../../api/errorText';
import { DateInput } from '../../components/DateInput';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';

/** On the open episode: a button that reveals the closing date and a confirm button. */
export function EpisodeCloseForm({
  workerId,
  episodeId,
  today,
  onClosed,
}: {
  workerId: number;
  episodeId: number;
  today: string;
  onClosed(): void;
}) {
  const translator = useT();
  const { t } = translator;
  const [open, setOpen] = useState(false);
  const [closedOn, setClosedOn] = useState(today);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  // Revealing the form moves the keyboard focus to its date.
  useEffect(() => {
    if (open) form.current?.querySelector('input')?.focus();
  }, [open]);

  async function close(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await call('episodes.close', { workerId, episodeId, closedOn });
    setBusy(false);
    if (result.ok) return onClosed();
    if (result.error.code !== 'validation') return setFailure(errorText(result.error, translator));
    const found = fieldErrors(result.error.issues, translator);
    setErrors(found);
    setFailure(found.episodeId ?? null);
  }

  if (!open) {
    return (
      <button type="button" className="button button--small" onClick={() => setOpen(true)} aria-expanded={false}>
        {t('episodes.close')}
      </button>
    );
  }

  return (
    <form ref={form} className="episode-close" onSubmit={close} noValidate>
      {failure && <Notice tone="error">{failure}</Notice>}
      <div className="inline-form">
        <Field label={t('episodes.closedOn')} hint={t('episodes.closeHint')} error={errors.closedOn}>
          {(props) => <DateInput {...props} value={closedOn} today={today} onChange={setClosedOn} />}
        </Field>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('episodes.confirmClose')}
        </button>
        <button type="button" className="button button--quiet-dark" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
