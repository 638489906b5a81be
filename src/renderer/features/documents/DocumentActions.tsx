import { useId, useState } from 'react';
import type { ConsultationDocumentKind, GeneratedDocument, ReferralRequestInput } from '../../../shared/channels/documentChannels';
import type { ApiError, ApiResult } from '../../../shared/ipc';
import { call } from '../../api/client';
import { errorText, fieldProblems, problemText } from '../../api/errorText';
import type { FieldProblem } from '../../api/useSubmitForm';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';

/** Documents made with one click; the referral letter has its own small form. */
const DIRECT_KINDS = ['consultation-record', 'employer-advice', 'worker-leaflet'] as const satisfies readonly ConsultationDocumentKind[];

/** Saves the PDF as a file: a download in browser mode, the save dialog in Electron. */
function saveAsFile(document: GeneratedDocument): void {
  const bytes = Uint8Array.from(atob(document.base64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: document.mimeType }));
  const link = window.document.createElement('a');
  link.href = url;
  link.download = document.fileName;
  link.hidden = true;
  window.document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start reading the file before the URL is released.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** What the last document asked for came to; put into words when shown, so a change of language reaches it. */
type Outcome = { made: string } | { failure: ApiError } | null;

/**
 * The PDF documents of a saved consultation: consultation record, advice to the employer, leaflet
 * for the worker and a referral letter. Main makes each one from the saved consultation in the
 * practice's language and records it in the access log.
 */
export function DocumentActions({
  consultationId,
  hasRedFlag,
  unsavedChanges = false,
}: {
  consultationId: number;
  /** The saved consultation has a red flag: the referral letter states it, a reason is optional. */
  hasRedFlag: boolean;
  /** The form differs from the saved consultation (the documents show the saved one). */
  unsavedChanges?: boolean;
}) {
  const translator = useT();
  const { t } = translator;
  const titleId = useId();
  const [busy, setBusy] = useState<ConsultationDocumentKind | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [referral, setReferral] = useState<{ recipient: 'gp' | 'specialist'; recipientName: string; reason: string; workerConsented: boolean }>({
    recipient: 'gp',
    recipientName: '',
    reason: '',
    workerConsented: false,
  });
  // Kept as codes and put into words when shown, so they follow a change of language.
  const [referralProblems, setReferralProblems] = useState<Record<string, FieldProblem>>({});
  const referralError = (path: string) => {
    const problem = referralProblems[path];
    return problem === undefined ? undefined : problemText(problem, translator);
  };

  async function make(request: () => Promise<ApiResult<GeneratedDocument>>, kind: ConsultationDocumentKind): Promise<void> {
    setBusy(kind);
    setOutcome(null);
    setReferralProblems({});
    try {
      const result = await request();
      if (result.ok) {
        saveAsFile(result.value);
        setOutcome({ made: result.value.fileName });
      } else if (result.error.code === 'validation' && kind === 'referral-letter') {
        setReferralProblems(fieldProblems(result.error.issues));
      } else if (result.error.code === 'noReferralReason') {
        setReferralProblems({ 'referral.reason': result.error });
      } else {
        setOutcome({ failure: result.error });
      }
    } finally {
      setBusy(null);
    }
  }

  const makeDirect = (kind: (typeof DIRECT_KINDS)[number]) => make(() => call('documents.generate', { kind, consultationId }), kind);

  /** No letter without the worker's consent: the tick is asked for before main is. */
  function makeReferral(): Promise<void> {
    if (!referral.workerConsented) {
      setOutcome(null);
      setReferralProblems({ 'referral.workerConsented': 'validation.referralConsent' });
      return Promise.resolve();
    }
    const input: ReferralRequestInput = {
      recipient: referral.recipient,
      recipientName: referral.recipientName,
      reason: referral.reason,
      workerConsented: true,
    };
    return make(() => call('documents.generate', { kind: 'referral-letter', consultationId, referral: input }), 'referral-letter');
  }

  const label = (kind: ConsultationDocumentKind) => (busy === kind ? t('documentsUi.making') : t(`documentsUi.kind.${kind}`));

  return (
    <section className="panel document-actions" aria-labelledby={titleId} aria-busy={busy !== null}>
      <h2 id={titleId}>{t('documentsUi.title')}</h2>
      <p className="muted small">{t('documentsUi.intro')}</p>
      {unsavedChanges && <Notice tone="info">{t('documentsUi.unsaved')}</Notice>}
      <div className="document-actions__buttons">
        {DIRECT_KINDS.map((kind) => (
          <button key={kind} type="button" className="button" disabled={busy !== null} onClick={() => void makeDirect(kind)}>
            {label(kind)}
          </button>
        ))}
      </div>

      <details className="document-actions__referral">
        <summary>{t('documentsUi.referral.legend')}</summary>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void makeReferral();
          }}
        >
          <fieldset className="document-actions__recipient">
            <legend>{t('documentsUi.referral.recipient')}</legend>
            {(['gp', 'specialist'] as const).map((recipient) => (
              <label key={recipient} className="document-actions__choice">
                <input
                  type="radio"
                  name={`${titleId}-recipient`}
                  value={recipient}
                  checked={referral.recipient === recipient}
                  onChange={() => setReferral((r) => ({ ...r, recipient }))}
                />
                {t(`documentsUi.referral.${recipient}`)}
              </label>
            ))}
          </fieldset>
          <Field label={`${t('documentsUi.referral.recipientName')} (${t('common.optional')})`} error={referralError('referral.recipientName')}>
            {(props) => (
              <input
                {...props}
                type="text"
                maxLength={120}
                value={referral.recipientName}
                onChange={(event) => setReferral((r) => ({ ...r, recipientName: event.target.value }))}
              />
            )}
          </Field>
          <Field
            label={hasRedFlag ? `${t('documentsUi.referral.reason')} (${t('common.optional')})` : t('documentsUi.referral.reason')}
            hint={hasRedFlag ? t('documentsUi.referral.reasonWithFlag') : t('documentsUi.referral.reasonRequired')}
            error={referralError('referral.reason')}
          >
            {(props) => (
              <textarea
                {...props}
                rows={3}
                maxLength={2000}
                value={referral.reason}
                onChange={(event) => setReferral((r) => ({ ...r, reason: event.target.value }))}
              />
            )}
          </Field>
          <ConsentCheck
            label={t('documentsUi.referral.consent')}
            checked={referral.workerConsented}
            error={referralError('referral.workerConsented')}
            onChange={(workerConsented) => setReferral((r) => ({ ...r, workerConsented }))}
          />
          <button type="submit" className="button" disabled={busy !== null}>
            {busy === 'referral-letter' ? t('documentsUi.making') : t('documentsUi.referral.make')}
          </button>
        </form>
      </details>

      {outcome && 'made' in outcome && <Notice tone="success">{t('documentsUi.ready', { file: outcome.made })}</Notice>}
      {outcome && 'failure' in outcome && <Notice tone="error">{errorText(outcome.failure, translator)}</Notice>}
    </section>
  );
}

/** The worker's consent to the referral: a tick, with the message when it is missing. */
function ConsentCheck({ label, checked, error, onChange }: { label: string; checked: boolean; error: string | undefined; onChange(checked: boolean): void }) {
  const id = useId();
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="document-actions__choice">
        <input
          type="checkbox"
          checked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        {label}
      </label>
      {error && (
        <p className="field__error" id={`${id}-error`} role="alert">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </div>
  );
}
