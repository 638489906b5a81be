import { useState, type FormEvent } from 'react';
import { exposureKinds, type Employer, type ExposureLevel, type ExposureProfile } from '../../../shared/model';
import { call } from '../../api/client';
import { useSubmitForm } from '../../api/useSubmitForm';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';

const levels: ExposureLevel[] = ['none', 'low', 'moderate', 'high'];
const noExposure = Object.fromEntries(exposureKinds.map((kind) => [kind, 'none'])) as ExposureProfile;

/** One employer: its departments and its jobs with their demands; add new ones. */
export function EmployerDetail({ employer, canEdit, onChanged }: { employer: Employer; canEdit: boolean; onChanged(): void }) {
  const { t, plural, locale } = useT();
  const [departmentName, setDepartmentName] = useState('');
  const [jobTitle, setJobTitle] = useState('');
  const [jobDepartment, setJobDepartment] = useState('');
  const [maxLoad, setMaxLoad] = useState('');
  const [exposures, setExposures] = useState<ExposureProfile>(noExposure);
  const departmentForm = useSubmitForm();
  const jobForm = useSubmitForm();

  async function addDepartment(event: FormEvent) {
    event.preventDefault();
    if ((await departmentForm.send(() => call('workplace.saveDepartment', { employerId: employer.id, name: departmentName }))) === null) return;
    setDepartmentName('');
    onChanged();
  }

  async function addJob(event: FormEvent) {
    event.preventDefault();
    const load = maxLoad.trim().replace(',', '.');
    const saved = await jobForm.send(() =>
      call('workplace.saveJobPosition', {
        employerId: employer.id,
        departmentId: jobDepartment === '' ? null : Number(jobDepartment),
        title: jobTitle,
        maxLoadKg: load === '' ? null : Number(load),
        exposures,
      }),
    );
    if (saved === null) return;
    setJobTitle('');
    setMaxLoad('');
    setExposures(noExposure);
    onChanged();
  }

  return (
    <div className="panel">
      <h2>{employer.name}</h2>
      <p className="lead">
        {t(`sector.${employer.sector}`)} · {plural('workplaces.workers', employer.workerCount)}
      </p>
      <h3>{t('workplaces.departments')}</h3>
      <ul className="chips">
        {employer.departments.map((d) => (
          <li key={d.id} className="chip">
            {d.name}
          </li>
        ))}
      </ul>
      {departmentForm.failure && <Notice tone="error">{departmentForm.failure}</Notice>}
      {canEdit && (
        <form ref={departmentForm.ref} className="inline-form" onSubmit={addDepartment} noValidate>
          <Field label={t('workplaces.departmentName')} error={departmentForm.errors.name}>
            {(props) => <input {...props} value={departmentName} onChange={(e) => setDepartmentName(e.target.value)} />}
          </Field>
          <button type="submit" className="button" disabled={departmentForm.busy}>
            {t('workplaces.newDepartment')}
          </button>
        </form>
      )}
      <h3>{t('workplaces.jobs')}</h3>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('workplaces.jobTitle')}</th>
            <th scope="col">{t('workers.department')}</th>
            <th scope="col">{t('workplaces.maxLoad')}</th>
            <th scope="col">{t('workplaces.exposures')}</th>
          </tr>
        </thead>
        <tbody>
          {employer.jobPositions.map((job) => (
            <tr key={job.id}>
              <td>{job.title}</td>
              <td>{employer.departments.find((d) => d.id === job.departmentId)?.name ?? '—'}</td>
              <td>{job.maxLoadKg === null ? '—' : job.maxLoadKg.toLocaleString(locale.language)}</td>
              <td>
                {exposureKinds
                  .filter((kind) => job.exposures[kind] !== 'none')
                  .map((kind) => `${t(`exposure.${kind}`)} (${t(`exposureLevel.${job.exposures[kind]}`)})`)
                  .join(', ') || '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {canEdit && (
        <form ref={jobForm.ref} className="job-form" onSubmit={addJob} noValidate>
          <h3>{t('workplaces.newJob')}</h3>
          {jobForm.failure && <Notice tone="error">{jobForm.failure}</Notice>}
          <div className="form-grid">
            <Field label={t('workplaces.jobTitle')} error={jobForm.errors.title}>
              {(props) => <input {...props} value={jobTitle} onChange={(e) => setJobTitle(e.target.value)} />}
            </Field>
            <Field label={t('workers.department')}>
              {(props) => (
                <select {...props} value={jobDepartment} onChange={(e) => setJobDepartment(e.target.value)}>
                  <option value="">{t('common.none')}</option>
                  {employer.departments.map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('workplaces.maxLoad')} error={jobForm.errors.maxLoadKg}>
              {(props) => <input {...props} inputMode="decimal" value={maxLoad} onChange={(e) => setMaxLoad(e.target.value)} />}
            </Field>
          </div>
          <fieldset className="exposures">
            <legend>{t('workplaces.exposures')}</legend>
            {exposureKinds.map((kind) => (
              <Field key={kind} label={t(`exposure.${kind}`)}>
                {(props) => (
                  <select
                    {...props}
                    value={exposures[kind]}
                    onChange={(e) => setExposures((current) => ({ ...current, [kind]: e.target.value as ExposureLevel }))}
                  >
                    {levels.map((level) => (
                      <option key={level} value={level}>
                        {t(`exposureLevel.${level}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ))}
          </fieldset>
          <div className="form-actions">
            <button type="submit" className="button" disabled={jobForm.busy}>
              {t('workplaces.newJob')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
