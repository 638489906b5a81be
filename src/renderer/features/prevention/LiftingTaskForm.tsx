import { useState, type FormEvent } from 'react';
import { formatNumber, liftingIndexText, liftingTaskInputSchema, type Coupling, type Employer, type StoredLiftingTask } from '../../../shared/model';
import { NIOSH_BAND_TEXTS, NIOSH_LIMITATIONS, nioshLifting, textIn, type NioshResult } from '../../../shared/rules';
import { call } from '../../api/client';
import { useSubmitForm } from '../../api/useSubmitForm';
import { DateInput } from '../../components/DateInput';
import { SaveButton } from '../../components/SaveButton';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';
import { parseNumber } from '../../i18n/typedNumber';

const measures = ['loadKg', 'horizontalCm', 'verticalCm', 'distanceCm', 'asymmetryDeg', 'frequencyPerMin', 'durationHours'] as const;
type MeasureName = (typeof measures)[number];
const measureLabels = {
  loadKg: 'prevention.lifting.load',
  horizontalCm: 'prevention.lifting.horizontal',
  verticalCm: 'prevention.lifting.vertical',
  distanceCm: 'prevention.lifting.distance',
  asymmetryDeg: 'prevention.lifting.asymmetry',
  frequencyPerMin: 'prevention.lifting.frequency',
  durationHours: 'prevention.lifting.duration',
} as const;
const measureHints = {
  horizontalCm: 'prevention.lifting.horizontalHint',
  verticalCm: 'prevention.lifting.verticalHint',
  durationHours: 'prevention.lifting.durationHint',
} as const;

function numberOf(text: string): number | null {
  const value = parseNumber(text);
  return Number.isNaN(value) ? null : value;
}

/** Entering or changing a lifting task, with the NIOSH result worked out live by the rules module. */
export function LiftingTaskForm({
  employer,
  task,
  today,
  assessor,
  onSaved,
  onCancel,
}: {
  employer: Employer;
  task: StoredLiftingTask | null;
  today: string;
  assessor: string;
  onSaved(task: StoredLiftingTask): void;
  onCancel(): void;
}) {
  const translator = useT();
  const { t, locale } = translator;
  const language = locale.language;
  const [name, setName] = useState(task?.name ?? '');
  const [jobPositionId, setJobPositionId] = useState(String(task?.jobPositionId ?? employer.jobPositions[0]?.id ?? ''));
  const [values, setValues] = useState<Record<MeasureName, string>>(() =>
    Object.fromEntries(measures.map((m) => [m, task ? formatNumber(task[m], language) : ''])) as Record<MeasureName, string>,
  );
  const [coupling, setCoupling] = useState<Coupling>(task?.coupling ?? 'good');
  const [assessedOn, setAssessedOn] = useState(task?.assessedOn ?? today);
  const [assessedBy, setAssessedBy] = useState(task?.assessor ?? assessor);
  const [notes, setNotes] = useState(task?.notes ?? '');
  const form = useSubmitForm();

  const numbers = Object.fromEntries(measures.map((m) => [m, numberOf(values[m])])) as Record<MeasureName, number | null>;
  const input = {
    ...(task ? { id: task.id } : {}),
    employerId: employer.id,
    jobPositionId: Number(jobPositionId),
    name,
    ...numbers,
    coupling,
    assessedOn,
    assessor: assessedBy,
    notes,
  };

  let preview: NioshResult | null = null;
  const complete = measures.every((m) => numbers[m] !== null);
  if (complete) {
    try {
      preview = nioshLifting({ ...(numbers as Record<MeasureName, number>), coupling });
    } catch {
      preview = null;
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = form.check(liftingTaskInputSchema, input);
    if (checked === null) return;
    const result = await form.send(() => call('prevention.saveLiftingTask', checked));
    if (result) onSaved(result.value);
  }

  const bandClass = preview ? `niosh-result niosh-result--${preview.band}` : 'niosh-result';
  return (
    <form ref={form.ref} className="panel lifting-form" onSubmit={submit} noValidate>
      <h2>{t(task ? 'prevention.lifting.edit' : 'prevention.lifting.new')}</h2>
      {form.failure && <Notice tone="error">{form.failure}</Notice>}
      <div className="form-grid">
        <Field label={t('prevention.lifting.name')} error={form.errors.name}>
          {(props) => <input {...props} value={name} autoFocus onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t('prevention.lifting.job')} error={form.errors.jobPositionId}>
          {(props) => (
            <select {...props} value={jobPositionId} onChange={(e) => setJobPositionId(e.target.value)}>
              {employer.jobPositions.map((job) => (
                <option key={job.id} value={job.id}>
                  {job.title}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="lifting-form__body">
        <fieldset className="lifting-form__measures">
          <legend>{t('prevention.lifting.measurements')}</legend>
          {measures.map((m) => (
            <Field key={m} label={t(measureLabels[m])} hint={m in measureHints ? t(measureHints[m as keyof typeof measureHints]) : undefined} error={form.errors[m]}>
              {(props) => (
                <input {...props} inputMode="decimal" value={values[m]} onChange={(e) => setValues((v) => ({ ...v, [m]: e.target.value }))} />
              )}
            </Field>
          ))}
          <Field label={t('prevention.lifting.coupling')}>
            {(props) => (
              <select {...props} value={coupling} onChange={(e) => setCoupling(e.target.value as Coupling)}>
                {(['good', 'fair', 'poor'] as const).map((c) => (
                  <option key={c} value={c}>
                    {t(`prevention.lifting.coupling.${c}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </fieldset>
        <section className={bandClass} aria-live="polite" aria-labelledby="niosh-result-title">
          <h3 id="niosh-result-title">{t('prevention.lifting.result')}</h3>
          {preview ? (
            <>
              <dl className="figures figures--compact">
                <div>
                  <dt>{t('prevention.lifting.rwl')}</dt>
                  <dd>{formatNumber(Math.round(preview.rwlKg * 10) / 10, language)} kg</dd>
                </div>
                <div>
                  <dt>{t('prevention.lifting.li')}</dt>
                  <dd>{liftingIndexText(Number.isFinite(preview.liftingIndex) ? preview.liftingIndex : null, language, locale.jurisdiction)}</dd>
                </div>
              </dl>
              <p className="niosh-result__band">{textIn(NIOSH_BAND_TEXTS[preview.band], language)}</p>
              <p className="niosh-result__multipliers">
                {Object.entries(preview.multipliers)
                  .map(([name, value]) => `${name.toUpperCase()} ${formatNumber(value, language, 2)}`)
                  .join(' · ')}
              </p>
            </>
          ) : (
            <p>{t('prevention.lifting.incomplete')}</p>
          )}
          <p className="lead">{textIn(NIOSH_LIMITATIONS, language)}</p>
        </section>
      </div>
      <div className="form-grid">
        <Field label={t('prevention.lifting.assessedOn')} error={form.errors.assessedOn}>
          {(props) => <DateInput {...props} today={today} value={assessedOn} onChange={setAssessedOn} />}
        </Field>
        <Field label={t('prevention.lifting.assessor')} error={form.errors.assessor}>
          {(props) => <input {...props} value={assessedBy} onChange={(e) => setAssessedBy(e.target.value)} />}
        </Field>
      </div>
      <Field label={`${t('prevention.lifting.notes')} (${t('common.optional')})`} error={form.errors.notes}>
        {(props) => <textarea {...props} rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />}
      </Field>
      <div className="form-actions">
        <SaveButton busy={form.busy} />
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
