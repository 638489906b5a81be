import {
  MAX_PSK_ACTIVITIES,
  OUTCOME_MEASURES,
  ROLAND_MORRIS_DEFINITION,
  scoreRolandMorris,
  textIn,
  type LocalizedText,
} from '../../../shared/rules';
import { Field } from '../../components/Field';
import { useT } from '../../i18n/LocaleContext';
import { rolandMorrisAnswersOf, type OutcomesForm } from './intakeForm';
import { quickEntryProps, RATING_0_TO_10 } from './quickEntry';
import type { SectionProps } from './sectionProps';
import { WorkerMark } from './WorkerMark';

/** Work ability, hours worked, PSK and the Roland-Morris: the measures followed over the episode. */
export function OutcomeSection({ form, update, error }: SectionProps) {
  const { t, locale } = useT();
  const text = (value: LocalizedText) => textIn(value, locale.language);
  const o = form.outcomes;
  const setOutcomes = (change: (outcomes: OutcomesForm) => OutcomesForm) => update((f) => ({ ...f, outcomes: change(f.outcomes) }));
  const rolandMorris = rolandMorrisAnswersOf(o);

  const answerItem = (index: number, value: string) =>
    setOutcomes((current) => ({ ...current, rolandMorris: current.rolandMorris.map((a, i) => (i === index ? value : a)) }));
  const setWorkAbility = (value: string) => setOutcomes((current) => ({ ...current, workAbility: value }));

  const psk = [...o.psk, ...Array.from({ length: MAX_PSK_ACTIVITIES - o.psk.length }, () => ({ activity: '', score: '' }))];
  const setPsk = (index: number, field: 'activity' | 'score', value: string) =>
    setOutcomes((current) => {
      const rows = [...current.psk, ...Array.from({ length: MAX_PSK_ACTIVITIES - current.psk.length }, () => ({ activity: '', score: '' }))];
      const next = rows.map((row, i) => (i === index ? { ...row, [field]: value } : row));
      // Keep the named rows (and a row with only a score, so typing is never lost).
      return { ...current, psk: next.filter((row, i) => row.activity !== '' || row.score !== '' || i < current.psk.length).slice(0, MAX_PSK_ACTIVITIES) };
    });

  return (
    <>
      <div className="form-grid">
        <Field
          label={t('followUp.workAbility')}
          hint={`${text(OUTCOME_MEASURES.workAbility.question)} ${t('followUp.micHint', { mic: String(OUTCOME_MEASURES.workAbility.minimalImportantChange).replace('.', locale.language === 'en' ? '.' : ',') })}`}
          error={error('outcomes.workAbility')}
        >
          {(props) => (
            <>
              <input
                {...props}
                inputMode="numeric"
                autoComplete="off"
                value={o.workAbility}
                onChange={(e) => setWorkAbility(e.target.value)}
                {...quickEntryProps('work-ability', RATING_0_TO_10, setWorkAbility)}
              />
              <WorkerMark form={form} questionnaire="workAbility" />
            </>
          )}
        </Field>
        <Field label={t('followUp.hoursWorked')} hint={text(OUTCOME_MEASURES.hoursWorked.question)} error={error('outcomes.hoursWorkedPerWeek')}>
          {(props) => (
            <>
              <input
                {...props}
                inputMode="decimal"
                autoComplete="off"
                value={o.hoursWorked}
                onChange={(e) => setOutcomes((current) => ({ ...current, hoursWorked: e.target.value }))}
              />
              <WorkerMark form={form} questionnaire="hoursWorked" />
            </>
          )}
        </Field>
      </div>

      <section className="questionnaire" aria-labelledby="psk-title">
        <div className="questionnaire__header">
          <h3 id="psk-title">{text(OUTCOME_MEASURES.psk.title)}</h3>
          <WorkerMark form={form} questionnaire="psk" />
        </div>
        <p className="muted">
          {text(OUTCOME_MEASURES.psk.question)} 0 = {text(OUTCOME_MEASURES.psk.minLabel ?? OUTCOME_MEASURES.psk.title)}, 10 ={' '}
          {text(OUTCOME_MEASURES.psk.maxLabel ?? OUTCOME_MEASURES.psk.title)}.
        </p>
        {psk.map((row, index) => (
          <div className="form-grid psk-row" key={index}>
            <Field label={t('followUp.pskActivity', { n: index + 1 })} error={error(`outcomes.psk.${index}.activity`)}>
              {(props) => <input {...props} autoComplete="off" value={row.activity} onChange={(e) => setPsk(index, 'activity', e.target.value)} />}
            </Field>
            <Field label={t('followUp.pskScore')} error={error(`outcomes.psk.${index}.score`)}>
              {(props) => (
                <input
                  {...props}
                  inputMode="numeric"
                  autoComplete="off"
                  value={row.score}
                  onChange={(e) => setPsk(index, 'score', e.target.value)}
                  {...quickEntryProps(`psk-${index}`, RATING_0_TO_10, (typed) => setPsk(index, 'score', typed))}
                />
              )}
            </Field>
          </div>
        ))}
        {OUTCOME_MEASURES.psk.licence && <p className="licence">{text(OUTCOME_MEASURES.psk.licence.notice)}</p>}
      </section>

      <section className="questionnaire" aria-labelledby="roland-morris-title">
        <div className="questionnaire__header">
          <h3 id="roland-morris-title">{text(ROLAND_MORRIS_DEFINITION.title)}</h3>
          <p className="questionnaire__score" aria-live="polite">
            {rolandMorris
              ? t('followUp.rolandMorrisScore', { score: scoreRolandMorris(rolandMorris) })
              : t('intake.answered', { count: o.rolandMorris.filter((a) => a !== '').length, total: ROLAND_MORRIS_DEFINITION.items.length })}
          </p>
        </div>
        <WorkerMark form={form} questionnaire="rolandMorris" />
        {ROLAND_MORRIS_DEFINITION.recallPeriod && <p className="muted">{text(ROLAND_MORRIS_DEFINITION.recallPeriod)}</p>}
        <p className="muted small">{t('followUp.quickEntry')}</p>
        {error('outcomes.rolandMorris') && (
          <p className="field__error" role="alert">
            ⚠ {error('outcomes.rolandMorris')}
          </p>
        )}
        <div className="rm-items">
          {ROLAND_MORRIS_DEFINITION.items.map((item, index) => (
            <fieldset className="rm-item" key={item.id}>
              <legend>
                {item.position}. {text(item.label)}
              </legend>
              <div className="rm-item__options">
                {item.answer.kind === 'options' &&
                  item.answer.options.map((option) => {
                    const value = String(option.value);
                    return (
                      <label key={value} className="choice__option">
                        <input
                          type="radio"
                          name={`roland-morris-${item.position}`}
                          value={value}
                          checked={o.rolandMorris[index] === value}
                          onChange={() => answerItem(index, value)}
                          {...(item.answer.kind === 'options' ? quickEntryProps(`roland-morris-${item.position}`, item.answer, (typed) => answerItem(index, typed)) : {})}
                        />
                        {text(option.label)}
                      </label>
                    );
                  })}
              </div>
            </fieldset>
          ))}
        </div>
        <p className="licence">{text(ROLAND_MORRIS_DEFINITION.licence.notice)}</p>
        {ROLAND_MORRIS_DEFINITION.labelsAreParaphrases && <p className="licence">{text(ROLAND_MORRIS_DEFINITION.wordingNotice)}</p>}
      </section>
    </>
  );
}
