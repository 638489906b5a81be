import { useState } from 'react';
import type { ImmediateReferral } from '../../../shared/model';
import { RED_FLAG_LABELS, SUSPECTED_CONDITION_LABELS, redFlagCodeAction, textIn, type RedFlagScreening } from '../../../shared/rules';
import { useT } from '../../i18n/LocaleContext';
import { clockTime, localDate } from '../../app/localTime';

/** Who acknowledged the immediate flags, when and where the worker was sent, as far as it is known yet. */
export function AcknowledgementLine({ referral }: { referral: ImmediateReferral | null }) {
  const { t, date } = useT();
  if (referral === null) return <>{t('acknowledgement.unrecorded')}</>;
  if (referral.acknowledgedAt === null) return <>{t('acknowledgement.pending', { referredTo: referral.referredTo })}</>;
  return (
    <>
      {t('acknowledgement.line', {
        name: referral.acknowledgedBy,
        date: date(localDate(referral.acknowledgedAt)),
        time: clockTime(referral.acknowledgedAt),
        referredTo: referral.referredTo,
      })}
    </>
  );
}

/**
 * The immediate red flags, above the whole consultation: what is suspected, what to do now for each
 * flag, and an explicit acknowledgement naming where the worker was sent, stored with the
 * consultation (main adds who acknowledged it and when).
 */
export function RedFlagAlert({
  redFlags,
  acknowledged,
  referral,
  readOnly = false,
  onAcknowledge,
}: {
  redFlags: RedFlagScreening;
  acknowledged: readonly string[];
  referral: ImmediateReferral | null;
  readOnly?: boolean;
  onAcknowledge(codes: string[], referredTo: string): void;
}) {
  const { t, locale } = useT();
  const [referredTo, setReferredTo] = useState(referral?.referredTo ?? '');
  const immediate = redFlags.flags.filter((flag) => flag.urgency === 'immediate');
  if (immediate.length === 0) return null;
  const open = immediate.filter((flag) => !acknowledged.includes(flag.code));
  const text = (value: Parameters<typeof textIn>[0]) => textIn(value, locale.language, locale.jurisdiction);
  const conditions = [...new Set(immediate.map((flag) => text(SUSPECTED_CONDITION_LABELS[flag.suspected])))];
  const actions = [...new Set(immediate.map((flag) => text(redFlagCodeAction(flag.code))))];

  return (
    <section
      className={open.length > 0 ? 'red-flag-alert' : 'red-flag-alert red-flag-alert--acknowledged'}
      role={open.length > 0 ? 'alert' : 'status'}
      aria-labelledby="red-flag-alert-title"
    >
      <div className="red-flag-alert__icon" aria-hidden="true">
        !
      </div>
      <div className="red-flag-alert__body">
        <h2 id="red-flag-alert-title">
          {t('clinicalPanel.immediateTitle')} — {conditions.join(', ')}
        </h2>
        {actions.map((action) => (
          <p key={action} className="red-flag-alert__action">
            {action}
          </p>
        ))}
        <ul>
          {immediate.map((flag) => (
            <li key={flag.code}>{text(RED_FLAG_LABELS[flag.code])}</li>
          ))}
        </ul>
      </div>
      <div className="red-flag-alert__ack">
        {open.length > 0 && !readOnly ? (
          <form
            className="red-flag-alert__referral"
            onSubmit={(event) => {
              event.preventDefault();
              if (referredTo.trim() !== '') onAcknowledge(immediate.map((flag) => flag.code), referredTo.trim());
            }}
          >
            <label htmlFor="immediate-referred-to">{t('acknowledgement.referredTo')}</label>
            <input
              id="immediate-referred-to"
              value={referredTo}
              maxLength={200}
              placeholder={t('acknowledgement.referredToHint')}
              onChange={(event) => setReferredTo(event.target.value)}
            />
            <button type="submit" className="button button--danger" disabled={referredTo.trim() === ''}>
              {t('clinicalPanel.acknowledge')}
            </button>
          </form>
        ) : (
          <p>
            <span aria-hidden="true">✓ </span>
            {t('clinicalPanel.acknowledged')}
            <br />
            <span className="small">
              <AcknowledgementLine referral={referral} />
            </span>
          </p>
        )}
      </div>
    </section>
  );
}
