import { useCallback, useEffect, useState } from 'react';
import type { PlanOverview } from '../../../shared/channels/planChannels';
import type { MessageKey } from '../../../shared/i18n';
import { validationMessageKey } from '../../../shared/validationCode';
import { planDocumentSchema, type PlanDocument, type PlanVersion } from '../../../shared/model';
import { fullDutiesText, isUrgentReferral, restrictionText, validateReturnToWorkPlan } from '../../../shared/rules';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { useUnsavedChangesGuard } from '../../app/useUnsavedChangesGuard';
import { DateInput } from '../../components/DateInput';
import { ChangedMeanwhile, differencesOf } from '../../components/ChangedMeanwhile';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useT, type Translator } from '../../i18n/LocaleContext';
import { numberForInput } from '../../i18n/typedNumber';
import { nextStep, planFormOf, planInputOf, type PlanForm } from './planForm';
import { PlanSummary } from './PlanSummary';
import { StepEditor } from './StepEditor';
import { href, paths } from '../../app/routes';

/** Problems of a plan, per step (-1: the plan as a whole), as message keys. */
function problemsOf(form: PlanForm, overview: PlanOverview): Map<number, MessageKey[]> {
  const problems = new Map<number, MessageKey[]>();
  const add = (step: number, key: MessageKey) => problems.set(step, [...(problems.get(step) ?? []), key]);
  const parsed = planDocumentSchema.safeParse(planInputOf(form, overview.today, overview.contractHoursPerWeek));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const step = issue.path[0] === 'steps' && typeof issue.path[1] === 'number' ? issue.path[1] : -1;
      add(step, issue.path[0] === 'reviewDate' ? 'rtw.problem.reviewDate' : 'rtw.problem.fields');
    }
    return problems;
  }
  for (const violation of validateReturnToWorkPlan(parsed.data, { urgency: overview.urgency, atWork: overview.atWork })) {
    add(violation.step ?? -1, validationMessageKey(`plan.${violation.code}`));
  }
  return problems;
}

/** A plan as lines to compare: its status, the hold's review date, and each step in one line. */
function planLines(plan: PlanDocument, { t, plural, date, number, locale }: Translator): Record<string, string> {
  const lines: Record<string, string> = { status: plan.status === 'onHold' ? t('rtw.onHold') : t('rtw.planned') };
  if (plan.status === 'onHold') {
    lines.reviewDate = plan.reviewDate === null ? '' : date(plan.reviewDate);
    return lines;
  }
  plan.steps.forEach((step, index) => {
    const duties =
      step.duties === 'full'
        ? fullDutiesText(number(plan.contractHoursPerWeek), locale.language, locale.jurisdiction)
        : step.restrictions.length === 0
          ? t('rtw.adaptedNoRestrictions')
          : step.restrictions.map((r) => restrictionText(r, locale.language)).join('; ');
    const parts = [t('rtw.fromDate', { date: date(step.startDate) }), plural('rtw.hoursPerWeekValue', step.hoursPerWeek), duties, step.note ?? '', t('rtw.reviewOn', { date: date(step.reviewDate) })];
    lines[`step${index + 1}`] = parts.filter((part) => part !== '').join(' · ');
  });
  return lines;
}

/** Where the user's plan and the plan saved meanwhile differ, line by line. */
function planDifferences(yours: PlanDocument, saved: PlanDocument, translator: Translator) {
  const mine = planLines(yours, translator);
  const theirs = planLines(saved, translator);
  const steps = Math.max(yours.steps.length, saved.steps.length);
  const fields = [
    { field: 'status', label: translator.t('rtw.status') },
    { field: 'reviewDate', label: translator.t('rtw.holdReviewDate') },
    ...Array.from({ length: steps }, (_, index) => ({ field: `step${index + 1}`, label: translator.t('concurrency.plan.step', { number: index + 1 }) })),
  ];
  const all = (lines: Record<string, string>) => Object.fromEntries(fields.map(({ field }) => [field, lines[field] ?? '']));
  return differencesOf(fields, all(mine), all(theirs));
}

