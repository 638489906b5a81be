import { useState, type FormEvent } from 'react';
import { call } from '../../api/client';
import { useSubmitForm } from '../../api/useSubmitForm';
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
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const [closedOn, setClosedOn] = useState(today);
  const form = useSubmitForm();

  async function close(event: FormEvent) {
    event.preventDefault();
    if (await form.send(() => call('episodes.close', { workerId, episodeId, closedOn }))) onClosed();
  }

  // What is wrong with the episode itself (closed in the meantime) belongs to no field.
  const failure = form.failure ?? form.errors.episodeId;

  if (!open) {
    return (
      <button type="button" className="button button--small" onClick={() => setOpen(true)} aria-expanded={false}>
        {t('episodes.close')}
      </button>
    );
  }

  return (
    <form ref={form.ref} className="episode-close" onSubmit={close} noValidate>
      {failure && <Notice tone="error">{failure}</Notice>}
      <div className="inline-form">
        {/* Revealing the form puts the keyboard focus on its date. */}
        <Field label={t('episodes.closedOn')} hint={t('episodes.closeHint')} error={form.errors.closedOn}>
          {(props) => <DateInput {...props} autoFocus value={closedOn} today={today} onChange={setClosedOn} />}
        </Field>
        <button type="submit" className="button button--primary" disabled={form.busy}>
          {t('episodes.confirmClose')}
        </button>
        <button type="button" className="button button--quiet-dark" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
