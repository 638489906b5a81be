import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import type { ChannelOutput } from '../../../shared/ipc';
import type { WorkerAnswers } from '../../../shared/model';
import {
  OREBRO_DEFINITION,
  OUTCOME_MEASURES,
  ROLAND_MORRIS_DEFINITION,
  ROLAND_MORRIS_ITEM_COUNT,
  START_BACK_DEFINITION,
  textIn,
  type AnswerFormat,
  type LocalizedText,
  type QuestionnaireDefinition,
} from '../../../shared/rules';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { useT } from '../../i18n/LocaleContext';
import { WORKER_MODE_RETURN_KEY } from '../intake/handToWorker';
import { typedAnswer } from '../intake/quickEntry';

type Questionnaire = ChannelOutput<'workerMode.questionnaire'>;

/** An answer option on screen: its value as stored and its words. */
interface ScreenOption {
  value: string | number | boolean;
  label: LocalizedText;
}

/** One question on the screen: a 0-10 scale, a number of hours, or a choice between options. */
type Question =
  | { kind: 'scale'; key: string; title: LocalizedText; recall?: LocalizedText | undefined; licence?: LocalizedText | undefined; text: LocalizedText | string; min: LocalizedText | null; max: LocalizedText | null; get(a: WorkerAnswers): number | undefined; set(a: WorkerAnswers, v: number): WorkerAnswers }
  | { kind: 'hours'; key: string; title: LocalizedText; text: LocalizedText; get(a: WorkerAnswers): number | undefined; set(a: WorkerAnswers, v: number): WorkerAnswers }
  | {
      kind: 'options';
      key: string;
      title: LocalizedText;
      recall?: LocalizedText | undefined;
      licence?: LocalizedText | undefined;
      text: LocalizedText;
      format: Extract<AnswerFormat, { kind: 'options' }>;
      options: readonly ScreenOption[];
      get(a: WorkerAnswers): string | number | boolean | null | undefined;
      set(a: WorkerAnswers, v: string | number | boolean): WorkerAnswers;
    };

type ItemAnswers = Record<string, string | number | boolean | undefined>;

/** The questions of a questionnaire definition (STarT Back, Örebro), answers kept by item id under `field`. */
function definitionQuestions(definition: QuestionnaireDefinition<string, string>, field: 'startBack' | 'orebro'): Question[] {
  const answersOf = (a: WorkerAnswers): ItemAnswers => (a[field] ?? {}) as ItemAnswers;
  return definition.items.map((item): Question => {
    const get = (a: WorkerAnswers) => answersOf(a)[item.id];
    const set = (a: WorkerAnswers, v: string | number | boolean) => ({ ...a, [field]: { ...answersOf(a), [item.id]: v } });
    const format = item.answer;
    if (format.kind === 'scale') {
      return { kind: 'scale', key: `${field}-${item.id}`, title: definition.title, recall: definition.recallPeriod, licence: definition.licence.notice, text: item.question, min: format.minLabel, max: format.maxLabel, get: (a) => get(a) as number | undefined, set };
    }
    return { kind: 'options', key: `${field}-${item.id}`, title: definition.title, recall: definition.recallPeriod, licence: definition.licence.notice, text: item.question, format, options: format.options, get, set };
  });
}

