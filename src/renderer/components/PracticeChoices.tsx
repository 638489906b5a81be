import type { SelectHTMLAttributes } from 'react';
import type { Jurisdiction, Language } from '../../shared/model';
import { useT } from '../i18n/LocaleContext';

const languages: readonly Language[] = ['nl', 'fr', 'en'];
const jurisdictions: readonly Jurisdiction[] = ['NL', 'BE'];

/** The practice's language, as a select (spread the props of its `Field`). */
export function LanguageSelect({
  value,
  onChange,
  ...props
}: { value: Language; onChange(language: Language): void } & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'>) {
  const { t } = useT();
  return (
    <select {...props} value={value} onChange={(e) => onChange(e.target.value as Language)}>
      {languages.map((language) => (
        <option key={language} value={language}>
          {t(`language.${language}`)}
        </option>
      ))}
    </select>
  );
}

/** The practice's country as radio buttons, with what it decides. */
export function JurisdictionChoice({
  name,
  value,
  hint,
  onChange,
}: {
  name: string;
  value: Jurisdiction;
  hint: string;
  onChange(jurisdiction: Jurisdiction): void;
}) {
  const { t } = useT();
  return (
    <fieldset className="choice">
      <legend>{t('setup.jurisdiction')}</legend>
      <div className="choice__options">
        {jurisdictions.map((jurisdiction) => (
          <label key={jurisdiction} className="choice__option">
            <input type="radio" name={name} value={jurisdiction} checked={value === jurisdiction} onChange={() => onChange(jurisdiction)} />
            {t(`jurisdiction.${jurisdiction}`)}
          </label>
        ))}
      </div>
      <p className="field__hint">{hint}</p>
    </fieldset>
  );
}