/** The return-to-work plan of one episode: start from the suggestion, edit, save as a new version. */
export function PlanScreen({ workerId, episodeId }: { workerId: number; episodeId: number }) {
  const translator = useT();
  const { t, number, date, locale } = translator;
  const [overview, setOverview] = useState<PlanOverview | null>(null);
  const [form, setForm] = useState<PlanForm | null>(null);
  const [viewing, setViewing] = useState<PlanVersion | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [showProblems, setShowProblems] = useState(false);
  const [saving, setSaving] = useState(false);
  // The version the editor started from (null: the first plan), and the version someone else saved
  // meanwhile when a save was refused for it.
  const [basedOn, setBasedOn] = useState<number | null>(null);
  const [savedMeanwhile, setSavedMeanwhile] = useState<{ saved: PlanVersion; sent: PlanDocument } | null>(null);
  useUnsavedChangesGuard(form !== null);

  const load = useCallback(async () => {
    const result = await call('plans.get', { workerId, episodeId });
    if (result.ok) {
      setOverview(result.value);
      setViewing(result.value.versions[0] ?? null);
    } else {
      setMessage({ tone: 'error', text: errorText(result.error, translator) });
    }
  }, [workerId, episodeId, translator]);
  useEffect(() => void load(), [load]);

  if (!overview) return message ? <Notice tone="error">{message.text}</Notice> : <p className="muted">{t('common.loading')}</p>;

  const current = overview.versions[0] ?? null;
  const onHoldRequired = isUrgentReferral(overview.urgency);
  const problems = form ? problemsOf(form, overview) : new Map<number, MessageKey[]>();

  function startEditing(from: 'current' | 'suggestion') {
    const source = from === 'current' ? current?.plan : overview?.suggestion;
    if (!source) return;
    const next = planFormOf(source, (value) => numberForInput(value, locale.language));
    setForm(onHoldRequired ? { ...next, status: 'onHold', reviewDate: next.reviewDate || (overview?.suggestion?.reviewDate ?? '') } : next);
    setBasedOn(current?.version ?? null);
    setSavedMeanwhile(null);
    setMessage(null);
    setShowProblems(false);
  }

  async function save(from: number | null) {
    if (!form || !overview) return;
    if (problems.size > 0) {
      setShowProblems(true);
      setMessage({ tone: 'error', text: t('rtw.fixProblems') });
      return;
    }
    setSaving(true);
    const parsed = planDocumentSchema.parse(planInputOf(form, overview.today, overview.contractHoursPerWeek));
    const result = await call('plans.save', { workerId, episodeId, plan: parsed, basedOnVersion: from });
    if (!result.ok && result.error.code === 'changedMeanwhile') {
      // Nothing was written: the editor stays, beside the version saved now.
      const reloaded = await call('plans.get', { workerId, episodeId });
      setSaving(false);
      if (!reloaded.ok) return setMessage({ tone: 'error', text: errorText(reloaded.error, translator) });
      setOverview(reloaded.value);
      setViewing(reloaded.value.versions[0] ?? null);
      const saved = reloaded.value.versions[0];
      setSavedMeanwhile(saved ? { saved, sent: parsed } : null);
      setMessage(null);
      return;
    }
    setSaving(false);
    if (!result.ok) {
      setMessage({ tone: 'error', text: errorText(result.error, translator) });
      return;
    }
    // Show the saved version before the editor closes, so the summary never shows the old plan.
    await load();
    setForm(null);
    setSavedMeanwhile(null);
    setMessage({ tone: 'success', text: t('rtw.savedMessage', { version: result.value.version }) });
  }

  const { worker } = overview;
  return (
    <div className="plan-screen">
      <header className="page-header">
        <a href={href(paths.dossier(workerId))} className="back-link">
          ← {t('dossier.backToDossier')}
        </a>
        <h1>
          {t('rtw.title')} · {worker.firstName} {worker.lastName}
        </h1>
        <p className="muted">
          {t('dossier.episodeTitle', { date: date(overview.episode.onsetDate) })} · {t('rtw.contractHours', { hours: number(overview.contractHoursPerWeek) })}
          {overview.latestConsultationDate && ` · ${t('rtw.basedOn', { date: date(overview.latestConsultationDate) })}`}
        </p>
      </header>

      {onHoldRequired && (
        <Notice tone="error">
          <strong>{t('rtw.onHold')}</strong> {t('rtw.onHoldBecause')}
        </Notice>
      )}
      {message && <Notice tone={message.tone}>{message.text}</Notice>}

      {!form && (
        <div className="plan-layout">
          <section className="panel" aria-labelledby="plan-current-title">
            <div className="panel__header">
              <h2 id="plan-current-title">{viewing && viewing !== current ? t('rtw.olderVersion') : t('rtw.currentPlan')}</h2>
              <div className="form-actions__group">
                {current && (
                  <button type="button" className="button button--primary" onClick={() => startEditing('current')}>
                    {t('rtw.edit')}
                  </button>
                )}
                {overview.suggestion && (
                  <button type="button" className={current ? 'button' : 'button button--primary'} onClick={() => startEditing('suggestion')}>
                    {t('rtw.startFromSuggestion')}
                  </button>
                )}
              </div>
            </div>
            {viewing ? <PlanSummary version={viewing} today={overview.today} nextEvaluation={viewing === current ? overview.nextEvaluation : null} /> : <p className="muted">{overview.suggestion ? t('rtw.noneYet') : t('rtw.needConsultation')}</p>}
          </section>
          {overview.versions.length > 0 && (
            <section className="panel" aria-labelledby="plan-versions-title">
              <h2 id="plan-versions-title">{t('rtw.versions')}</h2>
              <ol className="version-list">
                {overview.versions.map((v) => (
                  <li key={v.version}>
                    <button type="button" className="link-button" aria-current={viewing === v ? 'true' : undefined} onClick={() => setViewing(v)}>
                      {t('rtw.versionLine', { version: v.version, date: date(v.createdAt.slice(0, 10)), name: v.createdByName })}
                    </button>{' '}
                    <span className="muted">· {v.status === 'onHold' ? t('rtw.onHold') : t('rtw.planned')}</span>
                  </li>
                ))}
              </ol>
            </section>
          )}
        </div>
      )}

      {form && (
        <section className="panel plan-editor" aria-labelledby="plan-editor-title">
          <h2 id="plan-editor-title">{current ? t('rtw.editTitle', { version: current.version + 1 }) : t('rtw.newTitle')}</h2>
          <p className="muted">{t('rtw.editorHint')}</p>
          {savedMeanwhile && (
            <ChangedMeanwhile
              differences={planDifferences(
                // The editor as it is now; while it does not make a valid plan, the plan that was sent.
                planDocumentSchema.safeParse(planInputOf(form, overview.today, overview.contractHoursPerWeek)).data ?? savedMeanwhile.sent,
                savedMeanwhile.saved.plan,
                translator,
              )}
              busy={saving}
              onKeepMine={() => {
                setBasedOn(savedMeanwhile.saved.version);
                void save(savedMeanwhile.saved.version);
              }}
              onTakeSaved={() => {
                setForm(null);
                setSavedMeanwhile(null);
              }}
            >
              <p>{t('concurrency.plan.savedAs', { version: savedMeanwhile.saved.version, name: savedMeanwhile.saved.createdByName })}</p>
            </ChangedMeanwhile>
          )}
          {showProblems &&
            (problems.get(-1) ?? []).map((key) => (
              <p key={key} className="field__error" role="alert">
                ⚠ {t(key)}
              </p>
            ))}
          <fieldset className="choice">
            <legend>{t('rtw.status')}</legend>
            <div className="choice__options">
              {(['planned', 'onHold'] as const).map((status) => (
                <label key={status} className="choice__option">
                  <input
                    type="radio"
                    name="plan-status"
                    checked={form.status === status}
                    disabled={status === 'planned' && onHoldRequired}
                    onChange={() => setForm({ ...form, status })}
                  />
                  {status === 'planned' ? t('rtw.planned') : t('rtw.onHold')}
                </label>
              ))}
            </div>
          </fieldset>
          {form.status === 'onHold' ? (
            <div className="form-grid">
              <Field label={t('rtw.holdReviewDate')}>
                {(props) => <DateInput {...props} value={form.reviewDate} today={overview.today} onChange={(v) => setForm({ ...form, reviewDate: v })} />}
              </Field>
            </div>
          ) : (
            <>
              {form.steps.map((step, index) => (
                <StepEditor
                  key={index}
                  index={index}
                  step={step}
                  today={overview.today}
                  problems={showProblems ? (problems.get(index) ?? []).map((key) => t(key)) : []}
                  onChange={(changed) => setForm({ ...form, steps: form.steps.map((s, i) => (i === index ? changed : s)) })}
                  onRemove={() => setForm({ ...form, steps: form.steps.filter((_, i) => i !== index) })}
                />
              ))}
              <button type="button" className="button" onClick={() => setForm({ ...form, steps: [...form.steps, nextStep(form, overview.today, locale.jurisdiction)] })}>
                + {t('rtw.addStep')}
              </button>
            </>
          )}
          <div className="form-actions">
            <button type="button" className="button button--primary" disabled={saving} onClick={() => void save(basedOn)}>
              {saving ? t('common.saving') : t('rtw.save')}
            </button>
            <button type="button" className="button" onClick={() => setForm(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