function questionsOf(q: Questionnaire): Question[] {
  const list: Question[] = [];
  const m = OUTCOME_MEASURES;
  for (const id of q.questionnaires) {
    if (id === 'painNow' || id === 'workAbility') {
      list.push({ kind: 'scale', key: id, title: m[id].title, text: m[id].question, min: m[id].minLabel, max: m[id].maxLabel, get: (a) => a[id], set: (a, v) => ({ ...a, [id]: v }) });
    } else if (id === 'hoursWorked') {
      list.push({ kind: 'hours', key: id, title: m.hoursWorked.title, text: m.hoursWorked.question, get: (a) => a.hoursWorked, set: (a, v) => ({ ...a, hoursWorked: v }) });
    } else if (id === 'psk') {
      for (const activity of q.pskActivities) {
        list.push({
          kind: 'scale',
          key: `psk-${activity}`,
          title: m.psk.title,
          text: activity,
          min: m.psk.minLabel,
          max: m.psk.maxLabel,
          get: (a) => a.psk?.find((p) => p.activity === activity)?.score,
          set: (a, v) => ({ ...a, psk: [...(a.psk ?? []).filter((p) => p.activity !== activity), { activity, score: v }] }),
        });
      }
    } else if (id === 'startBack') {
      list.push(...definitionQuestions(START_BACK_DEFINITION, 'startBack'));
    } else if (id === 'orebro') {
      list.push(...definitionQuestions(OREBRO_DEFINITION, 'orebro'));
    } else {
      ROLAND_MORRIS_DEFINITION.items.forEach((item, index) => {
        if (item.answer.kind !== 'options') return;
        list.push({
          kind: 'options',
          key: item.id,
          title: ROLAND_MORRIS_DEFINITION.title,
          licence: ROLAND_MORRIS_DEFINITION.licence.notice,
          text: item.question,
          format: item.answer,
          options: item.answer.options,
          get: (a) => a.rolandMorris?.[index],
          set: (a, v) => {
            const ticks = a.rolandMorris ?? Array.from({ length: ROLAND_MORRIS_ITEM_COUNT }, () => null);
            return { ...a, rolandMorris: ticks.map((t, i) => (i === index ? v === true : t)) };
          },
        });
      });
    }
  }
  return list;
}

/**
 * The worker's own questionnaire, full screen: one question at a time, large, answered by touch or
 * keys, nothing else of the practice. Only the doctor's passphrase leaves it (checked by main).
 */
