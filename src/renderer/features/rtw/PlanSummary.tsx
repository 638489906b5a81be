import type { PlanVersion } from '../../../shared/model';
import { PLAN_ON_HOLD_TEXT, fullDutiesText, restrictionText, textIn } from '../../../shared/rules';
import { useT } from '../../i18n/LocaleContext';

/** One version of a plan, as the employer would read it: dates, hours and functional restrictions. */
export function PlanSummary({ version }: { version: PlanVersion }) {
  const { t, plural, date, number, locale } = useT();
  const plan = version.plan;
  return (
    <div className="plan-summary">
      <p className="muted">
        {t('rtw.versionLine', { version: version.version, date: date(version.createdAt.slice(0, 10)), name: version.createdByName })}
        {version.nextReview && <span className="nowrap"> · {t('rtw.nextReview', { date: date(version.nextReview) })}</span>}
      </p>
      {plan.status === 'onHold' ? (
        <p className="plan-summary__hold">
          <strong>{t('rtw.onHold')}</strong> {textIn(PLAN_ON_HOLD_TEXT, locale.language, locale.jurisdiction)}
          {plan.reviewDate && ` ${t('rtw.reviewOn', { date: date(plan.reviewDate) })}`}
        </p>
      ) : (
        <ol className="plan-steps">
          {plan.steps.map((step, index) => (
            <li key={`${step.startDate}-${index}`}>
              <span className="plan-steps__when">
                {t('rtw.fromDate', { date: date(step.startDate) })} · {plural('rtw.hoursPerWeekValue', step.hoursPerWeek)}
              </span>
              {step.duties === 'full' ? (
                <span>{fullDutiesText(number(plan.contractHoursPerWeek), locale.language, locale.jurisdiction)}</span>
              ) : step.restrictions.length === 0 ? (
                <span>{t('rtw.adaptedNoRestrictions')}</span>
              ) : (
                <ul className="plan-steps__restrictions">
                  {step.restrictions.map((r) => (
                    <li key={r.code}>{restrictionText(r, locale.language)}</li>
                  ))}
                </ul>
              )}
              {step.note && <span className="plan-steps__note">{step.note}</span>}
              <span className="muted small">{t('rtw.reviewOn', { date: date(step.reviewDate) })}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
