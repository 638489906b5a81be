import { useEffect, useState, type FormEvent } from 'react';
import { ageOn } from '../../../shared/i18n/format';
import { workerInputSchema, type Employer, type Worker, type WorkerInput } from '../../../shared/model';
import { call } from '../../api/client';
import { useSubmitForm } from '../../api/useSubmitForm';
import { ChangedMeanwhile, differencesOf } from '../../components/ChangedMeanwhile';
import { SaveButton } from '../../components/SaveButton';
import { DateInput } from '../../components/DateInput';
import { Field } from '../../components/Field';
import { NamedOptions } from '../../components/NamedOptions';
import { Notice } from '../../components/Notice';
import { useT, type Translator } from '../../i18n/LocaleContext';

interface Draft {
  employerId: string;
  departmentId: string;
  jobPositionId: string;
  personnelNumber: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  contractHoursPerWeek: string;
  email: string;
  phone: string;
}

function draftOf(worker: Worker | null, employerId: number | null): Draft {
  return {
    employerId: String(worker?.employerId ?? employerId ?? ''),
    departmentId: String(worker?.departmentId ?? ''),
    jobPositionId: String(worker?.jobPositionId ?? ''),
    personnelNumber: worker?.personnelNumber ?? '',
    firstName: worker?.firstName ?? '',
    lastName: worker?.lastName ?? '',
    birthDate: worker?.birthDate ?? '',
    contractHoursPerWeek: worker ? String(worker.contractHoursPerWeek) : '',
    email: worker?.email ?? '',
    phone: worker?.phone ?? '',
  };
}

/** The form's fields as sent: a change names the worker and the version it started from. */
function toInput(draft: Draft, base: Worker | null): WorkerInput {
  const optionalId = (value: string) => (value === '' ? null : Number(value));
  const hours = draft.contractHoursPerWeek.trim().replace(',', '.');
  return {
    ...(base !== null ? { id: base.id, rowVersion: base.rowVersion } : {}),
    employerId: Number(draft.employerId),
    departmentId: optionalId(draft.departmentId),
    jobPositionId: optionalId(draft.jobPositionId),
    personnelNumber: draft.personnelNumber,
    firstName: draft.firstName,
    lastName: draft.lastName,
    birthDate: draft.birthDate,
    contractHoursPerWeek: hours === '' ? Number.NaN : Number(hours),
    email: draft.email,
    phone: draft.phone,
  };
}

/** The fields in the order of the form, with their labels. */
function fieldsOf({ t }: Translator): Array<{ field: keyof Draft; label: string }> {
  return [
    { field: 'firstName', label: t('workers.firstName') },
    { field: 'lastName', label: t('workers.lastName') },
    { field: 'birthDate', label: t('workers.birthDate') },
    { field: 'personnelNumber', label: t('workers.personnelNumber') },
    { field: 'employerId', label: t('workers.employer') },
    { field: 'departmentId', label: t('workers.department') },
    { field: 'jobPositionId', label: t('workers.job') },
    { field: 'contractHoursPerWeek', label: t('workers.contractHours') },
    { field: 'email', label: t('workers.email') },
    { field: 'phone', label: t('workers.phone') },
  ];
}

/** The fields as a reader sees them: names for the employer, department and job, dates written out. */
function shownOf(draft: Draft, employers: Employer[], { date }: Translator): Record<keyof Draft, string> {
  const employer = employers.find((e) => String(e.id) === draft.employerId);
  return {
    ...draft,
    birthDate: date(draft.birthDate) || draft.birthDate,
    employerId: employer?.name ?? '',
    departmentId: employer?.departments.find((d) => String(d.id) === draft.departmentId)?.name ?? '',
    jobPositionId: employer?.jobPositions.find((j) => String(j.id) === draft.jobPositionId)?.title ?? '',
  };
}

