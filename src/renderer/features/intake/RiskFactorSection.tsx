import { RISK_FACTORS, RISK_FACTOR_CATEGORY_LABELS, YELLOW_FLAGS, textIn, type RiskFactorCategory } from '../../../shared/rules';
import { useT } from '../../i18n/LocaleContext';
import { CheckList } from './controls';
import type { IntakeForm } from './intakeForm';
import type { SectionProps } from './sectionProps';

const CATEGORIES: readonly RiskFactorCategory[] = ['physical', 'posture', 'psychosocial', 'lifestyle', 'personal'];

/**
 * Codes that are both a risk factor and a yellow flag (conflicts at work, low mood): asked once, as
 * a risk factor, and recorded in both lists (the workplace report counts the risk factor, the
 * chronicity advice reads the yellow flag).
 */
export const SHARED_CODES: readonly string[] = YELLOW_FLAGS.map((flag) => flag.code).filter((code) =>
  RISK_FACTORS.some((factor) => factor.code === code),
);

/** The risk factors as the form shows them: a shared code recorded as a yellow flag only (older consultations) shows ticked too. */
export function shownRiskFactors(form: Pick<IntakeForm, 'riskFactors' | 'yellowFlags'>): string[] {
  return [...new Set([...form.riskFactors, ...form.yellowFlags.filter((code) => SHARED_CODES.includes(code))])];
}

/** The form after the risk factors were changed: a shared code follows in the yellow flags. */
export function withRiskFactors<F extends Pick<IntakeForm, 'riskFactors' | 'yellowFlags'>>(form: F, riskFactors: string[]): F {
  const yellowFlags = [...form.yellowFlags.filter((code) => !SHARED_CODES.includes(code)), ...riskFactors.filter((code) => SHARED_CODES.includes(code))];
  return { ...form, riskFactors, yellowFlags };
}

/** Risk factors by category (work, lifestyle, psychosocial, personal) and the yellow flags, each asked once. */
export function RiskFactorSection({ form, update }: SectionProps) {
  const { t, locale } = useT();
  const text = (value: Parameters<typeof textIn>[0]) => textIn(value, locale.language, locale.jurisdiction);
  const selected = shownRiskFactors(form);
  return (
    <>
      {CATEGORIES.map((category) => (
        <CheckList
          key={category}
          legend={text(RISK_FACTOR_CATEGORY_LABELS[category])}
          items={RISK_FACTORS.filter((f) => f.category === category).map((f) => ({ code: f.code, label: text(f.label) }))}
          selected={selected}
          onChange={(riskFactors) => update((f) => withRiskFactors(f, riskFactors))}
        />
      ))}
      <CheckList
        legend={t('intake.yellowFlags')}
        items={YELLOW_FLAGS.filter((flag) => !SHARED_CODES.includes(flag.code)).map((flag) => ({ code: flag.code, label: text(flag.label) }))}
        selected={form.yellowFlags}
        onChange={(yellowFlags) =>
          update((f) => ({ ...f, yellowFlags: [...yellowFlags.filter((code) => !SHARED_CODES.includes(code)), ...f.yellowFlags.filter((code) => SHARED_CODES.includes(code))] }))
        }
      />
    </>
  );
}
