import type { ReactNode } from 'react';
import {
  CHRONICITY_LEVEL_LABELS,
  PLAN_ON_HOLD_TEXT,
  RADICULAR_TEXT,
  RED_FLAG_ACTIONS,
  RED_FLAG_LABELS,
  STRATIFIED_CARE_TEXTS,
  SUSPECTED_CONDITION_LABELS,
  URGENCY_LABELS,
  textIn,
  type LocalizedText,
  type RedFlagScreening,
} from '../../../shared/rules';
import type { MessageKey } from '../../../shared/i18n';
import { useT } from '../../i18n/LocaleContext';
import { DeadlineList } from './DeadlineList';
import type { LiveEvaluation } from './liveEvaluation';

/** The form field a RuleInputError names, as the user knows it. */
const FIELD_LABELS: Record<string, MessageKey> = {
  onsetDate: 'intake.onsetDate',
  birthDate: 'workers.birthDate',
  consultationDate: 'intake.consultationDate',
  sickLeaveStart: 'intake.sickLeaveStart',
  returnDate: 'intake.sickLeaveEnd',
  planVanAanpakDate: 'intake.planVanAanpakDate',
  probleemanalyseDate: 'followUp.probleemanalyseDate',
  lbpIncapacityDaysPrevious12Months: 'intake.lbpDays',
};

const URGENCY_ICON = { none: '✓', routine: 'i', within48h: '!', immediate: '!!' } as const;

function RedFlagBlock({ redFlags, acknowledged }: { redFlags: RedFlagScreening; acknowledged: readonly string[] }) {
  const { t, locale } = useT();
  const text = (value: LocalizedText) => textIn(value, locale.language);
  const urgency = redFlags.urgency;
  return (
    <section className={`cp-block cp-block--${urgency}`} aria-labelledby="cp-red-flags">
      <h2 id="cp-red-flags">{t('clinicalPanel.redFlags')}</h2>
      <p className="cp-urgency">
        <span className="cp-urgency__icon" aria-hidden="true">
          {URGENCY_ICON[urgency]}
        </span>
        <strong>{text(URGENCY_LABELS[urgency])}</strong>
      </p>
      {redFlags.flags.length > 0 && (
        <ul className="cp-flags">
          {redFlags.flags.map((flag) => (
            <li key={flag.code}>
              {text(RED_FLAG_LABELS[flag.code])}
              <span className="muted">
                {' '}
                · {text(SUSPECTED_CONDITION_LABELS[flag.suspected])} · {text(URGENCY_LABELS[flag.urgency])}
                {flag.urgency === 'immediate' && acknowledged.includes(flag.code) && ` · ✓ ${t('clinicalPanel.acknowledged')}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p>{text(RED_FLAG_ACTIONS[urgency].text)}</p>
      {redFlags.radicular && <p className="cp-note">{text(RADICULAR_TEXT)}</p>}
    </section>
  );
}

/** The live clinical support beside the intake: the same evaluation main stores on save. */
export function ClinicalPanel({
  live,
  acknowledged,
  today,
  children,
}: {
  live: LiveEvaluation;
  acknowledged: readonly string[];
  today: string;
  /** Signals from the episode's course (shown under the red flags). */
  children?: ReactNode;
}) {
  const { t, plural, locale, date } = useT();
  const text = (value: LocalizedText) => textIn(value, locale.language);

  if (live.kind === 'partial') {
    return (
      <aside className="clinical-panel" aria-label={t('clinicalPanel.title')}>
        <RedFlagBlock redFlags={live.redFlags} acknowledged={acknowledged} />
        {children}
        <section className="cp-block" aria-live="polite">
          <p>
            {live.problem === 'onsetMissing'
              ? t('clinicalPanel.needOnset')
              : t('clinicalPanel.notEvaluable', { field: t(FIELD_LABELS[live.field ?? ''] ?? 'intake.section.questionnaires') })}
          </p>
        </section>
      </aside>
    );
  }

  const e = live.evaluation;
  const level = e.chronicity.level;
  return (
    <aside className="clinical-panel" aria-label={t('clinicalPanel.title')}>
      <RedFlagBlock redFlags={e.redFlags} acknowledged={acknowledged} />
      {children}

      <section className="cp-block" aria-labelledby="cp-phase">
        <h2 id="cp-phase">{t('clinicalPanel.phase')}</h2>
        <p>
          <strong>{t(`clinicalPanel.phase.${e.phase.phase}`)}</strong> ·{' '}
          {e.phase.weeks === 0
            ? plural('clinicalPanel.daysSinceOnset', e.phase.days)
            : t('clinicalPanel.weekOfEpisode', { weeks: e.phase.weeks, days: plural('clinicalPanel.daysSinceOnset', e.phase.days) })}
        </p>
      </section>

      <section className={`cp-block cp-block--risk-${level}`} aria-labelledby="cp-chronicity">
        <h2 id="cp-chronicity">{t('clinicalPanel.chronicity')}</h2>
        <p>
          <strong>{text(CHRONICITY_LEVEL_LABELS[level])}</strong>
          {e.startBack && ` · ${t('clinicalPanel.startBackScore', { total: e.startBack.total, psychosocial: e.startBack.psychosocial })}`}
          {e.orebro && ` · ${t('clinicalPanel.orebroScore', { total: e.orebro.total })}`}
        </p>
        <p>{text(STRATIFIED_CARE_TEXTS[level])}</p>
      </section>

      <section className="cp-block" aria-labelledby="cp-deadlines">
        <h2 id="cp-deadlines">{t('clinicalPanel.deadlines')}</h2>
        {e.deadlines ? <DeadlineList deadlines={e.deadlines} today={today} /> : <p className="muted">{t('clinicalPanel.noSickLeave')}</p>}
      </section>

      <section className="cp-block" aria-labelledby="cp-plan">
        <h2 id="cp-plan">{t('clinicalPanel.plan')}</h2>
        {e.plan.status === 'onHold' ? (
          <p>
            <strong>{t('clinicalPanel.planOnHold')}</strong> {text(PLAN_ON_HOLD_TEXT)}
          </p>
        ) : (
          <p>{plural('clinicalPanel.planSuggested', e.plan.steps.length, { date: date(e.plan.steps.at(-1)?.startDate) })}</p>
        )}
      </section>
    </aside>
  );
}
