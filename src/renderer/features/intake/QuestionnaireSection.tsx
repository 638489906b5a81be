import { useState } from 'react';
import { OREBRO_DEFINITION, START_BACK_DEFINITION, textIn, type LocalizedText } from '../../../shared/rules';
import { Field } from '../../components/Field';
import { useT } from '../../i18n/LocaleContext';
import { ChoiceGroup } from './controls';
import { countAnswered, type IntakeForm } from './intakeForm';
import { quickEntryProps } from './quickEntry';
import { ScaleRow } from './ScaleRow';
import type { SectionProps } from './sectionProps';
import { WorkerMark } from './WorkerMark';

/**
 * An Örebro answer. Item 2 (pain in the last week) is the pain already asked in the complaint: the
 * first answer to the questionnaire carries it over (still editable), so it is not asked twice.
 */
export function withOrebroAnswer(form: IntakeForm, id: string, value: string): IntakeForm {
  const orebro = { ...form.orebro, [id]: value };
  const pain = form.complaint.painScore.trim();
  if (id !== 'painLastWeek' && (orebro.painLastWeek ?? '') === '' && pain !== '') orebro.painLastWeek = pain;
  return { ...form, orebro };
}

/** STarT Back and the short Örebro questionnaire, one at a time: the worker answers here, the doctor sees the scores. */
export function QuestionnaireSection({ form, update, error, live }: SectionProps) {
  const { t, locale } = useT();
  const text = (value: LocalizedText) => textIn(value, locale.language, locale.jurisdiction);
  const evaluation = live.kind === 'full' ? live.evaluation : null;
  const [shown, setShown] = useState<'startBack' | 'orebro'>(() => (error('orebro') && !error('startBack') ? 'orebro' : 'startBack'));
  const setStartBack = (id: string) => (value: string) => update((f) => ({ ...f, startBack: { ...f.startBack, [id]: value } }));
  const setOrebro = (id: string, value: string) => update((f) => withOrebroAnswer(f, id, value));
  const startBackStatus = evaluation?.startBack
    ? t('intake.startBackResult', {
        total: evaluation.startBack.total,
        psychosocial: evaluation.startBack.psychosocial,
        risk: t(`intake.risk.${evaluation.startBack.risk}`),
      })
    : t('intake.answered', { count: countAnswered(form.startBack), total: START_BACK_DEFINITION.items.length });
  const orebroStatus = evaluation?.orebro
    ? t('intake.orebroResult', { total: evaluation.orebro.total, risk: t(`intake.risk.${evaluation.orebro.risk}`) })
    : t('intake.answered', { count: countAnswered(form.orebro), total: OREBRO_DEFINITION.items.length });
  const complaintPain = form.complaint.painScore.trim();

  return (
    <>
      <div className="questionnaire-switch" role="group" aria-label={t('intake.section.questionnaires')}>
        <button type="button" className="button" aria-pressed={shown === 'startBack'} onClick={() => setShown('startBack')}>
          {text(START_BACK_DEFINITION.title)} · {startBackStatus}
          {error('startBack') && ' ⚠'}
        </button>
        <button type="button" className="button" aria-pressed={shown === 'orebro'} onClick={() => setShown('orebro')}>
          {text(OREBRO_DEFINITION.title)} · {orebroStatus}
          {error('orebro') && ' ⚠'}
        </button>
      </div>
      {shown === 'startBack' && (
      <section className="questionnaire" aria-labelledby="start-back-title">
        <div className="questionnaire__header">
          <h3 id="start-back-title">{text(START_BACK_DEFINITION.title)}</h3>
          <WorkerMark form={form} questionnaire="startBack" />
          <p className="questionnaire__score" aria-live="polite">
            {startBackStatus}
          </p>
        </div>
        {START_BACK_DEFINITION.recallPeriod && <p className="muted">{text(START_BACK_DEFINITION.recallPeriod)}</p>}
        <p className="muted small">{t('followUp.quickEntryStartBack')}</p>
        {error('startBack') && <p className="field__error" role="alert">⚠ {error('startBack')}</p>}
        <div className="questionnaire__items">
          {START_BACK_DEFINITION.items.map((item) => (
            <ChoiceGroup
              key={item.id}
              legend={`${item.position}. ${text(item.label)}`}
              name={`start-back-${item.id}`}
              value={form.startBack[item.id] ?? ''}
              options={item.answer.kind === 'options' ? item.answer.options.map((o) => ({ value: String(o.value), label: text(o.label) })) : []}
              onChange={setStartBack(item.id)}
              {...(item.answer.kind === 'options' ? { quickEntry: { item: `start-back-${item.id}`, format: item.answer } } : {})}
            />
          ))}
        </div>
        <p className="licence">{text(START_BACK_DEFINITION.licence.notice)}</p>
        {START_BACK_DEFINITION.labelsAreParaphrases && <p className="licence">{text(START_BACK_DEFINITION.wordingNotice)}</p>}
      </section>
      )}

      {shown === 'orebro' && (
      <section className="questionnaire" aria-labelledby="orebro-title">
        <div className="questionnaire__header">
          <h3 id="orebro-title">{text(OREBRO_DEFINITION.title)}</h3>
          <WorkerMark form={form} questionnaire="orebro" />
          <p className="questionnaire__score" aria-live="polite">
            {orebroStatus}
          </p>
        </div>
        <p className="muted small">{t('followUp.quickEntryOrebro')}</p>
        {error('orebro') && <p className="field__error" role="alert">⚠ {error('orebro')}</p>}
        <div className="questionnaire__items">
          {OREBRO_DEFINITION.items.map((item) => {
            const answer = item.answer;
            const legend = `${item.position}. ${text(item.label)}`;
            if (answer.kind === 'scale') {
              return (
                <ScaleRow
                  key={item.id}
                  legend={legend}
                  minLabel={text(answer.minLabel)}
                  maxLabel={text(answer.maxLabel)}
                  value={form.orebro[item.id] ?? ''}
                  hint={item.id === 'painLastWeek' && complaintPain !== '' ? t('intake.orebroPainCarried', { pain: complaintPain }) : undefined}
                  error={error(`orebro.${item.id}`)}
                  onChange={(value) => setOrebro(item.id, value)}
                  quickEntry={`orebro-${item.id}`}
                />
              );
            }
            return (
              <Field key={item.id} label={legend} error={error(`orebro.${item.id}`)}>
                {(props) => (
                  <select
                    {...props}
                    value={form.orebro[item.id] ?? ''}
                    onChange={(e) => setOrebro(item.id, e.target.value)}
                    {...quickEntryProps(`orebro-${item.id}`, answer, (typed) => setOrebro(item.id, typed))}
                  >
                    <option value="">{t('intake.notAnswered')}</option>
                    {answer.options.map((o) => (
                      <option key={String(o.value)} value={String(o.value)}>
                        {text(o.label)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            );
          })}
        </div>
        <p className="licence">{text(OREBRO_DEFINITION.licence.notice)}</p>
        {OREBRO_DEFINITION.labelsAreParaphrases && <p className="licence">{text(OREBRO_DEFINITION.wordingNotice)}</p>}
      </section>
      )}
    </>
  );
}
