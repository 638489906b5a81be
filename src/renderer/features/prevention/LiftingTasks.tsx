import { useCallback, useEffect, useState } from 'react';
import { liftingIndexText, type Employer, type StoredLiftingTask } from '../../../shared/model';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';
import { LiftingTaskForm } from './LiftingTaskForm';

/** The employer's lifting tasks with their NIOSH band; add, change or delete one. */
export function LiftingTasks({ employer, today, assessor, canEdit }: { employer: Employer; today: string; assessor: string; canEdit: boolean }) {
  const translator = useT();
  const { t, locale } = translator;
  const [tasks, setTasks] = useState<StoredLiftingTask[]>([]);
  const [editing, setEditing] = useState<StoredLiftingTask | 'new' | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  const load = useCallback(async () => {
    const result = await call('prevention.liftingTasks', { employerId: employer.id });
    if (result.ok) setTasks(result.value);
    else setMessage({ tone: 'error', text: errorText(result.error, translator) });
  }, [employer.id, translator]);
  useEffect(() => void load(), [load]);

  async function remove(task: StoredLiftingTask) {
    if (!window.confirm(t('prevention.lifting.confirmDelete', { name: task.name }))) return;
    const result = await call('prevention.deleteLiftingTask', { id: task.id });
    setMessage(result.ok ? { tone: 'success', text: t('prevention.lifting.deleted') } : { tone: 'error', text: errorText(result.error, translator) });
    await load();
  }

  if (employer.jobPositions.length === 0) return <Notice tone="info">{t('prevention.lifting.noJobs')}</Notice>;

  return (
    <div className="lifting-tasks">
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      {editing !== null ? (
        <LiftingTaskForm
          key={editing === 'new' ? 'new' : editing.id}
          employer={employer}
          task={editing === 'new' ? null : editing}
          today={today}
          assessor={assessor}
          onCancel={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            setMessage({ tone: 'success', text: t('prevention.lifting.saved', { name: saved.name }) });
            void load();
          }}
        />
      ) : (
        <section className="panel" aria-labelledby="lifting-title">
          <div className="panel__header">
            <h2 id="lifting-title">{t('prevention.lifting.title')}</h2>
            {canEdit && (
              <button type="button" className="button" onClick={() => setEditing('new')}>
                + {t('prevention.lifting.new')}
              </button>
            )}
          </div>
          {tasks.length === 0 ? (
            <p className="empty">{t('prevention.noLiftingTasks')}</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('prevention.col.task')}</th>
                  <th scope="col">{t('prevention.col.job')}</th>
                  <th scope="col" className="numeric">{t('prevention.lifting.load')}</th>
                  <th scope="col" className="numeric">RWL (kg)</th>
                  <th scope="col" className="numeric">{t('prevention.lifting.li')}</th>
                  <th scope="col">{t('prevention.lifting.assessed')}</th>
                  {canEdit && <th scope="col"><span className="visually-hidden">{t('common.edit')}</span></th>}
                </tr>
              </thead>
              <tbody>
                {tasks.map((task) => (
                  <tr key={task.id}>
                    <th scope="row">{task.name}</th>
                    <td>{task.jobTitle}</td>
                    <td className="numeric">{translator.number(task.loadKg)}</td>
                    <td className="numeric">{translator.number(task.result.rwlKg, 1)}</td>
                    <td className="numeric">
                      <span className={`band band--${task.result.band}`}>
                        {liftingIndexText(task.result.liftingIndex, locale.language, locale.jurisdiction)} · {t(`prevention.band.${task.result.band}`)}
                      </span>
                    </td>
                    <td>
                      {translator.date(task.assessedOn)} · {task.assessor}
                    </td>
                    {canEdit && (
                      <td className="row-actions">
                        <button type="button" className="button button--small" onClick={() => setEditing(task)}>
                          {t('common.edit')}
                        </button>
                        <button type="button" className="button button--small button--neutral" onClick={() => void remove(task)}>
                          {t('prevention.lifting.delete')}
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </div>
  );
}
