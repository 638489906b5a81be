import { RISK_FACTORS, RISK_FACTOR_CATEGORY_LABELS, YELLOW_FLAGS, textIn, type RiskFactorCategory } from '../../../shared/rules';
import { useT } from '../../i18n/LocaleContext';
import { CheckList } from './controls';
import type { SectionProps } from './sectionProps';

const CATEGORIES: readonly RiskFactorCategory[] = ['physical', 'posture', 'psychosocial', 'lifestyle', 'personal'];

/** Risk factors by category (work, lifestyle, psychosocial, personal) and the yellow flags. */
export function RiskFactorSection({ form, update }: SectionProps) {
  const { t, locale } = useT();
  const text = (value: Parameters<typeof textIn>[0]) => textIn(value, locale.language, locale.jurisdiction);
  return (
    <>
      {CATEGORIES.map((category) => (
        <CheckList
          key={category}
          legend={text(RISK_FACTOR_CATEGORY_LABELS[category])}
          items={RISK_FACTORS.filter((f) => f.category === category).map((f) => ({ code: f.code, label: text(f.label) }))}
          selected={form.riskFactors}
          onChange={(riskFactors) => update((f) => ({ ...f, riskFactors }))}
        />
      ))}
      <CheckList
        legend={t('intake.yellowFlags')}
        items={YELLOW_FLAGS.map((flag) => ({ code: flag.code, label: text(flag.label) }))}
        selected={form.yellowFlags}
        onChange={(yellowFlags) => update((f) => ({ ...f, yellowFlags }))}
      />
    </>
  );
}
