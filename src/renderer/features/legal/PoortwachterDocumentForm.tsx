import { useState, type FormEvent } from 'react';
import { poortwachterDocumentKind, prognosis, workOutlook, type PoortwachterDocumentInput } from '../../../shared/model';
import { call } from '../../api/client';
import { errorText, fieldErrors } from '../../api/errorText';
import { DateInput } from '../../components/DateInput';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';

type Form = Omit<Required<PoortwachterDocumentInput>, 'expectedReturn' | 'workAdaptations' | 'actionPlanAdvice' | 'medicalNote'> & {
  expectedReturn: string;
  workAdaptations: string;
  actionPlanAdvice: string;
  medicalNote: string;
};

function emptyForm(today: string, kind: Form['kind']): Form {
  return {
    kind,
    madeOn: today,
    possibilities: '',
    limitations: '',
    prognosis: 'unclear',
    expectedReturn: '',
    workOutlook: 'ownWorkAdapted',
    workAdaptations: '',
    actionPlanAdvice: '',
    medicalNote: '',
  };
}

/** A new Poortwachter document, dated on the day the doctor made it. */
export function PoortwachterDocumentForm({
  workerId,
  today,
  firstKind,
  onSaved,
  onCancel,
}: {
  workerId: number;
  today: string;
  firstKind: Form['kind'];
  onSaved(): void;
  onCancel(): void;
}) {
  const translator = useT();
  const { t } = translator;
  const [form, setForm] = useState<Form>(() => emptyForm(today, firstKind));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (changes: Partial<Form>) => setForm((current) => ({ ...current, ...changes }));
  const error = (field: keyof Form) => errors[`document.${field}`];

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    const result = await call('legal.savePoortwachterDocument', {
      workerId,
      document: { ...form, expectedReturn: form.expectedReturn === '' ? null : form.expectedReturn },
    });
    setBusy(false);
    if (result.ok) return onSaved();
    if (result.error.code !== 'validation') return setFailure(errorText(result.error, translator));
    setErrors(fieldErrors(result.error.issues, translator));
  }

  return (
    <form className="legal-form" onSubmit={save} noValidate aria-labelledby="legal-form-title">
      <h3 id="legal-form-title">{t('legal.documents.new')}</h3>
      {failure && <Notice tone="error">{failure}</Notice>}
      <div className="inline-form">
        <Field label={t('legal.field.kind')} error={error('kind')}>
          {(props) => (
            <select {...props} value={form.kind} onChange={(e) => set({ kind: e.target.value as Form['kind'] })}>
              {poortwachterDocumentKind.options.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`legal.kind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('legal.field.madeOn')} hint={t('legal.field.madeOnHint')} error={error('madeOn')}>
          {(props) => <DateInput {...props} value={form.madeOn} today={today} onChange={(madeOn) => set({ madeOn })} />}
        </Field>
      </div>
      <Notice tone="info">{t('legal.documents.employerOnly')}</Notice>
      <Field label={t('legal.field.possibilities')} hint={t('legal.field.functionalHint')} error={error('possibilities')}>
        {(props) => <textarea {...props} rows={3} value={form.possibilities} onChange={(e) => set({ possibilities: e.target.value })} />}
      </Field>
      <Field label={t('legal.field.limitations')} hint={t('legal.field.functionalHint')} error={error('limitations')}>
        {(props) => <textarea {...props} rows={3} value={form.limitations} onChange={(e) => set({ limitations: e.target.value })} />}
      </Field>
      <div className="inline-form">
        <Field label={t('legal.field.prognosis')} error={error('prognosis')}>
          {(props) => (
            <select {...props} value={form.prognosis} onChange={(e) => set({ prognosis: e.target.value as Form['prognosis'] })}>
              {prognosis.options.map((value) => (
                <option key={value} value={value}>
                  {t(`legal.prognosis.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('legal.field.expectedReturn')} error={error('expectedReturn')}>
          {(props) => <DateInput {...props} value={form.expectedReturn} today={today} onChange={(expectedReturn) => set({ expectedReturn })} />}
        </Field>
        <Field label={t('legal.field.workOutlook')} error={error('workOutlook')}>
          {(props) => (
            <select {...props} value={form.workOutlook} onChange={(e) => set({ workOutlook: e.target.value as Form['workOutlook'] })}>
              {workOutlook.options.map((value) => (
                <option key={value} value={value}>
                  {t(`legal.workOutlook.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label={t('legal.field.workAdaptations')} error={error('workAdaptations')}>
        {(props) => <textarea {...props} rows={2} value={form.workAdaptations} onChange={(e) => set({ workAdaptations: e.target.value })} />}
      </Field>
      <Field label={t('legal.field.actionPlanAdvice')} error={error('actionPlanAdvice')}>
        {(props) => <textarea {...props} rows={2} value={form.actionPlanAdvice} onChange={(e) => set({ actionPlanAdvice: e.target.value })} />}
      </Field>
      <Field label={t('legal.field.medicalNote')} hint={t('legal.field.medicalNoteHint')} error={error('medicalNote')}>
        {(props) => <textarea {...props} rows={2} value={form.medicalNote} onChange={(e) => set({ medicalNote: e.target.value })} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('legal.save')}
        </button>
        <button type="button" className="button button--quiet-dark" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
