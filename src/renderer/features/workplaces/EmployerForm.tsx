import { useState, type FormEvent } from 'react';
import { toValidationIssues } from '../../../shared/ipc';
import { employerInputSchema, type Sector } from '../../../shared/model';
import { call } from '../../api/client';
import { errorText, fieldErrors } from '../../api/errorText';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';

const sectors: Sector[] = ['private', 'localPublic', 'federalPublic', 'other'];

export function EmployerForm({ onSaved }: { onSaved(id: number): void }) {
  const translator = useT();
  const { t } = translator;
  const [name, setName] = useState('');
  const [sector, setSector] = useState<Sector>('private');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = { name, sector, contactName: '', contactEmail: '' };
    const parsed = employerInputSchema.safeParse(input);
    if (!parsed.success) return setErrors(fieldErrors(toValidationIssues(parsed.error), translator));
    const result = await call('workplace.saveEmployer', input);
    if (result.ok) return onSaved(result.value);
    setFailure(errorText(result.error, translator));
  }

  return (
    <form className="panel" onSubmit={submit} noValidate>
      <h2>{t('workplaces.newEmployer')}</h2>
      {failure && <Notice tone="error">{failure}</Notice>}
      <div className="form-grid">
        <Field label={t('workplaces.employerName')} error={errors.name}>
          {(props) => <input {...props} value={name} autoFocus onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t('workplaces.sector')}>
          {(props) => (
            <select {...props} value={sector} onChange={(e) => setSector(e.target.value as Sector)}>
              {sectors.map((s) => (
                <option key={s} value={s}>
                  {t(`sector.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {t('common.save')}
        </button>
      </div>
    </form>
  );
}
