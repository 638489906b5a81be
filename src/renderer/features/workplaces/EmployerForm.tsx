import { useState, type FormEvent } from 'react';
import { employerInputSchema, type Sector } from '../../../shared/model';
import { call } from '../../api/client';
import { useSubmitForm } from '../../api/useSubmitForm';
import { Field } from '../../components/Field';
import { SaveButton } from '../../components/SaveButton';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';

const sectors: Sector[] = ['private', 'localPublic', 'federalPublic', 'other'];

export function EmployerForm({ onSaved }: { onSaved(id: number): void }) {
  const { t } = useT();
  const [name, setName] = useState('');
  const [sector, setSector] = useState<Sector>('private');
  const form = useSubmitForm();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = { name, sector, contactName: '', contactEmail: '' };
    if (form.check(employerInputSchema, input) === null) return;
    const result = await form.send(() => call('workplace.saveEmployer', input));
    if (result) onSaved(result.value);
  }

  return (
    <form ref={form.ref} className="panel" onSubmit={submit} noValidate>
      <h2>{t('workplaces.newEmployer')}</h2>
      {form.failure && <Notice tone="error">{form.failure}</Notice>}
      <div className="form-grid">
        <Field label={t('workplaces.employerName')} error={form.errors.name}>
          {(props) => <input {...props} value={name} autoFocus onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t('workplaces.sector')} error={form.errors.sector}>
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
        <SaveButton busy={form.busy} />
      </div>
    </form>
  );
}
