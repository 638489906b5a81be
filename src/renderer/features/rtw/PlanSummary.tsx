import { useState } from 'react';
import type { PlanStep, PlanVersion } from '../../../shared/model';
import { PLAN_ON_HOLD_TEXT, fullDutiesText, fullReturnDate, nextPlanStep, planStepOn, restrictionText, textIn } from '../../../shared/rules';
import { useT } from '../../i18n/LocaleContext';

/** `contractHours`: the worker's contract hours, written the reader's way, for the full-duties step. */
function StepItem({ step, number, count, now, contractHours }: { step: PlanStep; number: number; count: number; now: boolean; contractHours: string }) {
  const { t, plural, date, locale } = useT();
  return (
    <li className={now ? 'plan-steps__now' : undefined} aria-current={now ? 'step' : undefined}>
      <span className="plan-steps__when">
        {t('rtw.fromDate', { date: date(step.startDate) })} · {plural('rtw.hoursPerWeekValue', step.hoursPerWeek)}
        {now && <span className="plan-steps__badge"> · {t('glance.plan.now', { step: number, count })}</span>}
      </span>
      {step.duties === 'full' ? (
        <span>{fullDutiesText(contractHours, locale.language, locale.jurisdiction)}</span>
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
  );
}

/**
 * One version of a plan, as the employer would read it: dates, hours and functional restrictions,
 * the step in force on `today` marked. `nextEvaluation` (the current version only) and the full
 * return come from the rules' one source. With `focus`, only the current and the next step are
 * shown, the others one click away.
 */
export function PlanSummary({
  version,
  today,
  nextEvaluation = null,
  focus = false,
}: {
  version: PlanVersion;
  today: string;
  nextEvaluation?: string | null;
  focus?: boolean;
}) {
  const { t, date, locale, number: formatNumber } = useT();
  const [all, setAll] = useState(!focus);
  const plan = version.plan;
  const now = planStepOn(plan, today);
  const next = nextPlanStep(plan, today);
  const full = fullReturnDate(plan);
  const shown = plan.steps
    .map((step, index) => ({ step, number: index + 1 }))
    .filter(({ number }) => all || number === now?.number || number === next?.number);
  return (
    <div className="plan-summary">
      <p className="muted">
        {t('rtw.versionLine', { version: version.version, date: date(version.createdAt.slice(0, 10)), name: version.createdByName })}
        {nextEvaluation && <span className="nowrap"> · {t('rtw.nextReview', { date: date(nextEvaluation) })}</span>}
      </p>
      {plan.status === 'onHold' ? (
        <p className="plan-summary__hold">
          <strong>{t('rtw.onHold')}</strong> {textIn(PLAN_ON_HOLD_TEXT, locale.language, locale.jurisdiction)}
          {plan.reviewDate && ` ${t('rtw.reviewOn', { date: date(plan.reviewDate) })}`}
        </p>
      ) : (
        <>
          {full !== null && (
            <p>
              {t('glance.fullReturn')} <strong>{date(full)}</strong>
              {now === null && plan.steps[0] && ` · ${t('glance.plan.notStarted', { date: date(plan.steps[0].startDate) })}`}
            </p>
          )}
          <ol className="plan-steps">
            {shown.map(({ step, number }) => (
              <StepItem
                key={`${step.startDate}-${number}`}
                step={step}
                number={number}
                count={plan.steps.length}
                now={number === now?.number}
                contractHours={formatNumber(plan.contractHoursPerWeek)}
              />
            ))}
          </ol>
          {focus && plan.steps.length > 2 && (
            <button type="button" className="link-button" aria-expanded={all} onClick={() => setAll(!all)}>
              {all ? t('glance.plan.fewerSteps') : `${t('glance.plan.allSteps')} (${plan.steps.length})`}
            </button>
          )}
        </>
      )}
    </div>
  );
}
