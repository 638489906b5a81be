import { RED_FLAG_ACTIONS, RED_FLAG_LABELS, SUSPECTED_CONDITION_LABELS, textIn, type RedFlagScreening } from '../../../shared/rules';
import { useT } from '../../i18n/LocaleContext';

/**
 * The immediate red flags, above the whole consultation: what is suspected, what to do now, and an
 * explicit acknowledgement that is stored with the consultation.
 */
export function RedFlagAlert({
  redFlags,
  acknowledged,
  onAcknowledge,
}: {
  redFlags: RedFlagScreening;
  acknowledged: readonly string[];
  onAcknowledge(codes: string[]): void;
}) {
  const { t, locale } = useT();
  const immediate = redFlags.flags.filter((flag) => flag.urgency === 'immediate');
  if (immediate.length === 0) return null;
  const open = immediate.filter((flag) => !acknowledged.includes(flag.code));
  const conditions = [...new Set(immediate.map((flag) => textIn(SUSPECTED_CONDITION_LABELS[flag.suspected], locale.language, locale.jurisdiction)))];

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
        <p className="red-flag-alert__action">{textIn(RED_FLAG_ACTIONS.immediate.text, locale.language, locale.jurisdiction)}</p>
        <ul>
          {immediate.map((flag) => (
            <li key={flag.code}>{textIn(RED_FLAG_LABELS[flag.code], locale.language, locale.jurisdiction)}</li>
          ))}
        </ul>
      </div>
      <div className="red-flag-alert__ack">
        {open.length > 0 ? (
          <button type="button" className="button button--danger" onClick={() => onAcknowledge(immediate.map((flag) => flag.code))}>
            {t('clinicalPanel.acknowledge')}
          </button>
        ) : (
          <p>
            <span aria-hidden="true">✓ </span>
            {t('clinicalPanel.acknowledged')}
          </p>
        )}
      </div>
    </section>
  );
}
