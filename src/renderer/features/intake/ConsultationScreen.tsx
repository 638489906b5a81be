import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { OpenedConsultation } from '../../../shared/channels/consultationChannels';
import { ageOn, parseDate } from '../../../shared/i18n/format';
import { consultationVersion, intakeChanges, type Consultation, type Intake } from '../../../shared/model';
import { textIn, type LocalizedText } from '../../../shared/rules';
import { call } from '../../api/client';
import { draftWritesSettled, queueDraftWrite } from '../../api/draftWrites';
import { errorText, validationText } from '../../api/errorText';
import { useUnsavedChangesGuard } from '../../app/useUnsavedChangesGuard';
import { Notice } from '../../components/Notice';
import { ChangedMeanwhile, type Difference } from '../../components/ChangedMeanwhile';
import { useStickyTop } from '../../components/useStickyTop';
import { useT } from '../../i18n/LocaleContext';
import { ClinicalPanel } from '../clinicalPanel/ClinicalPanel';
import { deadlineRecordsOf } from '../clinicalPanel/deadlineRecords';
import { DocumentActions } from '../documents/DocumentActions';
import { liveEvaluation } from './liveEvaluation';
import { RedFlagAlert } from '../clinicalPanel/RedFlagAlert';
import { intakeFormFromDraft, intakeFormOf, newIntakeForm, validateIntakeForm, type IntakeErrors, type IntakeForm } from './intakeForm';
import { INTAKE_SECTIONS, sectionIsDone, sectionOfPath } from './sections';
import { followUpForm } from './followUpForm';
import { draftHasWorkerAnswers, workerAnswersOfDraft, withWorkerAnswers } from './workerAnswersForm';
import { handToWorker } from './handToWorker';
import { currentOutcomes } from '../followUp/currentOutcomes';
import { NoImprovement } from '../followUp/NoImprovement';
import { PreviousConsultation } from '../followUp/PreviousConsultation';
import { snapshotOf } from '../../../shared/model';
import { assessImprovement } from '../../../shared/rules';
import { useAutosave } from './useAutosave';
import { href, paths, replacePath } from '../../app/routes';
import { clockTime, localDate } from '../../app/localTime';
import { SignatureBar } from '../signing/SignatureBar';
import { AmendmentHistory } from '../signing/AmendmentHistory';

/** Loads the consultation (and its autosaved draft), then shows the intake. */
export function ConsultationScreen({ workerId, consultationId }: { workerId: number; consultationId: number | null }) {
  const translator = useT();
  const [opened, setOpened] = useState<OpenedConsultation | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    // A draft of this screen still being written (the screen was just left) is read back, not lost.
    void draftWritesSettled()
      .then(() => call('consultations.open', { workerId, consultationId }))
      .then((result) => {
      if (result.ok) setOpened(result.value);
      else setFailure(errorText(result.error, translator));
    });
    // Load once per consultation; a language switch does not reload the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [workerId, consultationId]);

  if (failure) return <Notice tone="error">{failure}</Notice>;
  if (!opened) return <p className="muted">{translator.t('common.loading')}</p>;
  return <ConsultationForm opened={opened} workerId={workerId} initialConsultationId={consultationId} />;
}

/** The form a consultation opens with: its autosaved draft, else the saved consultation, a follow-up or a new intake. */
function formOf(opened: OpenedConsultation): IntakeForm {
  const base = opened.consultation
    ? intakeFormOf(opened.consultation.intake)
    : opened.previous
      ? followUpForm(opened.previous.intake, opened.today)
      : newIntakeForm(opened);
  return opened.draft ? withWorkerAnswers(intakeFormFromDraft(opened.draft.document, base), workerAnswersOfDraft(opened.draft.document)) : base;
}

