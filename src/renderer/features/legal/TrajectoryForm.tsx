import { useState, type FormEvent } from 'react';
import type { BelgianCase } from '../../../shared/channels/legalChannels';
import { trajectoryDecision, trajectoryInitiator, type ReintegrationTrajectory } from '../../../shared/model';
import { call } from '../../api/client';
import { errorText, fieldErrors } from '../../api/errorText';
import { DateInput } from '../../components/DateInput';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';

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
  const translator = useT();
  const { t } = translator;
  const [form, setForm] = useState<Form>(() => formOf(saved, today));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (changes: Partial<Form>) => setForm((current) => ({ ...current, ...changes }));
  const error = (field: keyof Form) => errors[`trajectory.${field}`];

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    const result = await call('legal.saveTrajectory', {
      workerId,
      trajectory: {
        ...form,
        decision: form.decision === '' ? null : form.decision,
        assessmentDate: orNull(form.assessmentDate),
        planReceivedOn: orNull(form.planReceivedOn),
      },
    });
    setBusy(false);
    if (result.ok) return onSaved(result.value);
    if (result.error.code !== 'validation') return setFailure(errorText(result.error, translator));
    setErrors(fieldErrors(result.error.issues, translator));
  }

  return (
    <form className="legal-form" onSubmit={save} noValidate aria-label={t('legal.trajectory.title')}>
      {failure && <Notice tone="error">{failure}</Notice>}
      <div className="inline-form">
        <Field label={t('legal.trajectory.initiator')} error={error('initiator')}>
          {(props) => (
            <select {...props} value={form.initiator} onChange={(e) => set({ initiator: e.target.value as Form['initiator'] })}>
              {trajectoryInitiator.options.map((value) => (
                <option key={value} value={value}>
                  {t(`legal.trajectory.initiator.${value}`)}
                </option>
              ))}
            </select>
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
            <select {...props} value={form.decision ?? ''} onChange={(e) => set({ decision: e.target.value as Form['decision'] })}>
              <option value="">{t('legal.trajectory.decision.none')}</option>
              {trajectoryDecision.options.map((value) => (
                <option key={value} value={value}>
                  {t(`legal.trajectory.decision.${value}`)}
                </option>
              ))}
            </select>
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
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {saved === null ? t('legal.trajectory.record') : t('legal.trajectory.update')}
        </button>
        <button type="button" className="button button--quiet-dark" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
