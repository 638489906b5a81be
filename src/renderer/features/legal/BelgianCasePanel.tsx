import { useState } from 'react';
import type { LegalMilestoneLine } from '../../../shared/channels/dossierChannels';
import type { BelgianCase } from '../../../shared/channels/legalChannels';
import { BELGIAN_LABELS, milestoneState, textIn, trajectoryTermInputs } from '../../../shared/rules';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { DeadlineState, MilestoneLineState } from '../../components/DeadlineState';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';
import { downloadFile } from '../prevention/download';
import { TrajectoryForm } from './TrajectoryForm';

/**
 * BE: the incapacity's deadlines under the rules of its date, and the re-integration trajectory with
 * its terms, each with its state (the assessment done once recorded, the plan once received).
 */
export function BelgianCasePanel({
  workerId,
  today,
  belgian: initial,
  states,
}: {
  workerId: number;
  today: string;
  belgian: BelgianCase;
  states: LegalMilestoneLine[];
}) {
  const translator = useT();
  const { t, date } = translator;
  const [belgian, setBelgian] = useState(initial);
  const [editing, setEditing] = useState(false);
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const rules = belgian.rules;
  const unverified = <span className="badge badge--attention">{t('legal.belgium.unverified')}</span>;

  async function pdf() {
    setOutcome(null);
    const result = await call('legal.reintegrationAssessmentPdf', { workerId });
    if (!result.ok) return setOutcome({ tone: 'error', text: errorText(result.error, translator) });
    downloadFile(result.value.fileName, result.value.base64, 'application/pdf');
    setOutcome({ tone: 'success', text: t('documentsUi.ready', { file: result.value.fileName }) });
  }

  return (
    <>
      <section className="panel" aria-labelledby="belgium-title">
        <h2 id="belgium-title">{t('legal.belgium.title')}</h2>
        <p>
          <strong>{t('legal.belgium.since', { date: date(belgian.firstDayOfIncapacity) })}</strong>
        </p>
        <p>
          <strong>{rules.version === '2026-01' ? t('legal.belgium.rules2026') : t('legal.belgium.rules2022')}</strong>
          <br />
          <span className="muted small">{t('legal.belgium.source', { source: rules.source })}</span>
        </p>
        <Notice tone="info">{t('legal.belgium.secondaryNote')}</Notice>
        <h3>{t('legal.belgium.milestones')}</h3>
        <ul className="due-list" aria-label={t('legal.belgium.milestones')}>
          {belgian.milestones.map((milestone) => (
            <li key={milestone.code} className="due">
              <span className="due__date">{date(milestone.date)}</span>
              <span>
                {milestone.code === 'healthFundQuestionnaire'
                  ? t('legal.belgium.milestone.healthFundQuestionnaire')
                  : textIn(BELGIAN_LABELS[milestone.code], translator.locale.language, translator.locale.jurisdiction)}
              </span>
              <MilestoneLineState line={states.find((line) => line.scheme === 'belgian' && line.code === milestone.code)} today={today} />
            </li>
          ))}
        </ul>
        <ul className="legal-notes">
          <li>
            {t('legal.belgium.forceMajeure', { months: rules.medicalForceMajeure.months ?? 0 })}
          </li>
          {rules.mandatoryStart !== null && (
            <li>
              {t('legal.belgium.mandatoryStart', { months: rules.mandatoryStart.months ?? 0, threshold: rules.mandatoryStart.workersThreshold })} {unverified}
            </li>
          )}
          <li>
            {t('legal.trajectory.invitations', { count: rules.unansweredInvitations.count })} {unverified}
          </li>
        </ul>
      </section>

      <section className="panel" aria-labelledby="trajectory-title">
        <div className="panel__header">
          <h2 id="trajectory-title">{t('legal.trajectory.title')}</h2>
          {!editing && (
            <button type="button" className="button" onClick={() => setEditing(true)}>
              {belgian.trajectory === null ? t('legal.trajectory.record') : t('legal.trajectory.update')}
            </button>
          )}
        </div>
        {outcome && <Notice tone={outcome.tone}>{outcome.text}</Notice>}
        {belgian.terms === null ? (
          <p className="muted">{t('legal.trajectory.none')}</p>
        ) : (
          <>
            <p>
              {t(`legal.trajectory.initiator.${belgian.trajectory?.trajectory.initiator ?? 'worker'}`)} · {t('legal.trajectory.requestDate')}{' '}
              {date(belgian.trajectory?.trajectory.requestDate ?? today)}
              {belgian.trajectory?.trajectory.decision && ` · ${t(`legal.trajectory.decision.${belgian.trajectory.trajectory.decision}`)}`}
            </p>
            <h3>{t('legal.trajectory.terms')}</h3>
            <ul className="due-list" aria-label={t('legal.trajectory.terms')}>
              {trajectoryTermInputs(belgian.terms.terms, {
                assessmentDate: belgian.trajectory?.trajectory.assessmentDate ?? null,
                planReceivedOn: belgian.trajectory?.trajectory.planReceivedOn ?? null,
              }).map((term, index) => (
                <li key={term.code} className="due">
                  <span className="due__date">{date(term.due)}</span>
                  <span>
                    {t(`legal.trajectory.term.${term.code}`)} {belgian.terms?.terms[index]?.verification === 'sourcesDisagree' && unverified}
                  </span>
                  <DeadlineState state={milestoneState(term, today, null)} due={term.due} doneOn={term.doneOn} today={today} />
                </li>
              ))}
            </ul>
            <button type="button" className="button button--small" onClick={() => void pdf()}>
              {t('legal.trajectory.pdf')}
            </button>
          </>
        )}
        {editing && (
          <TrajectoryForm
            workerId={workerId}
            today={today}
            saved={belgian.trajectory?.trajectory ?? null}
            onCancel={() => setEditing(false)}
            onSaved={(next) => {
              setBelgian(next);
              setEditing(false);
              setOutcome({ tone: 'success', text: t('legal.trajectory.saved') });
            }}
          />
        )}
      </section>
    </>
  );
}
