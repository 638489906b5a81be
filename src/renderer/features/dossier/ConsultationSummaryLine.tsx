import type { ConsultationSummary } from '../../../shared/model';
import { RED_FLAG_LABELS, RED_FLAG_STATUS_LABELS, URGENCY_LABELS, textIn, type LocalizedText } from '../../../shared/rules';
import { useT } from '../../i18n/LocaleContext';
import { AcknowledgementLine } from '../clinicalPanel/RedFlagAlert';

/**
 * One consultation in the dossier's timeline: pain and author, the red flags (or that they were not
 * gone through: never an all-clear that nobody checked), the acknowledgement of an immediate flag
 * and the corrections since signing.
 */
export function ConsultationSummaryLine({ consultation: c }: { consultation: ConsultationSummary }) {
  const { t, locale, plural } = useT();
  const text = (value: LocalizedText) => textIn(value, locale.language, locale.jurisdiction);
  const unscreenedClear = !c.redFlagsScreened && c.urgency === 'none';
  return (
    <span>
      {t('dossier.consultationLine', { pain: c.painScore, doctor: `${c.authorName}, ${t(`role.${c.authorRole}`).toLowerCase()}` })}
      {' · '}
      {unscreenedClear ? t('dossier.redFlagsNotScreened') : text(URGENCY_LABELS[c.urgency])}
      {c.redFlagCodes.length > 0 &&
        `: ${c.redFlagCodes
          .map((code) =>
            c.evaluatedRedFlagCodes.includes(code)
              ? `${text(RED_FLAG_LABELS[code])} (${text(RED_FLAG_STATUS_LABELS.evaluated).toLowerCase()})`
              : text(RED_FLAG_LABELS[code]),
          )
          .join('; ')}`}
      {c.urgency === 'immediate' && (
        <span className="timeline__acknowledgement">
          {' · '}
          <AcknowledgementLine referral={c.immediateReferral} />
        </span>
      )}
      {c.amendmentCount > 0 && <span className="muted"> · {plural('signing.amendedCount', c.amendmentCount)}</span>}
    </span>
  );
}