/** Creates or edits a worker; validates as the main process does and shows messages by the fields. */
export function WorkerForm({
  worker,
  employers,
  defaultEmployerId,
  today,
  onSaved,
  onStoredTaken,
  onDirtyChange,
}: {
  worker: Worker | null;
  employers: Employer[];
  defaultEmployerId: number | null;
  today: string;
  onSaved(worker: Worker): void;
  /** The user took the version someone else saved meanwhile: what the screen shows of the worker is that version now. */
  onStoredTaken(worker: Worker): void;
  onDirtyChange(dirty: boolean): void;
}) {
  const translator = useT();
  const { t } = translator;
  const [draft, setDraft] = useState<Draft>(() => draftOf(worker, defaultEmployerId));
  const [saved, setSaved] = useState<Draft>(draft);
  const form = useSubmitForm();
  // The stored worker the form started from (its row version goes with the save), and the version
  // someone else saved meanwhile when a save was refused for it.
  const [base, setBase] = useState<Worker | null>(worker);
  const [savedMeanwhile, setSavedMeanwhile] = useState<Worker | null>(null);

  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const employer = employers.find((e) => String(e.id) === draft.employerId);
  const update = (field: keyof Draft) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    await send(base);
  }

  async function send(from: Worker | null) {
    const input = toInput(draft, from);
    if (form.check(workerInputSchema, input, draft.employerId ? {} : { employerId: 'validation.required' }) === null) return;
    const result = await form.send(
      () => call('workers.save', input),
      (error) => (error.code === 'duplicatePersonnelNumber' ? { personnelNumber: error } : null),
      from === null
        ? undefined
        : async () => {
            const current = await call('workers.get', { id: from.id });
            if (current.ok) setSavedMeanwhile(current.value);
            else form.setFailure(current.error);
          },
    );
    if (result === null) return;
    const next = draftOf(result.value, null);
    setDraft(next);
    setSaved(next);
    setBase(result.value);
    setSavedMeanwhile(null);
    onSaved(result.value);
  }

  const age = /^\d{4}-\d{2}-\d{2}$/.test(draft.birthDate) && draft.birthDate <= today ? ageOn(draft.birthDate, today) : null;

  return (
    <form ref={form.ref} className="panel worker-form" onSubmit={submit} noValidate aria-labelledby="worker-form-title">
      <h2 id="worker-form-title">
        {base ? `${base.firstName} ${base.lastName}` : t('workers.new')}
      </h2>
      {form.failure && <Notice tone="error">{form.failure}</Notice>}
      {savedMeanwhile && (
        <ChangedMeanwhile
          differences={differencesOf(fieldsOf(translator), shownOf(draft, employers, translator), {
            ...shownOf(draftOf(savedMeanwhile, null), employers, translator),
            employerId: savedMeanwhile.employerName,
            departmentId: savedMeanwhile.departmentName ?? '',
            jobPositionId: savedMeanwhile.jobTitle ?? '',
          })}
          busy={form.busy}
          onKeepMine={() => void send(savedMeanwhile)}
          onTakeSaved={() => {
            const stored = draftOf(savedMeanwhile, null);
            setDraft(stored);
            setSaved(stored);
            setBase(savedMeanwhile);
            setSavedMeanwhile(null);
            form.setErrors({});
            onStoredTaken(savedMeanwhile);
          }}
        />
      )}
      <div className="form-grid">
        <Field label={t('workers.firstName')} error={form.errors.firstName}>
          {(props) => <input {...props} value={draft.firstName} onChange={(e) => update('firstName')(e.target.value)} />}
        </Field>
        <Field label={t('workers.lastName')} error={form.errors.lastName}>
          {(props) => <input {...props} value={draft.lastName} onChange={(e) => update('lastName')(e.target.value)} />}
        </Field>
        <Field
          label={t('workers.birthDate')}
          hint={age !== null ? `${t('workers.dateHint')} · ${t('workers.age', { age })}` : t('workers.dateHint')}
          error={form.errors.birthDate}
        >
          {(props) => <DateInput {...props} value={draft.birthDate} today={today} onChange={update('birthDate')} />}
        </Field>
        <Field label={t('workers.personnelNumber')} error={form.errors.personnelNumber}>
          {(props) => (
            <input {...props} value={draft.personnelNumber} onChange={(e) => update('personnelNumber')(e.target.value)} />
          )}
        </Field>
        <Field label={t('workers.employer')} error={form.errors.employerId}>
          {(props) => (
            <select
              {...props}
              value={draft.employerId}
              onChange={(e) => setDraft((c) => ({ ...c, employerId: e.target.value, departmentId: '', jobPositionId: '' }))}
            >
              <option value="">{t('workers.choose')}</option>
              <NamedOptions items={employers} />
            </select>
          )}
        </Field>
        <Field label={t('workers.department')} error={form.errors.departmentId}>
          {(props) => (
            <select {...props} value={draft.departmentId} onChange={(e) => update('departmentId')(e.target.value)}>
              <option value="">{t('common.none')}</option>
              <NamedOptions items={employer?.departments ?? []} />
            </select>
          )}
        </Field>
        <Field label={t('workers.job')} error={form.errors.jobPositionId}>
          {(props) => (
            <select {...props} value={draft.jobPositionId} onChange={(e) => update('jobPositionId')(e.target.value)}>
              <option value="">{t('common.none')}</option>
              {employer?.jobPositions.map((j) => (
                <option key={j.id} value={j.id}>
                  {j.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('workers.contractHours')} error={form.errors.contractHoursPerWeek}>
          {(props) => (
            <input
              {...props}
              inputMode="decimal"
              value={draft.contractHoursPerWeek}
              onChange={(e) => update('contractHoursPerWeek')(e.target.value)}
            />
          )}
        </Field>
        <Field label={`${t('workers.email')} (${t('common.optional')})`} error={form.errors.email}>
          {(props) => <input {...props} type="email" value={draft.email} onChange={(e) => update('email')(e.target.value)} />}
        </Field>
        <Field label={`${t('workers.phone')} (${t('common.optional')})`} error={form.errors.phone}>
          {(props) => <input {...props} type="tel" value={draft.phone} onChange={(e) => update('phone')(e.target.value)} />}
        </Field>
      </div>
      <div className="form-actions">
        <SaveButton busy={form.busy} />
        {!dirty && worker && <span className="form-actions__status">✓ {t('common.saved')}</span>}
      </div>
    </form>
  );
}
