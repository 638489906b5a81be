import { Field } from './Field';

/** A labelled password field with its hint and message; `autoComplete` says whether it is the current or a new one. */
export function PasswordField({
  label,
  hint,
  error,
  value,
  autoComplete,
  onChange,
}: {
  label: string;
  hint?: string;
  error: string | undefined;
  value: string;
  autoComplete: 'current-password' | 'new-password';
  onChange(value: string): void;
}) {
  return (
    <Field label={label} error={error} {...(hint ? { hint } : {})}>
      {(props) => <input {...props} type="password" autoComplete={autoComplete} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}
