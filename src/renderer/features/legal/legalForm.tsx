import { useState } from 'react';
import { useSubmitForm } from '../../api/useSubmitForm';
import { useT } from '../../i18n/LocaleContext';

/**
 * The state of a form of the legal trajectory: its fields, the message of each (main answers them
 * under `prefix`, e.g. 'document.madeOn'), busy while saving and a failure that belongs to no field.
 */
export function useLegalForm<F extends object>(initial: () => F, prefix: string) {
  const submit = useSubmitForm();
  const [form, setForm] = useState<F>(initial);
  return {
    ...submit,
    form,
    set: (changes: Partial<F>) => setForm((current) => ({ ...current, ...changes })),
    error: (field: keyof F & string): string | undefined => submit.errors[`${prefix}.${field}`],
  };
}

/** A select over a fixed list of values, each labelled in the user's language; `none` adds an empty first choice. */
export function OptionSelect<V extends string>({
  field,
  value,
  options,
  label,
  none,
  onChange,
}: {
  field: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean };
  value: V | '';
  options: readonly V[];
  label(value: V): string;
  none?: string;
  onChange(value: V | ''): void;
}) {
  return (
    <select {...field} value={value} onChange={(e) => onChange(e.target.value as V | '')}>
      {none !== undefined && <option value="">{none}</option>}
      {options.map((option) => (
        <option key={option} value={option}>
          {label(option)}
        </option>
      ))}
    </select>
  );
}

/** Save and cancel under a legal form. */
export function LegalFormActions({ busy, saveLabel, onCancel }: { busy: boolean; saveLabel: string; onCancel(): void }) {
  const { t } = useT();
  return (
    <div className="form-actions">
      <button type="submit" className="button button--primary" disabled={busy}>
        {saveLabel}
      </button>
      <button type="button" className="button button--quiet-dark" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
