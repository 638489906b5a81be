import type { FormEvent } from 'react';
import type { BelgianCase } from '../../../shared/channels/legalChannels';
import { trajectoryDecision, trajectoryInitiator, type ReintegrationTrajectory } from '../../../shared/model';
import { call } from '../../api/client';
import { DateInput } from '../../components/DateInput';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';
import { LegalFormActions, OptionSelect, useLegalForm } from './legalForm';

type Form = Omit<ReintegrationTrajectory, 'decision' | 'assessmentDate' | 'planReceivedOn' | 'possibilities' | 'limitations'> & {
  decision: ReintegrationTrajectory['decision'] | '';
  assessmentDate: string;
  planReceivedOn: string;
  possibilities: string;
  limitations: string;
};

function formOf(saved: ReintegrationTrajectory | null, today: string): Form {
  return {
    requestDate: saved?.requestDate ?? today,
    initiator: saved?.initiator ?? 'worker',
    definitiveUnfitnessCertificate: saved?.definitiveUnfitnessCertificate ?? false,
    workerConsent: saved?.workerConsent ?? false,
    decision: saved?.decision ?? '',
    assessmentDate: saved?.assessmentDate ?? '',
    planReceivedOn: saved?.planReceivedOn ?? '',
    possibilities: saved?.possibilities ?? '',
    limitations: saved?.limitations ?? '',
  };
}

const orNull = (value: string) => (value === '' ? null : value);

/** Records the trajectory: the request, the assessment's decision and when the worker received the plan. */
export function TrajectoryForm({
  workerId,
  today,
  saved,
  onSaved,
  onCancel,
}: {
  workerId: number;
  today: string;
  saved: ReintegrationTrajectory | null;
  onSaved(belgian: BelgianCase): void;
  onCancel(): void;
}) {
  const { t } = useT();
  const { ref, form, set, error, busy, failure, send } = useLegalForm<Form>(() => formOf(saved, today), 'trajectory');

  async function save(event: FormEvent) {
    event.preventDefault();
    const answer = await send(() =>
      call('legal.saveTrajectory', {
        workerId,
        trajectory: {
          ...form,
          decision: form.decision === '' ? null : form.decision,
          assessmentDate: orNull(form.assessmentDate),
          planReceivedOn: orNull(form.planReceivedOn),
        },
      }),
    );
    if (answer) onSaved(answer.value);
  }

  return (
    <form ref={ref} className="legal-form" onSubmit={save} noValidate aria-label={t('legal.trajectory.title')}>
      {failure && <Notice tone="error">{failure}</Notice>}
      <div className="inline-form">
        <Field label={t('legal.trajectory.initiator')} error={error('initiator')}>
          {(props) => (
            <OptionSelect
              field={props}
              value={form.initiator}
              options={trajectoryInitiator.options}
              label={(value) => t(`legal.trajectory.initiator.${value}`)}
              onChange={(value) => set({ initiator: value || form.initiator })}
            />
          )}
        </Field>
        <Field label={t('legal.trajectory.requestDate')} error={error('requestDate')}>
          {(props) => <DateInput {...props} value={form.requestDate} today={today} onChange={(requestDate) => set({ requestDate })} />}
        </Field>
      </div>
      {form.initiator === 'employer' && (
        <div className="checklist__items">
          <label className="checklist__item">
            <input type="checkbox" checked={form.definitiveUnfitnessCertificate} onChange={(e) => set({ definitiveUnfitnessCertificate: e.target.checked })} />
            {t('legal.trajectory.certificate')}
          </label>
          <label className="checklist__item">
            <input type="checkbox" checked={form.workerConsent} onChange={(e) => set({ workerConsent: e.target.checked })} />
            {t('legal.trajectory.consent')}
          </label>
          {error('workerConsent') && <p className="field__error" role="alert">{error('workerConsent')}</p>}
        </div>
      )}
      <div className="inline-form">
        <Field label={t('legal.trajectory.decision')} error={error('decision')}>
          {(props) => (
            <OptionSelect
              field={props}
              value={form.decision ?? ''}
              options={trajectoryDecision.options}
              label={(value) => t(`legal.trajectory.decision.${value}`)}
              none={t('legal.trajectory.decision.none')}
              onChange={(decision) => set({ decision })}
            />
          )}
        </Field>
        <Field label={t('legal.trajectory.assessmentDate')} error={error('assessmentDate')}>
          {(props) => <DateInput {...props} value={form.assessmentDate} today={today} onChange={(assessmentDate) => set({ assessmentDate })} />}
        </Field>
        <Field label={t('legal.trajectory.planReceivedOn')} error={error('planReceivedOn')}>
          {(props) => <DateInput {...props} value={form.planReceivedOn} today={today} onChange={(planReceivedOn) => set({ planReceivedOn })} />}
        </Field>
      </div>
      <Field label={t('legal.trajectory.possibilities')} hint={t('legal.field.functionalHint')} error={error('possibilities')}>
        {(props) => <textarea {...props} rows={2} value={form.possibilities} onChange={(e) => set({ possibilities: e.target.value })} />}
      </Field>
      <Field label={t('legal.trajectory.limitations')} hint={t('legal.field.functionalHint')} error={error('limitations')}>
        {(props) => <textarea {...props} rows={2} value={form.limitations} onChange={(e) => set({ limitations: e.target.value })} />}
      </Field>
      <LegalFormActions busy={busy} saveLabel={saved === null ? t('legal.trajectory.record') : t('legal.trajectory.update')} onCancel={onCancel} />
    </form>
  );
}
