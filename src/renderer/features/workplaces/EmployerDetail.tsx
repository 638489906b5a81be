import { useState, type FormEvent } from 'react';
import { exposureKinds, type Employer, type ExposureLevel, type ExposureProfile } from '../../../shared/model';
import { call } from '../../api/client';
import { errorText, fieldErrors } from '../../api/errorText';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';

const levels: ExposureLevel[] = ['none', 'low', 'moderate', 'high'];
const noExposure = Object.fromEntries(exposureKinds.map((kind) => [kind, 'none'])) as ExposureProfile;

/** One employer: its departments and its jobs with their demands; add new ones. */
export function EmployerDetail({ employer, canEdit, onChanged }: { employer: Employer; canEdit: boolean; onChanged(): void }) {
  const translator = useT();
  const { t, plural, locale } = translator;
  const [departmentName, setDepartmentName] = useState('');
  const [jobTitle, setJobTitle] = useState('');
  const [jobDepartment, setJobDepartment] = useState('');
  const [maxLoad, setMaxLoad] = useState('');
  const [exposures, setExposures] = useState<ExposureProfile>(noExposure);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);

  async function addDepartment(event: FormEvent) {
    event.preventDefault();
    const result = await call('workplace.saveDepartment', { employerId: employer.id, name: departmentName });
    if (result.ok) {
      setDepartmentName('');
      setErrors({});
      return onChanged();
    }
    if (result.error.code === 'validation') setErrors(fieldErrors(result.error.issues, translator));
    else setFailure(errorText(result.error, translator));
  }

  async function addJob(event: FormEvent) {
    event.preventDefault();
    const load = maxLoad.trim().replace(',', '.');
    const result = await call('workplace.saveJobPosition', {
      employerId: employer.id,
      departmentId: jobDepartment === '' ? null : Number(jobDepartment),
      title: jobTitle,
      maxLoadKg: load === '' ? null : Number(load),
      exposures,
    });
    if (result.ok) {
      setJobTitle('');
      setMaxLoad('');
      setExposures(noExposure);
      setErrors({});
      return onChanged();
    }
    if (result.error.code === 'validation') {
      const found = fieldErrors(result.error.issues, translator);
      setErrors({ ...found, jobTitle: found.title ?? '' });
    } else setFailure(errorText(result.error, translator));
  }

  return (
    <div className="panel">
      <h2>{employer.name}</h2>
      <p className="lead">
        {t(`sector.${employer.sector}`)} · {plural('workplaces.workers', employer.workerCount)}
      </p>
      {failure && <Notice tone="error">{failure}</Notice>}
      <h3>{t('workplaces.departments')}</h3>
      <ul className="chips">
        {employer.departments.map((d) => (
          <li key={d.id} className="chip">
            {d.name}
          </li>
        ))}
      </ul>
      {canEdit && (
        <form className="inline-form" onSubmit={addDepartment} noValidate>
          <Field label={t('workplaces.departmentName')} error={errors.name}>
            {(props) => <input {...props} value={departmentName} onChange={(e) => setDepartmentName(e.target.value)} />}
          </Field>
          <button type="submit" className="button">
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
        <form className="job-form" onSubmit={addJob} noValidate>
          <h3>{t('workplaces.newJob')}</h3>
          <div className="form-grid">
            <Field label={t('workplaces.jobTitle')} error={errors.jobTitle || undefined}>
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
            <Field label={t('workplaces.maxLoad')} error={errors.maxLoadKg}>
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
            <button type="submit" className="button">
              {t('workplaces.newJob')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
