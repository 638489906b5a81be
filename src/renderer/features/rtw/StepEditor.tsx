import { RESTRICTIONS, textIn } from '../../../shared/rules';
import { DateInput } from '../../components/DateInput';
import { Field } from '../../components/Field';
import { useT } from '../../i18n/LocaleContext';
import type { StepForm } from './planForm';

/** One step of the plan: dates, hours, duties, restrictions from the list and free text. */
export function StepEditor({
  index,
  step,
  today,
  problems,
  onChange,
  onRemove,
}: {
  index: number;
  step: StepForm;
  today: string;
  problems: string[];
  onChange(step: StepForm): void;
  onRemove(): void;
}) {
  const { t, locale } = useT();
  const set = (change: Partial<StepForm>) => onChange({ ...step, ...change });
  return (
    <fieldset className={problems.length > 0 ? 'plan-step plan-step--invalid' : 'plan-step'}>
      <legend>{t('rtw.step', { number: index + 1 })}</legend>
      {problems.length > 0 && (
        <ul className="field__error plan-step__problems" role="alert">
          {problems.map((problem) => (
            <li key={problem}>⚠ {problem}</li>
          ))}
        </ul>
      )}
      <div className="plan-step__grid">
        <Field label={t('rtw.startDate')}>
          {(props) => <DateInput {...props} value={step.startDate} today={today} onChange={(v) => set({ startDate: v })} />}
        </Field>
        <Field label={t('rtw.reviewDate')}>
          {(props) => <DateInput {...props} value={step.reviewDate} today={today} onChange={(v) => set({ reviewDate: v })} />}
        </Field>
        <Field label={t('rtw.hoursPerWeek')}>
          {(props) => <input {...props} inputMode="decimal" value={step.hoursPerWeek} onChange={(e) => set({ hoursPerWeek: e.target.value })} />}
        </Field>
        <Field label={t('rtw.duties')}>
          {(props) => (
            <select {...props} value={step.duties} onChange={(e) => set({ duties: e.target.value as StepForm['duties'] })}>
              <option value="adapted">{t('rtw.duties.adapted')}</option>
              <option value="full">{t('rtw.duties.full')}</option>
            </select>
          )}
        </Field>
      </div>
      {step.duties === 'adapted' && (
        <fieldset className="checklist">
          <legend>{t('rtw.restrictions')}</legend>
          <div className="checklist__items checklist__items--columns">
            {RESTRICTIONS.map((r) => {
              const current = step.restrictions[r.code];
              const [before, after] = textIn(r.text, locale.language, locale.jurisdiction).split('{value}');
              return (
                <div key={r.code} className="checklist__item restriction">
                  <label>
                    <input
                      type="checkbox"
                      checked={current.chosen}
                      onChange={(e) => set({ restrictions: { ...step.restrictions, [r.code]: { ...current, chosen: e.target.checked } } })}
                    />
                    <span>{r.parameter ? `${before ?? ''}…${after ?? ''}` : before}</span>
                  </label>
                  {r.parameter && current.chosen && (
                    <label className="restriction__value">
                      <span className="visually-hidden">
                        {t('rtw.restrictionValue', { unit: r.parameter.unit })}
                      </span>
                      <input
                        inputMode="numeric"
                        value={current.value}
                        onChange={(e) => set({ restrictions: { ...step.restrictions, [r.code]: { ...current, value: e.target.value } } })}
                      />
                      <span aria-hidden="true">{r.parameter.unit === 'kg' ? 'kg' : 'min'}</span>
                    </label>
                  )}
                </div>
              );
            })}
          </div>
        </fieldset>
      )}
      <Field label={`${t('rtw.note')} (${t('common.optional')})`} hint={t('rtw.noteHint')}>
        {(props) => <textarea {...props} rows={2} value={step.note} onChange={(e) => set({ note: e.target.value })} />}
      </Field>
      <div className="plan-step__actions">
        <button type="button" className="button button--small button--neutral" onClick={onRemove}>
          {t('rtw.removeStep', { number: index + 1 })}
        </button>
      </div>
    </fieldset>
  );
}
