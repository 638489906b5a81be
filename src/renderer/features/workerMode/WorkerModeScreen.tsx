import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import type { ChannelOutput } from '../../../shared/ipc';
import type { WorkerAnswers } from '../../../shared/model';
import { APPLIES_LABEL, DOES_NOT_APPLY_LABEL, OUTCOME_MEASURES, ROLAND_MORRIS_DEFINITION, ROLAND_MORRIS_ITEM_COUNT, textIn, type LocalizedText } from '../../../shared/rules';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { useT } from '../../i18n/LocaleContext';
import { WORKER_MODE_RETURN_KEY } from '../intake/handToWorker';

type Questionnaire = ChannelOutput<'workerMode.questionnaire'>;

/** One question on the screen: a 0-10 scale, a number of hours, or a statement that is true or not. */
type Question =
  | { kind: 'scale'; key: string; title: LocalizedText; text: LocalizedText | string; min: LocalizedText | null; max: LocalizedText | null; get(a: WorkerAnswers): number | undefined; set(a: WorkerAnswers, v: number): WorkerAnswers }
  | { kind: 'hours'; key: string; title: LocalizedText; text: LocalizedText; get(a: WorkerAnswers): number | undefined; set(a: WorkerAnswers, v: number): WorkerAnswers }
  | { kind: 'statement'; key: string; title: LocalizedText; text: LocalizedText; get(a: WorkerAnswers): boolean | null | undefined; set(a: WorkerAnswers, v: boolean): WorkerAnswers };

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
    } else {
      ROLAND_MORRIS_DEFINITION.items.forEach((item, index) => {
        list.push({
          kind: 'statement',
          key: item.id,
          title: ROLAND_MORRIS_DEFINITION.title,
          text: item.label,
          get: (a) => a.rolandMorris?.[index],
          set: (a, v) => {
            const ticks = a.rolandMorris ?? Array.from({ length: ROLAND_MORRIS_ITEM_COUNT }, () => null);
            return { ...a, rolandMorris: ticks.map((t, i) => (i === index ? v : t)) };
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
      } else if (question.kind === 'statement' && ['j', 'y', 'o', 'n'].includes(event.key.toLowerCase())) {
        answer(question.set(answers, event.key.toLowerCase() !== 'n'), true);
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
              {question.kind === 'statement' && (
                <div className="worker-mode__statement">
                  {[true, false].map((v) => (
                    <button
                      key={String(v)}
                      type="button"
                      className="worker-mode__choice worker-mode__choice--wide"
                      aria-pressed={question.get(answers) === v}
                      onClick={() => answer(question.set(answers, v), true)}
                    >
                      {text(v ? APPLIES_LABEL : DOES_NOT_APPLY_LABEL)}
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
