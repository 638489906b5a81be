import { Field } from '../../components/Field';
import { useT } from '../../i18n/LocaleContext';
import type { SectionProps } from './sectionProps';

/** Findings on examination and the doctor's conclusion, in free text. */
export function FindingsSection({ form, update, error }: SectionProps) {
  const { t } = useT();
  return (
    <>
      <Field label={t('intake.findings')} hint={t('intake.findingsHint')} error={error('findings')}>
        {(props) => <textarea {...props} rows={6} value={form.findings} onChange={(e) => update((f) => ({ ...f, findings: e.target.value }))} />}
      </Field>
      <Field label={t('intake.conclusion')} error={error('conclusion')}>
        {(props) => (
          <textarea {...props} rows={4} value={form.conclusion} onChange={(e) => update((f) => ({ ...f, conclusion: e.target.value }))} />
        )}
      </Field>
    </>
  );
}
