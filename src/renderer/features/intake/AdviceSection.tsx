import { ADVICE_KEYS, adviceText, textIn, type AdviceContext } from '../../../shared/rules';
import { DateInput } from '../../components/DateInput';
import { Field } from '../../components/Field';
import { useT } from '../../i18n/LocaleContext';
import type { SectionProps } from './sectionProps';

/** The advice given (pre-selected from the rules, editable) and the follow-up date. */
export function AdviceSection({ form, update, error, today, live }: SectionProps) {
  const { t, locale } = useT();
  const suggested: readonly string[] = live.kind === 'full' ? live.evaluation.advice : [];
  const context: AdviceContext = {
    country: locale.jurisdiction,
    radicular: live.kind === 'full' ? live.evaluation.redFlags.radicular : live.redFlags.radicular,
    phase: live.kind === 'full' ? live.evaluation.phase.phase : 'acute',
  };
  const selected = form.adviceEdited ? form.advice : suggested;

  return (
    <>
      <fieldset className="checklist advice">
        <legend>{t('intake.adviceGiven')}</legend>
        <p className="muted">
          {form.adviceEdited ? t('intake.adviceEdited') : t('intake.adviceFromRules')}{' '}
          {form.adviceEdited && (
            <button type="button" className="link-button" onClick={() => update((f) => ({ ...f, advice: [], adviceEdited: false }))}>
              {t('intake.adviceReset')}
            </button>
          )}
        </p>
        <div className="checklist__items">
          {ADVICE_KEYS.map((key) => {
            const checked = selected.includes(key);
            return (
              <label key={key} className={checked ? 'checklist__item advice__item advice__item--selected' : 'checklist__item advice__item'}>
                <input
                  type="checkbox"
                  checked={checked}
                  onChange={(event) =>
                    update((f) => ({
                      ...f,
                      adviceEdited: true,
                      advice: event.target.checked ? [...selected, key] : selected.filter((k) => k !== key),
                    }))
                  }
                />
                <span>
                  <span className="advice__title">{t(`intake.advice.${key}`)}</span>
                  {checked && <span className="advice__text">{textIn(adviceText(key, context), locale.language, locale.jurisdiction)}</span>}
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>
      <div className="form-grid">
        <Field label={`${t('intake.followUpDate')} (${t('common.optional')})`} hint={t('intake.dateHint')} error={error('followUpDate')}>
          {(props) => <DateInput {...props} value={form.followUpDate} today={today} onChange={(v) => update((f) => ({ ...f, followUpDate: v }))} />}
        </Field>
      </div>
    </>
  );
}
