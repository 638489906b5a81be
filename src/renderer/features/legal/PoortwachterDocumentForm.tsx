import type { FormEvent } from 'react';
import { poortwachterDocumentKind, prognosis, workOutlook, type PoortwachterDocumentInput } from '../../../shared/model';
import { call } from '../../api/client';
import { DateInput } from '../../components/DateInput';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';
import { LegalFormActions, OptionSelect, useLegalForm } from './legalForm';

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
  const { t } = useT();
  const { ref, form, set, error, busy, failure, send } = useLegalForm<Form>(() => emptyForm(today, firstKind), 'document');

  async function save(event: FormEvent) {
    event.preventDefault();
    const saved = await send(() =>
      call('legal.savePoortwachterDocument', { workerId, document: { ...form, expectedReturn: form.expectedReturn === '' ? null : form.expectedReturn } }),
    );
    if (saved) onSaved();
  }

  return (
    <form ref={ref} className="legal-form" onSubmit={save} noValidate aria-labelledby="legal-form-title">
      <h3 id="legal-form-title">{t('legal.documents.new')}</h3>
      {failure && <Notice tone="error">{failure}</Notice>}
      <div className="inline-form">
        <Field label={t('legal.field.kind')} error={error('kind')}>
          {(props) => (
            <OptionSelect
              field={props}
              value={form.kind}
              options={poortwachterDocumentKind.options}
              label={(kind) => t(`legal.kind.${kind}`)}
              onChange={(kind) => set({ kind: kind || form.kind })}
            />
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
            <OptionSelect
              field={props}
              value={form.prognosis}
              options={prognosis.options}
              label={(value) => t(`legal.prognosis.${value}`)}
              onChange={(value) => set({ prognosis: value || form.prognosis })}
            />
          )}
        </Field>
        <Field label={t('legal.field.expectedReturn')} error={error('expectedReturn')}>
          {(props) => <DateInput {...props} value={form.expectedReturn} today={today} onChange={(expectedReturn) => set({ expectedReturn })} />}
        </Field>
        <Field label={t('legal.field.workOutlook')} error={error('workOutlook')}>
          {(props) => (
            <OptionSelect
              field={props}
              value={form.workOutlook}
              options={workOutlook.options}
              label={(value) => t(`legal.workOutlook.${value}`)}
              onChange={(value) => set({ workOutlook: value || form.workOutlook })}
            />
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
      <LegalFormActions busy={busy} saveLabel={t('legal.save')} onCancel={onCancel} />
    </form>
  );
}
