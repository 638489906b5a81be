import { useCallback, useEffect, useState } from 'react';
import type { Employer, Worker, WorkerListItem } from '../../../shared/model';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';
import { useUnsavedChangesGuard } from '../../app/useUnsavedChangesGuard';
import { WorkerForm } from './WorkerForm';
import { navigate, paths } from '../../app/routes';

type Selection = { kind: 'none' } | { kind: 'new' } | { kind: 'worker'; worker: Worker };

/** Find workers by name or personnel number, per employer, and create or edit them. */
export function WorkersScreen({ today }: { today: string }) {
  const translator = useT();
  const { t, plural, date } = translator;
  const [employers, setEmployers] = useState<Employer[]>([]);
  const [employerId, setEmployerId] = useState<number | null>(null);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<WorkerListItem[]>([]);
  const [selection, setSelection] = useState<Selection>({ kind: 'none' });
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [dirty, setDirty] = useState(false);
  const [refresh, setRefresh] = useState(0);
  useUnsavedChangesGuard(dirty);

  useEffect(() => {
    void call('workplace.list', {}).then((result) => {
      if (result.ok) setEmployers(result.value);
    });
  }, [refresh]);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      void call('workers.search', { query, employerId, limit: 100 }).then((result) => {
        if (!current) return;
        if (result.ok) setResults(result.value);
        else setMessage({ tone: 'error', text: errorText(result.error, translator) });
      });
    }, 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, employerId, refresh, translator]);

  const leaveAllowed = useCallback(() => !dirty || window.confirm(t('workers.unsavedChanges')), [dirty, t]);

  /** Opens the worker's dossier (which also holds the form to edit the details). */
  function open(id: number) {
    if (!leaveAllowed()) return;
    navigate(paths.dossier(id));
  }

  return (
    <div className="workers">
      <section className="workers__list panel" aria-labelledby="workers-title">
        <div className="panel__header">
          <h1 id="workers-title">{t('workers.title')}</h1>
          <button
            type="button"
            className="button"
            onClick={() => {
              if (!leaveAllowed()) return;
              setMessage(null);
              setSelection({ kind: 'new' });
            }}
          >
            + {t('workers.new')}
          </button>
        </div>
        <div className="search">
          <label htmlFor="worker-search" className="visually-hidden">
            {t('workers.search')}
          </label>
          <input
            id="worker-search"
            type="search"
            placeholder={t('workers.search')}
            value={query}
            autoFocus
            onChange={(e) => setQuery(e.target.value)}
          />
          <label htmlFor="employer-filter" className="visually-hidden">
            {t('workers.filterEmployer')}
          </label>
          <select
            id="employer-filter"
            value={employerId ?? ''}
            onChange={(e) => setEmployerId(e.target.value === '' ? null : Number(e.target.value))}
          >
            <option value="">{t('workers.allEmployers')}</option>
            {employers.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name} ({e.workerCount})
              </option>
            ))}
          </select>
        </div>
        <p className="search__count" aria-live="polite">
          {plural('workers.count', results.length)}
        </p>
        {results.length === 0 ? (
          <p className="empty">{t('workers.noResults')}</p>
        ) : (
          <ul className="worker-list">
            {results.map((w) => (
              <li key={w.id}>
                <button
                  type="button"
                  className={selection.kind === 'worker' && selection.worker.id === w.id ? 'worker-row worker-row--active' : 'worker-row'}
                  aria-current={selection.kind === 'worker' && selection.worker.id === w.id ? 'true' : undefined}
                  onClick={() => void open(w.id)}
                >
                  <span className="worker-row__name">
                    {w.lastName}, {w.firstName}
                  </span>
                  <span className="worker-row__meta">
                    {t('glance.bornOn', { date: date(w.birthDate) })} · {w.personnelNumber} · {w.employerName}
                    {w.jobTitle ? ` · ${w.jobTitle}` : ''}
                  </span>
                  {w.workStatus !== null && <span className={`worker-row__status worker-row__status--${w.workStatus}`}>{t(`intake.workStatus.${w.workStatus}`)}</span>}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="workers__detail" aria-live="polite">
        {message && <Notice tone={message.tone}>{message.text}</Notice>}
        {selection.kind === 'none' && <p className="empty empty--large">{t('workers.selectHint')}</p>}
        {selection.kind !== 'none' && (
          <WorkerForm
            key={selection.kind === 'worker' ? selection.worker.id : 'new'}
            worker={selection.kind === 'worker' ? selection.worker : null}
            employers={employers}
            defaultEmployerId={employerId}
            today={today}
            onDirtyChange={setDirty}
            onSaved={(worker) => {
              setMessage({ tone: 'success', text: t('workers.savedMessage', { name: `${worker.firstName} ${worker.lastName}` }) });
              setSelection({ kind: 'worker', worker });
              setRefresh((n) => n + 1);
            }}
            onStoredTaken={(worker) => {
              setSelection({ kind: 'worker', worker });
              setRefresh((n) => n + 1);
            }}
          />
        )}
      </section>
    </div>
  );
}