export function WorkerModeScreen({ onLeft }: { onLeft(): void }) {
  const translator = useT();
  const { t, locale } = translator;
  const text = (value: LocalizedText | string) => (typeof value === 'string' ? value : textIn(value, locale.language));
  const [questionnaire, setQuestionnaire] = useState<Questionnaire | null>(null);
  const [answers, setAnswers] = useState<WorkerAnswers>({});
  const [index, setIndex] = useState(0);
  const [leaving, setLeaving] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void call('workerMode.questionnaire', {}).then((result) => {
      if (result.ok) {
        setQuestionnaire(result.value);
        setAnswers(result.value.answers);
      }
    });
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, []);

  const questions = questionnaire ? questionsOf(questionnaire) : [];
  const done = questionnaire !== null && index >= questions.length;
  const question = questions[index];

  useEffect(() => headingRef.current?.focus(), [index]);

  const answer = useCallback(
    (next: WorkerAnswers, advance: boolean) => {
      setAnswers(next);
      void call('workerMode.answer', { answers: next });
      if (advance) setIndex((i) => i + 1);
    },
    [],
  );

  useEffect(() => {
    if (!question || leaving) return;
    const onKey = (event: KeyboardEvent) => {
      if (question.kind === 'scale' && /^[0-9]$/.test(event.key)) {
        const current = question.get(answers);
        // "1" then "0" gives 10.
        const value = current === 1 && event.key === '0' ? 10 : Number(event.key);
        answer(question.set(answers, value), false);
      } else if (question.kind === 'options') {
        const typed = typedAnswer(question.format, null, event.key);
        const option = typed?.kind === 'answer' ? question.options.find((o) => String(o.value) === typed.value) : undefined;
        if (option) answer(question.set(answers, option.value), true);
      } else if (event.key === 'Enter' && question.kind === 'scale' && question.get(answers) !== undefined) {
        setIndex((i) => i + 1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [question, answers, answer, leaving]);

  const leave = async (event: FormEvent) => {
    event.preventDefault();
    const result = await call('workerMode.leave', { passphrase });
    if (!result.ok) {
      setFailure(errorText(result.error, translator));
      return;
    }
    void document.exitFullscreen?.().catch(() => undefined);
    window.location.hash = sessionStorage.getItem(WORKER_MODE_RETURN_KEY) ?? '';
    sessionStorage.removeItem(WORKER_MODE_RETURN_KEY);
    onLeft();
  };

  return (
    <main className="worker-mode">
      {!leaving && questionnaire && (
        <section className="worker-mode__card" aria-live="polite">
          {question && (
            <>
              <p className="worker-mode__progress">{t('workerMode.progress', { n: index + 1, total: questions.length })}</p>
              <p className="worker-mode__measure">{text(question.title)}</p>
              {question.kind !== 'hours' && question.recall && <p className="worker-mode__recall">{text(question.recall)}</p>}
              <h1 ref={headingRef} tabIndex={-1} className="worker-mode__question">
                {text(question.text)}
              </h1>
              {question.kind === 'scale' && (
                <>
                  <div className="worker-mode__scale" role="radiogroup" aria-label={text(question.text)}>
                    {Array.from({ length: 11 }, (_, v) => (
                      <button
                        key={v}
                        type="button"
                        role="radio"
                        aria-checked={question.get(answers) === v}
                        className="worker-mode__choice"
                        onClick={() => answer(question.set(answers, v), true)}
                      >
                        {v}
                      </button>
                    ))}
                  </div>
                  <p className="worker-mode__anchors">
                    <span>0 = {question.min ? text(question.min) : ''}</span>
                    <span>10 = {question.max ? text(question.max) : ''}</span>
                  </p>
                </>
              )}
              {question.kind === 'options' && (
                <div className={question.options.length > 2 ? 'worker-mode__options' : 'worker-mode__statement'}>
                  {question.options.map((option, optionIndex) => (
                    <button
                      key={String(option.value)}
                      type="button"
                      className="worker-mode__choice worker-mode__choice--wide"
                      aria-pressed={question.get(answers) === option.value}
                      onClick={() => answer(question.set(answers, option.value), true)}
                    >
                      {question.options.length > 2 && <span className="worker-mode__key">{(optionIndex + 1) % 10}</span>}
                      {text(option.label)}
                    </button>
                  ))}
                </div>
              )}
              {question.kind === 'hours' && (
                <form
                  className="worker-mode__hours"
                  onSubmit={(event) => {
                    event.preventDefault();
                    setIndex((i) => i + 1);
                  }}
                >
                  <label>
                    <input
                      type="number"
                      min={0}
                      max={80}
                      step={0.5}
                      inputMode="decimal"
                      value={question.get(answers) ?? ''}
                      onChange={(e) => {
                        const value = Number(e.target.value);
                        if (e.target.value !== '' && Number.isFinite(value) && value >= 0 && value <= 80) answer(question.set(answers, value), false);
                      }}
                    />{' '}
                    {t('workerMode.hoursUnit')}
                  </label>
                  <button type="submit" className="worker-mode__choice worker-mode__choice--wide">
                    {t('workerMode.next')}
                  </button>
                </form>
              )}
              <p className="worker-mode__keys">{t('workerMode.keys')}</p>
              {question.kind !== 'hours' && question.licence && <p className="worker-mode__licence">{text(question.licence)}</p>}
              <div className="worker-mode__nav">
                <button type="button" className="button" disabled={index === 0} onClick={() => setIndex((i) => Math.max(0, i - 1))}>
                  ← {t('workerMode.back')}
                </button>
                {question.kind === 'scale' && question.get(answers) !== undefined && (
                  <button type="button" className="button button--primary" onClick={() => setIndex((i) => i + 1)}>
                    {t('workerMode.next')} →
                  </button>
                )}
              </div>
            </>
          )}
          {done && (
            <h1 ref={headingRef} tabIndex={-1} className="worker-mode__question">
              {t('workerMode.done')}
            </h1>
          )}
        </section>
      )}
      {leaving ? (
        <form className="worker-mode__card worker-mode__leave" onSubmit={(e) => void leave(e)}>
          <label htmlFor="worker-mode-passphrase">{t('workerMode.passphrase')}</label>
          <input id="worker-mode-passphrase" type="password" autoComplete="current-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoFocus />
          {failure && (
            <p className="field__error" role="alert">
              {failure}
            </p>
          )}
          <button type="submit" className="button button--primary">
            {t('workerMode.leave')}
          </button>
        </form>
      ) : (
        <button type="button" className="button worker-mode__doctor" onClick={() => setLeaving(true)}>
          {t('workerMode.doctorLeave')}
        </button>
      )}
    </main>
  );
}
