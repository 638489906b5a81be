import { useEffect, useState } from 'react';
import type { Employer, User } from '../../../shared/model';
import { hasPermission } from '../../../shared/permissions';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { useT } from '../../i18n/LocaleContext';
import { LiftingTasks } from './LiftingTasks';
import { PreventionDashboard } from './PreventionDashboard';
import { RosterImport } from './RosterImport';
import { PREVENTION_SECTIONS, href, paths, preventionSection } from '../../app/routes';

/** The prevention advisor's workspace: the dashboard, lifting tasks and the roster import (see paths.prevention). */
export function PreventionScreen({ path, user, today }: { path: string; user: User; today: string }) {
  const { t } = useT();
  const [employers, setEmployers] = useState<Employer[] | null>(null);
  const [employerId, setEmployerId] = useState<number | null>(null);
  const [refresh, setRefresh] = useState(0);
  const section = preventionSection(path);
  const canEdit = hasPermission(user.role, 'workplace.write');

  useEffect(() => {
    void call('workplace.list', {}).then((result) => {
      if (!result.ok) return;
      setEmployers(result.value);
      setEmployerId((current) => current ?? result.value[0]?.id ?? null);
    });
  }, [refresh]);

  const employer = employers?.find((e) => e.id === employerId) ?? null;
  const visible = PREVENTION_SECTIONS.filter((s) => s !== 'import' || canEdit);

  return (
    <div className="prevention">
      <div className="prevention__header">
        <div>
          <h1>{t('prevention.title')}</h1>
          <p className="lead">{t('prevention.lead')}</p>
        </div>
        {employers && employers.length > 0 && (
          <Field label={t('prevention.employer')}>
            {(props) => (
              <select {...props} value={employerId ?? ''} onChange={(e) => setEmployerId(Number(e.target.value))}>
                {employers.map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
      <nav className="tabs" aria-label={t('prevention.sections')}>
        {visible.map((s) => (
          <a key={s} href={href(paths.prevention(s))} aria-current={s === section ? 'page' : undefined}>
            {t(`prevention.tab.${s}`)}
          </a>
        ))}
      </nav>
      {employers !== null && employers.length === 0 && <p className="empty">{t('prevention.noEmployers')}</p>}
      {employer && section === 'dashboard' && <PreventionDashboard key={employer.id} employer={employer} today={today} />}
      {employer && section === 'lifting' && (
        <LiftingTasks key={employer.id} employer={employer} today={today} assessor={user.name} canEdit={canEdit} />
      )}
      {employer && section === 'import' && canEdit && (
        <RosterImport key={employer.id} employer={employer} onImported={() => setRefresh((n) => n + 1)} />
      )}
    </div>
  );
}
