import { intakeChanges, type Consultation } from '../../../shared/model';
import { textIn } from '../../../shared/rules';
import { clockTime, localDate } from '../../app/localTime';
import { useT } from '../../i18n/LocaleContext';

/**
 * The history of a signed consultation: each amendment with who made it, when and why, and what it
 * changed, the earlier text beside the later one.
 */
export function AmendmentHistory({ consultation }: { consultation: Consultation }) {
  const { t, date, locale } = useT();
  if (consultation.amendments.length === 0) return null;
  const words = { t, date, rule: (value: Parameters<typeof textIn>[0]) => textIn(value, locale.language, locale.jurisdiction) };
  const versions = [...consultation.amendments.map((a) => a.previousIntake), consultation.intake];
  return (
    <section className="amendment-history panel" aria-labelledby="amendment-history-title">
      <h2 id="amendment-history-title">{t('signing.history')}</h2>
      <p className="muted">
        {t('signing.signedBy', { name: consultation.signedBy, date: date(localDate(consultation.signedAt)), time: clockTime(consultation.signedAt) })}
      </p>
      {consultation.amendments.map((amendment, index) => {
        const changes = intakeChanges(amendment.previousIntake, versions[index + 1] ?? consultation.intake, words);
        return (
          <article key={amendment.id}>
            <h3>{t('signing.amendment', { name: amendment.amendedBy, date: date(localDate(amendment.amendedAt)), time: clockTime(amendment.amendedAt) })}</h3>
            <p>{t('signing.amendmentReason', { reason: amendment.reason })}</p>
            {changes.length === 0 ? (
              <p className="muted">{t('signing.noVisibleChange')}</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('signing.field')}</th>
                    <th scope="col">{t('signing.before')}</th>
                    <th scope="col">{t('signing.after')}</th>
                  </tr>
                </thead>
                <tbody>
                  {changes.map((change) => (
                    <tr key={change.label}>
                      <th scope="row">{change.label}</th>
                      <td>
                        <del>{change.before === '' ? t('signing.empty') : change.before}</del>
                      </td>
                      <td>{change.after === '' ? t('signing.empty') : change.after}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </article>
        );
      })}
    </section>
  );
}
