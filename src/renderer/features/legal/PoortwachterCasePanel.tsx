import type { LegalMilestoneLine } from '../../../shared/channels/dossierChannels';
import type { LegalTrajectory } from '../../../shared/channels/legalChannels';
import { POORTWACHTER_LABELS, textIn } from '../../../shared/rules';
import { MilestoneLineState } from '../../components/DeadlineState';
import { useT } from '../../i18n/LocaleContext';

type Case = NonNullable<LegalTrajectory['poortwachter']>;

/** The merged sick periods of the case and every Poortwachter deadline with its date and state. */
export function PoortwachterCasePanel({ poortwachter, states, today }: { poortwachter: Case; states: LegalMilestoneLine[]; today: string }) {
  const { t, date, locale } = useT();
  const first = poortwachter.periods[0];
  return (
    <section className="panel" aria-labelledby="poortwachter-title">
      <h2 id="poortwachter-title">{t('legal.poortwachter.title')}</h2>
      <p>
        <strong>
          {poortwachter.open
            ? t('legal.poortwachter.open', { date: date(first?.firstSickDay ?? ''), week: poortwachter.week, days: poortwachter.sickDays })
            : t('legal.poortwachter.recovered', { date: date(poortwachter.recoveredOn ?? ''), days: poortwachter.sickDays })}
        </strong>
      </p>
      <p className="muted">{t('legal.poortwachter.gradedReturn')}</p>

      <h3>{t('legal.poortwachter.periods')}</h3>
      <ol className="legal-periods">
        {poortwachter.periods.map((period, index) => (
          <li key={period.firstSickDay}>
            {period.recoveredOn === null
              ? t('legal.poortwachter.periodOpen', { from: date(period.firstSickDay) })
              : t('legal.poortwachter.period', { from: date(period.firstSickDay), to: date(period.recoveredOn), days: period.sickDays })}
            {poortwachter.recoveryGaps[index] !== undefined && (
              <p className="muted">{t('legal.poortwachter.gap', { days: poortwachter.recoveryGaps[index] })}</p>
            )}
          </li>
        ))}
      </ol>

      <h3>{t('legal.poortwachter.milestones')}</h3>
      <ul className="due-list" aria-label={t('legal.poortwachter.milestones')}>
        {poortwachter.milestones.map((milestone) => (
          <li key={milestone.code} className="due">
            <span className="due__date">{date(milestone.due)}</span>
            <span>
              {textIn(POORTWACHTER_LABELS[milestone.code], locale.language)} · {t('glance.legal.week', { week: milestone.week })}
              {/* UWV's first working day only when it differs from the legal date. */}
              {milestone.code === 'ziekmelding42' && poortwachter.ziekmelding42.uwvFirstWorkingDay !== milestone.due && (
                <span className="muted"> · {t('legal.poortwachter.uwvDate', { date: date(poortwachter.ziekmelding42.uwvFirstWorkingDay) })}</span>
              )}
            </span>
            <MilestoneLineState line={states.find((line) => line.scheme === 'poortwachter' && line.code === milestone.code)} today={today} />
          </li>
        ))}
      </ul>
      {poortwachter.nextEvaluationAdvice !== null && (
        <p className="muted">{t('legal.poortwachter.evaluationAdvice', { date: date(poortwachter.nextEvaluationAdvice) })}</p>
      )}
    </section>
  );
}
