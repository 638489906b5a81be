import type { Consultation } from '../../../shared/model';
import { clockTime, localDate } from '../../app/localTime';
import { useT } from '../../i18n/LocaleContext';

/**
 * Who signed a saved consultation and when. Read-only until the doctor starts a correction, which
 * asks for the reason; the correction is saved as an amendment beside the earlier version.
 */
export function SignatureBar({
  consultation,
  amending,
  reason,
  reasonError,
  onAmend,
  onCancel,
  onReason,
}: {
  consultation: Consultation;
  amending: boolean;
  reason: string;
  reasonError: string | undefined;
  onAmend(): void;
  onCancel(): void;
  onReason(reason: string): void;
}) {
  const { t, date, plural } = useT();
  const count = consultation.amendments.length;
  return (
    <section className="signature">
      <p>
        <strong>
          ✓ {t('signing.signedBy', { name: consultation.signedBy, date: date(localDate(consultation.signedAt)), time: clockTime(consultation.signedAt) })}
        </strong>
        {count > 0 && <span className="muted"> · {plural('signing.amendedCount', count)}</span>}
      </p>
      <p className="muted small">{t(amending ? 'signing.amending' : 'signing.readOnly')}</p>
      {amending ? (
        <div className="amendment-reason">
          <label htmlFor="amendment-reason">{t('signing.reason')}</label>
          <textarea
            id="amendment-reason"
            rows={2}
            maxLength={500}
            value={reason}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? 'amendment-reason-error' : undefined}
            onChange={(event) => onReason(event.target.value)}
          />
          {reasonError && (
            <p id="amendment-reason-error" className="field__error" role="alert">
              {reasonError}
            </p>
          )}
          <div className="signature__actions">
            <button type="button" className="button" onClick={onCancel}>
              {t('signing.cancelAmend')}
            </button>
          </div>
        </div>
      ) : (
        <div className="signature__actions">
          <button type="button" className="button" onClick={onAmend}>
            {t('signing.amend')}
          </button>
        </div>
      )}
    </section>
  );
}
