import { useEffect, useState } from 'react';
import type { Employer } from '../../../shared/model';
import { call } from '../../api/client';
import { useT } from '../../i18n/LocaleContext';
import { EmployerForm } from './EmployerForm';
import { EmployerDetail } from './EmployerDetail';

/** Employers with their departments and job positions (and each job's demands). */
export function EmployersScreen({ canEdit, onEmployerAdded }: { canEdit: boolean; onEmployerAdded(): void }) {
  const { t, plural } = useT();
  const [employers, setEmployers] = useState<Employer[]>([]);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const [refresh, setRefresh] = useState(0);

  useEffect(() => {
    void call('workplace.list', {}).then((result) => {
      if (result.ok) setEmployers(result.value);
    });
  }, [refresh]);

  const selected = employers.find((e) => e.id === selectedId) ?? null;

  return (
    <div className="workers">
      <section className="workers__list panel" aria-labelledby="employers-title">
        <div className="panel__header">
          <h1 id="employers-title">{t('workplaces.title')}</h1>
          {canEdit && (
            <button type="button" className="button" onClick={() => setAdding(true)}>
              + {t('workplaces.newEmployer')}
            </button>
          )}
        </div>
        {employers.length === 0 ? (
          <p className="empty">{t('workplaces.none')}</p>
        ) : (
          <ul className="worker-list">
            {employers.map((e) => (
              <li key={e.id}>
                <button
                  type="button"
                  className={e.id === selectedId ? 'worker-row worker-row--active' : 'worker-row'}
                  aria-current={e.id === selectedId ? 'true' : undefined}
                  onClick={() => {
                    setAdding(false);
                    setSelectedId(e.id);
                  }}
                >
                  <span className="worker-row__name">{e.name}</span>
                  <span className="worker-row__meta">
                    {plural('workplaces.workers', e.workerCount)} · {t(`sector.${e.sector}`)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="workers__detail">
        {adding && (
          <EmployerForm
            onSaved={(id) => {
              setAdding(false);
              setSelectedId(id);
              setRefresh((n) => n + 1);
              onEmployerAdded();
            }}
          />
        )}
        {!adding && selected && (
          <EmployerDetail employer={selected} canEdit={canEdit} onChanged={() => setRefresh((n) => n + 1)} />
        )}
      </section>
    </div>
  );
}