function ConsultationForm({
  opened,
  workerId,
  initialConsultationId,
}: {
  opened: OpenedConsultation;
  workerId: number;
  initialConsultationId: number | null;
}) {
  const translator = useT();
  const { t, date, locale } = translator;
  const { today, context, worker } = opened;
  const [consultationId, setConsultationId] = useState(initialConsultationId);
  const [saved, setSaved] = useState<Consultation | null>(opened.consultation);
  const [form, setForm] = useState<IntakeForm>(() => formOf(opened));
  const [sectionIndex, setSectionIndex] = useState(0);
  const [visited, setVisited] = useState<ReadonlySet<number>>(() => new Set([0]));
  // A saved consultation is signed: read-only until the doctor starts a correction (an unfinished
  // correction, kept as a draft, opens in correction mode).
  const [amending, setAmending] = useState(opened.consultation !== null && opened.draft !== null);
  const [amendmentReason, setAmendmentReason] = useState('');
  const readOnly = saved !== null && !amending;
  const [errors, setErrors] = useState<IntakeErrors>({});
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  // The consultation as someone else corrected it meanwhile, when a correction was refused for it.
  const [correctedMeanwhile, setCorrectedMeanwhile] = useState<{ stored: Consultation; mine: Intake } | null>(null);
  // While it is shown its own buttons are the way on: Ctrl+S brings it into view instead of saving from the older version.
  const comparisonRef = useRef<HTMLDivElement>(null);
  const sectionRef = useRef<HTMLDivElement>(null);
  const asideRef = useStickyTop<HTMLDivElement>();

  const live = useMemo(() => liveEvaluation(form, context, today), [form, context, today]);
  const redFlags = live.kind === 'full' ? live.evaluation.redFlags : live.redFlags;
  const current = useMemo(() => currentOutcomes(form, live, today), [form, live, today]);
  const { probleemanalyseDate, planVanAanpakDate } = form.complaint;
  const deadlineRecords = useMemo(
    () =>
      deadlineRecordsOf(
        opened.poortwachterRecords,
        { probleemanalyse: parseDate(probleemanalyseDate, today), planVanAanpak: parseDate(planVanAanpakDate, today) },
        opened.previous?.intake.consultationDate ?? null,
      ),
    [opened.poortwachterRecords, opened.previous, probleemanalyseDate, planVanAanpakDate, today],
  );
  const improvement = useMemo(
    () => assessImprovement([...opened.episodeOutcomes.filter((p) => p.date <= current.snapshot.date).map(snapshotOf), current.snapshot]),
    [opened.episodeOutcomes, current],
  );
  const isFollowUp = opened.previous !== null;

  // The stored draft's row version that the next draft save starts from (null: none stored). When
  // another workstation kept this draft meanwhile, saves stop until the doctor chooses which stays.
  const draftVersion = useRef(opened.draft?.rowVersion ?? null);
  const draftConflict = useRef(false);
  const [draftChangedMeanwhile, setDraftChangedMeanwhile] = useState(false);
  const persistDraft = useCallback(
    async (document: IntakeForm) => {
      const result = await queueDraftWrite(async () => {
        if (draftConflict.current) return null;
        const answer = await call('consultations.saveDraft', { workerId, consultationId, rowVersion: draftVersion.current, document });
        if (answer.ok) draftVersion.current = answer.value.rowVersion;
        else if (answer.error.code === 'changedMeanwhile') draftConflict.current = true;
        return answer;
      });
      if (draftConflict.current) setDraftChangedMeanwhile(true);
      return result?.ok ? result.value.savedAt : null;
    },
    [workerId, consultationId],
  );
  const autosave = useAutosave(form, persistDraft, opened.draft?.savedAt ?? null);
  // The worker's answers are taken over once: the draft is written back at once as the form holds
  // it now, without them, so reopening the consultation never applies them again over the doctor's
  // later changes.
  const takeOverWorkerAnswers = useRef(draftHasWorkerAnswers(opened.draft?.document));
  useEffect(() => {
    if (!takeOverWorkerAnswers.current) return;
    takeOverWorkerAnswers.current = false;
    void persistDraft(form);
  }, [persistDraft, form]);
  useUnsavedChangesGuard(autosave.pending);

  /** After a refused draft save: keep the doctor's input (written over the stored draft) or load the stored one. */
  const resolveDraftConflict = useCallback(
    async (keep: 'mine' | 'stored') => {
      const result = await draftWritesSettled().then(() => call('consultations.open', { workerId, consultationId }));
      if (!result.ok) return setMessage({ tone: 'error', text: errorText(result.error, translator) });
      draftVersion.current = result.value.draft?.rowVersion ?? null;
      draftConflict.current = false;
      setDraftChangedMeanwhile(false);
      if (keep === 'mine') return autosave.flush();
      const stored = formOf(result.value);
      autosave.markSaved(stored);
      setForm(stored);
      setErrors({});
    },
    [workerId, consultationId, autosave, translator],
  );

  const update = useCallback((change: (current: IntakeForm) => IntakeForm) => {
    setForm(change);
    setMessage(null);
  }, []);

  const errorFor = useCallback(
    (path: string) => {
      const code = errors[path];
      return code === undefined ? undefined : validationText(code, translator);
    },
    [errors, translator],
  );

  // Focus moves to the new section in the same commit that shows it, never a frame later: a late
  // focus() would steal the caret from a field the doctor has clicked in the meantime and send the
  // rest of the typing into the section's first field.
  const [sectionFocusRequest, setSectionFocusRequest] = useState(0);
  const goToSection = useCallback((index: number) => {
    const next = Math.max(0, Math.min(INTAKE_SECTIONS.length - 1, index));
    setSectionIndex(next);
    setVisited((seen) => (seen.has(next) ? seen : new Set([...seen, next])));
    setSectionFocusRequest((n) => n + 1);
  }, []);
  useLayoutEffect(() => {
    if (sectionFocusRequest === 0) return;
    const first = sectionRef.current?.querySelector<HTMLElement>('input, select, textarea, button');
    (first ?? sectionRef.current)?.focus();
  }, [sectionFocusRequest]);

  /** Saves the form; a correction is made from `from`, the signed version it changes. */
  const save = useCallback(async (from: Consultation | null = saved) => {
    if (saving || readOnly) return;
    const suggested = live.kind === 'full' ? live.evaluation.advice : [];
    // An amendment of a consultation stored unscreened may leave it so: the record keeps saying it.
    const checked = validateIntakeForm(form, today, suggested, { screeningRequired: from === null || from.intake.redFlagsScreened });
    const reasonMissing = from !== null && amendmentReason.trim() === '';
    if (checked.errors || reasonMissing) {
      const found = { ...(checked.errors ?? {}), ...(reasonMissing ? { amendmentReason: 'required' } : {}) };
      setErrors(found);
      setMessage({ tone: 'error', text: t('intake.fixErrors') });
      const first = Object.keys(checked.errors ?? {})[0];
      if (first !== undefined) setSectionIndex(sectionOfPath(first));
      return;
    }
    const unacknowledged = redFlags.flags.some((f) => f.urgency === 'immediate' && !form.acknowledgedRedFlags.includes(f.code));
    if (unacknowledged) {
      setErrors({});
      setMessage({ tone: 'error', text: t('validation.redFlagNotAcknowledged') });
      return;
    }
    setSaving(true);
    const result = await call('consultations.save', {
      workerId,
      consultationId,
      intake: checked.intake,
      amendmentReason: from === null ? null : amendmentReason.trim(),
      basedOnVersion: from === null ? null : consultationVersion(from),
    });
    if (!result.ok && result.error.code === 'changedMeanwhile' && from !== null) {
      // Someone corrected it meanwhile: nothing was written, the input stays, the stored version is shown beside it.
      const stored = await call('consultations.open', { workerId, consultationId: from.id });
      setSaving(false);
      if (stored.ok && stored.value.consultation) {
        setCorrectedMeanwhile({ stored: stored.value.consultation, mine: checked.intake });
        setMessage(null);
      } else setMessage({ tone: 'error', text: errorText(stored.ok ? result.error : stored.error, translator) });
      return;
    }
    setSaving(false);
    if (!result.ok) {
      if (result.error.code === 'validation') {
        const found: IntakeErrors = {};
        for (const issue of result.error.issues) {
          found[issue.path[0] === 'amendmentReason' ? 'amendmentReason' : issue.path.slice(1).join('.')] = issue.code;
        }
        setErrors(found);
        const first = Object.keys(found)[0];
        if (first !== undefined) setSectionIndex(sectionOfPath(first));
      }
      setMessage({ tone: 'error', text: errorText(result.error, translator) });
      return;
    }
    const next = intakeFormOf(result.value.intake);
    autosave.markSaved(next);
    // The saved consultation replaced the draft.
    draftVersion.current = null;
    setForm(next);
    setErrors({});
    setSaved(result.value);
    setCorrectedMeanwhile(null);
    setAmending(false);
    setAmendmentReason('');
    setConsultationId(result.value.id);
    if (consultationId === null) {
      replacePath(paths.consultation(workerId, result.value.id));
    }
    setMessage({ tone: 'success', text: t(from === null ? 'intake.savedMessage' : 'signing.amendedMessage') });
  }, [saving, readOnly, live, form, today, t, redFlags, workerId, consultationId, autosave, translator, saved, amendmentReason]);

  /** Ends the correction: the form shows `signed` (the stored version) again and the correction's draft is dropped. */
  const endAmendment = useCallback(
    async (signed: Consultation) => {
      const original = intakeFormOf(signed.intake);
      autosave.markSaved(original);
      setSaved(signed);
      setCorrectedMeanwhile(null);
      setForm(original);
      setErrors({});
      setAmending(false);
      setAmendmentReason('');
      setMessage(null);
      await queueDraftWrite(() => call('consultations.discardDraft', { workerId, consultationId: signed.id }));
      draftVersion.current = null;
    },
    [autosave, workerId],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const modifier = event.altKey || event.ctrlKey || event.metaKey;
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        if (correctedMeanwhile) comparisonRef.current?.focus();
        else void save();
      } else if (modifier && event.key === 'ArrowDown') {
        event.preventDefault();
        goToSection(sectionIndex + 1);
      } else if (modifier && event.key === 'ArrowUp') {
        event.preventDefault();
        goToSection(sectionIndex - 1);
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [save, goToSection, sectionIndex, correctedMeanwhile]);

  /** What differs between the doctor's correction (as the form holds it now, when complete) and the version stored meanwhile. */
  function correctionDifferences({ stored, mine }: { stored: Consultation; mine: Intake }): Difference[] {
    const now = validateIntakeForm(form, today, live.kind === 'full' ? live.evaluation.advice : [], { screeningRequired: false }).intake ?? mine;
    const words = { t, date, rule: (value: LocalizedText) => textIn(value, locale.language, locale.jurisdiction) };
    return intakeChanges(stored.intake, now, words).map((change) => ({ field: change.label, label: change.label, yours: change.after, saved: change.before }));
  }

  const section = INTAKE_SECTIONS[sectionIndex] ?? INTAKE_SECTIONS[0];
  if (!section) return null;
  const SectionComponent = section.component;
  const sectionHasError = (fields: readonly string[]) => Object.keys(errors).some((path) => fields.includes(path.split('.')[0] ?? ''));
  const episodeId = saved?.episodeId ?? null;

  return (
    <div className="consultation">
      <header className="page-header">
        <a href={href(paths.dossier(workerId))} className="back-link">
          ← {t('dossier.backToDossier')}
        </a>
        <div className="page-header__row">
          <div>
            <h1>
              {t(isFollowUp ? 'followUp.title' : 'intake.title')} · {worker.firstName} {worker.lastName}
            </h1>
            <p className="muted">
              {t('dossier.age', { age: ageOn(worker.birthDate, today) })} · {worker.employerName}
              {worker.jobTitle ? ` · ${worker.jobTitle}` : ''} · {t('intake.consultationOn', { date: date(form.consultationDate) || form.consultationDate })}
            </p>
          </div>
          <p className="save-status" aria-live="polite">
            {draftChangedMeanwhile
              ? t('concurrency.draft.status')
              : correctedMeanwhile
                ? t('signing.correctedMeanwhileStatus')
                : autosave.failed
                  ? t('intake.draftFailed')
                  : autosave.pending
                    ? t('intake.unsavedChanges')
                    : autosave.savedAt
                      ? t('intake.draftSavedAt', { time: clockTime(autosave.savedAt) })
                      : saved
                        ? t('intake.savedAt', { time: clockTime(saved.updatedAt) })
                        : ''}
          </p>
        </div>
      </header>

      {saved && (
        <SignatureBar
          consultation={saved}
          amending={amending}
          reason={amendmentReason}
          reasonError={errorFor('amendmentReason')}
          onAmend={() => {
            setAmending(true);
            setMessage(null);
          }}
          onCancel={() => void endAmendment(correctedMeanwhile?.stored ?? saved)}
          onReason={(reason) => {
            setAmendmentReason(reason);
            setErrors(({ amendmentReason: _dropped, ...rest }) => rest);
          }}
        />
      )}
      <RedFlagAlert
        redFlags={redFlags}
        acknowledged={form.acknowledgedRedFlags}
        referral={form.immediateReferral}
        readOnly={readOnly}
        onAcknowledge={(codes, referredTo) =>
          update((f) => ({
            ...f,
            acknowledgedRedFlags: [...new Set([...f.acknowledgedRedFlags, ...codes])],
            immediateReferral: { referredTo, acknowledgedBy: '', acknowledgedAt: null },
          }))
        }
      />
      {draftChangedMeanwhile && (
        <section className="changed-meanwhile" aria-labelledby="draft-changed-meanwhile-title">
          <h3 id="draft-changed-meanwhile-title">{t('concurrency.draft.title')}</h3>
          <Notice tone="error">{t('concurrency.draft')}</Notice>
          <div className="form-actions">
            <button type="button" className="button button--primary" onClick={() => void resolveDraftConflict('mine')}>
              {t('concurrency.draft.keepMine')}
            </button>
            <button type="button" className="button" onClick={() => void resolveDraftConflict('stored')}>
              {t('concurrency.draft.loadSaved')}
            </button>
          </div>
        </section>
      )}
      {correctedMeanwhile && (
        <div ref={comparisonRef} tabIndex={-1}>
          <ChangedMeanwhile
            differences={correctionDifferences(correctedMeanwhile)}
            busy={saving}
            onKeepMine={() => void save(correctedMeanwhile.stored)}
            onTakeSaved={() => void endAmendment(correctedMeanwhile.stored)}
          >
            {correctedMeanwhile.stored.amendments.slice(-1).map((amendment) => (
              <p key={amendment.id}>
                {t('signing.amendment', { name: amendment.amendedBy, date: date(localDate(amendment.amendedAt)), time: clockTime(amendment.amendedAt) })}.{' '}
                {t('signing.amendmentReason', { reason: amendment.reason })}
              </p>
            ))}
          </ChangedMeanwhile>
        </div>
      )}
      {isFollowUp && opened.previous && saved === null && (
        <p className="carried-notice">{t('followUp.carriedOver', { date: date(opened.previous.consultationDate) })}</p>
      )}
      {message && (
        <Notice tone={message.tone}>
          {message.text}
          {message.tone === 'success' && episodeId !== null && (
            <>
              {' '}
              <a href={href(paths.plan(workerId, episodeId))}>{t('intake.toPlan')}</a> ·{' '}
              <a href={href(paths.dossier(workerId))}>{t('dossier.backToDossier')}</a>
            </>
          )}
        </Notice>
      )}

      <div className="consultation__layout">
        <div className="consultation__form panel">
          <nav aria-label={t('intake.sections')} className="section-nav">
            <ol>
              {INTAKE_SECTIONS.map((s, index) => (
                <li key={s.id}>
                  <button
                    type="button"
                    className="section-nav__item"
                    aria-current={index === sectionIndex ? 'step' : undefined}
                    title={t(s.title)}
                    onClick={() => goToSection(index)}
                  >
                    <span className="section-nav__number" aria-hidden="true">
                      {index + 1}
                    </span>
                    <span className="section-nav__label">{t(s.title)}</span>
                    {sectionIsDone(s.id, form, visited.has(index)) ? (
                      <span className="section-nav__status section-nav__status--done">
                        <span aria-hidden="true">✓</span>
                        <span className="visually-hidden">{t('intake.section.done')}</span>
                      </span>
                    ) : (
                      <span className="section-nav__status">
                        <span aria-hidden="true">○</span>
                        <span className="visually-hidden">{t('intake.section.notYet')}</span>
                      </span>
                    )}
                    {sectionHasError(s.fields) && (
                      <span className="section-nav__error">
                        {' '}
                        <span aria-hidden="true">⚠</span>
                        <span className="visually-hidden">{t('intake.sectionHasErrors')}</span>
                      </span>
                    )}
                  </button>
                </li>
              ))}
            </ol>
          </nav>
          <section className="intake-section" aria-labelledby="intake-section-title">
            <h2 id="intake-section-title">{t(section.title)}</h2>
            <div ref={sectionRef} tabIndex={-1} className="intake-section__body">
              <fieldset className="intake-section__fields" disabled={readOnly}>
                <SectionComponent
                  form={form}
                  update={update}
                  error={errorFor}
                  today={today}
                  context={context}
                  currentEpisode={opened.currentEpisode}
                  live={live}
                />
              </fieldset>
            </div>
          </section>
          <div className="form-actions form-actions--spread">
            <div className="form-actions__group">
              <button type="button" className="button" disabled={sectionIndex === 0} onClick={() => goToSection(sectionIndex - 1)}>
                ← {t('intake.previousSection')}
              </button>
              <button
                type="button"
                className="button"
                disabled={sectionIndex === INTAKE_SECTIONS.length - 1}
                onClick={() => goToSection(sectionIndex + 1)}
              >
                {t('intake.nextSection')} →
              </button>
            </div>
            <div className="form-actions__group">
              {!readOnly && (
                <>
                  <button
                    type="button"
                    className="button"
                    title={t('workerMode.startHint')}
                    onClick={() => void handToWorker(workerId, consultationId, form, () => persistDraft(form))}
                  >
                    {t('workerMode.start')}
                  </button>
                  {correctedMeanwhile ? (
                    // Saving from the version the correction started from would be refused again.
                    <span className="muted small form-actions__hint">{t('signing.chooseInComparison')}</span>
                  ) : (
                    <>
                      <span className="muted small form-actions__hint">{t('intake.shortcuts')}</span>
                      <button type="button" className="button button--primary" disabled={saving} onClick={() => void save()}>
                        {saving ? t('common.saving') : t(saved === null ? 'intake.save' : 'signing.saveAmendment')}
                      </button>
                    </>
                  )}
                </>
              )}
            </div>
          </div>
        </div>
        <div className="consultation__aside" ref={asideRef}>
          <ClinicalPanel
            live={live}
            screened={form.redFlagsScreened}
            acknowledged={form.acknowledgedRedFlags}
            today={today}
            plan={opened.plan?.plan ?? null}
            deadlineRecords={deadlineRecords}
            evaluationControls={{
              evaluations: form.redFlagEvaluations,
              editable: !readOnly,
              onEvaluate: (code, note) =>
                update((f) => ({
                  ...f,
                  redFlagEvaluations: [...f.redFlagEvaluations.filter((e) => e.code !== code), { code, note, evaluatedBy: '', evaluatedOn: null }],
                })),
              onUndo: (code) =>
                update((f) => ({ ...f, redFlagEvaluations: f.redFlagEvaluations.filter((e) => e.code !== code || e.evaluatedOn !== null) })),
            }}
          >
            <NoImprovement assessment={improvement} />
          </ClinicalPanel>
          <PreviousConsultation opened={opened} current={current} workStatus={form.complaint.workStatus} redFlags={redFlags} today={today} />
        </div>
      </div>
      {saved && <AmendmentHistory consultation={saved} />}
      {saved && (
        <DocumentActions consultationId={saved.id} hasRedFlag={saved.urgency !== 'none'} unsavedChanges={autosave.pending} />
      )}
    </div>
  );
}
