import { useCallback, useEffect, useState } from 'react';
import type { Dossier } from '../../../shared/channels/dossierChannels';
import { ageOn } from '../../../shared/i18n/format';
import { type Employer, isLegalStep } from '../../../shared/model';
import { call } from '../../api/client';
import { draftWritesSettled } from '../../api/draftWrites';
import { errorText } from '../../api/errorText';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';
import { useUnsavedChangesGuard } from '../../app/useUnsavedChangesGuard';
import { clockTime } from '../../app/localTime';
import { WorkerForm } from '../workers/WorkerForm';
import { agendaItemLabel } from '../agenda/agendaItemLabel';
import { PlanSummary } from '../rtw/PlanSummary';
import { AccessLogSection } from './AccessLogSection';
import { EpisodeCloseForm } from './EpisodeCloseForm';
import { DossierExportButton } from './DossierExportButton';
import { PaperQuestionnaire } from '../documents/PaperQuestionnaire';
import { ConsultationSummaryLine } from './ConsultationSummaryLine';
import { OutcomeChart } from '../followUp/OutcomeChart';
import { CaseHeader } from './CaseHeader';
import { LegalSteps } from './LegalSteps';
import { href, paths } from '../../app/routes';

/** A worker's dossier: who, the current episode, what is due, the current plan and the history. */
export function DossierScreen({ workerId }: { workerId: number }) {
  const translator = useT();
  const { t, plural, number, date } = translator;
  const [dossier, setDossier] = useState<Dossier | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [employers, setEmployers] = useState<Employer[]>([]);
  const [dirty, setDirty] = useState(false);
  useUnsavedChangesGuard(dirty);

  const load = useCallback(async () => {
    // The dossier lists drafts: a draft still being written when the intake closed is shown too.
    await draftWritesSettled();
    const result = await call('dossier.get', { workerId });
    if (result.ok) setDossier(result.value);
    else setFailure(errorText(result.error, translator));
  }, [workerId, translator]);
  useEffect(() => void load(), [load]);

  async function edit() {
    const result = await call('workplace.list', {});
    if (result.ok) setEmployers(result.value);
    setEditing(true);
  }

  if (failure) return <Notice tone="error">{failure}</Notice>;
  if (!dossier) return <p className="muted">{t('common.loading')}</p>;

  const { worker, today } = dossier;
  const current = dossier.episodes.find((episode) => episode.closedOn === null) ?? null;
  // The chart follows the current episode, or the latest one with measurements.
  const chartEpisode = current && current.outcomes.length > 0 ? current : (dossier.episodes.find((episode) => episode.outcomes.length > 0) ?? null);
  const newDraft = dossier.drafts.find((draft) => draft.consultationId === null);
  // Legal milestones are listed with their state under the legal steps: not twice.
  const legalCodes = new Set(dossier.glance?.legal.map((line) => line.code) ?? []);
  const openActions = dossier.openActions.filter((item) => !((item.kind === 'poortwachter' || item.kind === 'belgianMilestone') && legalCodes.has(item.code)));

  return (
    <div className="dossier">
      <header className="page-header">
        <a href={href(paths.workers())} className="back-link">
          ← {t('dossier.backToWorkers')}
        </a>
        <div className="page-header__row">
          <div>
            <h1>
              {worker.firstName} {worker.lastName}
            </h1>
            <p className="muted">
              {t('dossier.age', { age: ageOn(worker.birthDate, today) })} · {date(worker.birthDate)} · {worker.personnelNumber}
            </p>
          </div>
          <div className="page-header__actions">
            <button type="button" className="button" onClick={() => void edit()} aria-expanded={editing}>
              {t('dossier.editDetails')}
            </button>
            <DossierExportButton workerId={worker.id} />
            <a className="button" href={href(paths.legal(worker.id))}>
              {t('legal.open')}
            </a>
            <a className="button button--primary" href={href(paths.consultation(worker.id, null))}>
              {newDraft ? t('dossier.continueConsultation', { time: clockTime(newDraft.savedAt) }) : t('dossier.newConsultation')}
            </a>
          </div>
        </div>
        <dl className="facts">
          <div>
            <dt>{t('workers.employer')}</dt>
            <dd>{worker.employerName}</dd>
          </div>
          <div>
            <dt>{t('workers.department')}</dt>
            <dd>{worker.departmentName ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('workers.job')}</dt>
            <dd>{worker.jobTitle ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('workers.contractHours')}</dt>
            <dd>{t('dossier.hoursPerWeek', { hours: number(worker.contractHoursPerWeek) })}</dd>
          </div>
        </dl>
        {current && dossier.glance ? <CaseHeader episode={current} glance={dossier.glance} /> : <p className="muted">{t('dossier.noEpisode')}</p>}
      </header>

      {editing && (
        <div className="dossier__edit">
          <WorkerForm
            worker={worker}
            employers={employers}
            defaultEmployerId={worker.employerId}
            today={today}
            onDirtyChange={setDirty}
            onSaved={() => {
              setEditing(false);
              setDirty(false);
              void load();
            }}
            onStoredTaken={() => void load()}
          />
          <button type="button" className="button button--quiet-dark" onClick={() => setEditing(false)}>
            {t('common.close')}
          </button>
        </div>
      )}

      <div className="dossier__grid">
        <div className="dossier__column">
        {dossier.glance && <LegalSteps lines={dossier.glance.legal} />}
        <section className="panel" aria-labelledby="open-actions-title">
          <h2 id="open-actions-title">{t('dossier.openActions')}</h2>
          {openActions.length === 0 ? (
            <p className="muted">{t('dossier.noOpenActions')}</p>
          ) : (
            <ul className="due-list">
              {openActions.map((item) => (
                <li key={`${item.kind}-${item.code}-${item.due}`} className={item.overdue ? (isLegalStep(item.kind) ? 'due due--overdue' : 'due due--late') : 'due'}>
                  <span className="due__date">{date(item.due)}</span>
                  <span>
                    {agendaItemLabel(item, translator)}
                    {item.overdue && <strong className="due__flag"> · {t('agenda.overdue')}</strong>}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <PaperQuestionnaire workerId={worker.id} />
        </section>

        </div>

        <section className="panel" aria-labelledby="plan-title">
          <div className="panel__header">
            <h2 id="plan-title">{t('rtw.title')}</h2>
            {current && (
              <a className="button" href={href(paths.plan(worker.id, current.id))}>
                {dossier.currentPlan ? t('rtw.open') : t('rtw.create')}
              </a>
            )}
          </div>
          {dossier.currentPlan ? (
            <PlanSummary version={dossier.currentPlan} today={today} nextEvaluation={dossier.glance?.nextEvaluation ?? null} focus />
          ) : (
            <p className="muted">{t('rtw.none')}</p>
          )}
        </section>
      </div>

      {chartEpisode && (
        <section className="panel" aria-labelledby="outcomes-title">
          <h2 id="outcomes-title">{t('followUp.chart.title')}</h2>
          <OutcomeChart points={chartEpisode.outcomes} plan={chartEpisode.plan} contractHours={worker.contractHoursPerWeek} />
        </section>
      )}

      <section className="panel" aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('dossier.timeline')}</h2>
        {dossier.episodes.length === 0 && <p className="muted">{t('dossier.noConsultations')}</p>}
        <ol className="timeline">
          {dossier.episodes.map((episode) => (
            <li key={episode.id} className="timeline__episode">
              <h3>
                {t('dossier.episodeTitle', { date: date(episode.onsetDate) })}
                <span className="muted">
                  {' '}
                  · {t(`clinicalPanel.phase.${episode.phase}`)} · {plural('dossier.weeks', episode.weeks)}
                  {episode.sickLeaveStart && ` · ${t('dossier.sickLeaveSince', { date: date(episode.sickLeaveStart) })}`}
                  {episode.sickLeaveEnd && ` · ${t('dossier.returnedOn', { date: date(episode.sickLeaveEnd) })}`}
                  {episode.closedOn && ` · ${t('dossier.closedOn', { date: date(episode.closedOn) })}`}
                </span>
              </h3>
              {episode.id === current?.id && (
                <EpisodeCloseForm workerId={worker.id} episodeId={episode.id} today={today} onClosed={() => void load()} />
              )}
              <ul className="timeline__consultations">
                {episode.consultations.map((c) => (
                  <li key={c.id}>
                    <a href={href(paths.consultation(worker.id, c.id))} className="timeline__link">
                      <span className="timeline__date">{date(c.consultationDate)}</span>
                      <ConsultationSummaryLine consultation={c} />
                    </a>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>

      <AccessLogSection workerId={worker.id} />
    </div>
  );
}
