import type { ReactNode } from 'react';
import {
  CHRONICITY_LEVEL_LABELS,
  PLAN_ON_HOLD_TEXT,
  RADICULAR_TEXT,
  RED_FLAG_ACTIONS,
  RED_FLAG_LABELS,
  RED_FLAG_STATUS_LABELS,
  STRATIFIED_CARE_TEXTS,
  SUSPECTED_CONDITION_LABELS,
  URGENCY_LABELS,
  canBeEvaluated,
  redFlagCodeAction,
  textIn,
  type LocalizedText,
  type RedFlag,
  type RedFlagCode,
  type RedFlagScreening,
} from '../../../shared/rules';
import { useState } from 'react';
import type { RedFlagEvaluation } from '../../../shared/model';
import type { MessageKey } from '../../../shared/i18n';
import { useT } from '../../i18n/LocaleContext';
import { DeadlineList, DeadlineNotes } from './DeadlineList';
import { InfoPopover } from '../../components/InfoPopover';
import { fullReturnDate, planStepOn, type PlanProgressInput } from '../../../shared/rules';
import type { LiveEvaluation } from './LiveEvaluation';
import type { DeadlineRecords } from './deadlineRecords';

/** Nothing on record: each deadline is judged on its date alone. */
const NOTHING_ON_RECORD: DeadlineRecords = { poortwachter: {}, lastConsultation: null };

/** The form field a RuleInputError names, as the user knows it. */
const FIELD_LABELS: Record<string, MessageKey> = {
  onsetDate: 'intake.onsetDate',
  birthDate: 'workers.birthDate',
  consultationDate: 'intake.consultationDate',
  sickLeaveStart: 'intake.sickLeaveStart',
  returnDate: 'intake.sickLeaveEnd',
  planVanAanpakDate: 'intake.planVanAanpakDate',
  probleemanalyseDate: 'followUp.probleemanalyseDate',
  lbpIncapacityDaysPrevious12Months: 'intake.lbpDays',
};

const URGENCY_ICON = { none: '✓', routine: 'i', within48h: '!', immediate: '!!' } as const;

/** What the panel needs to mark flags evaluated (absent where the panel only shows). */
export interface RedFlagEvaluationControls {
  evaluations: readonly RedFlagEvaluation[];
  /** False for a signed consultation shown read-only: the evaluations show, the buttons do not. */
  editable: boolean;
  onEvaluate(code: RedFlagCode, note: string): void;
  onUndo(code: RedFlagCode): void;
}

/** The inline form in which the doctor says what was done about a flag. */
function EvaluationForm({ code, onSave, onCancel }: { code: RedFlagCode; onSave(note: string): void; onCancel(): void }) {
  const { t } = useT();
  const [note, setNote] = useState('');
  const id = `cp-evaluation-${code}`;
  return (
    <div className="cp-evaluation-form">
      <label htmlFor={id}>{t('clinicalPanel.evaluationNote')}</label>
      <textarea id={id} rows={2} maxLength={500} value={note} placeholder={t('clinicalPanel.evaluationNoteHint')} onChange={(e) => setNote(e.target.value)} />
      <div className="form-actions__group">
        <button type="button" className="button button--small button--primary" disabled={note.trim() === ''} onClick={() => onSave(note.trim())}>
          {t('clinicalPanel.evaluationSave')}
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}

function RedFlagItem({ flag, acknowledged, controls }: { flag: RedFlag; acknowledged: readonly string[]; controls: RedFlagEvaluationControls | undefined }) {
  const { t, locale, date } = useT();
  const text = (value: LocalizedText) => textIn(value, locale.language, locale.jurisdiction);
  const [editing, setEditing] = useState(false);
  const evaluation = controls?.evaluations.find((e) => e.code === flag.code);
  const evaluated = flag.status === 'evaluated';
  return (
    <li className={evaluated ? 'cp-flag cp-flag--evaluated' : 'cp-flag'}>
      {text(RED_FLAG_LABELS[flag.code])}
      <span className="muted">
        {' '}
        · {text(SUSPECTED_CONDITION_LABELS[flag.suspected])} · {text(URGENCY_LABELS[flag.urgency])}
        {flag.urgency === 'immediate' && acknowledged.includes(flag.code) && ` · ✓ ${t('clinicalPanel.acknowledged')}`}
      </span>
      {!evaluated && <span className="cp-flag__action">{text(redFlagCodeAction(flag.code))}</span>}
      {evaluated && evaluation && (
        <p className="cp-flag__evaluation">
          <strong>✓ {text(RED_FLAG_STATUS_LABELS.evaluated)}:</strong> {evaluation.note}{' '}
          <span className="muted">
            ({evaluation.evaluatedOn === null ? t('clinicalPanel.evaluatedOnSave') : t('clinicalPanel.evaluatedBy', { name: evaluation.evaluatedBy, date: date(evaluation.evaluatedOn) })})
          </span>{' '}
          {evaluation.evaluatedOn === null && controls?.editable && (
            <button type="button" className="link-button" onClick={() => controls.onUndo(flag.code)}>
              {t('clinicalPanel.evaluationUndo')}
            </button>
          )}
        </p>
      )}
      {!evaluated && controls?.editable && canBeEvaluated(flag.code) && !editing && (
        <button type="button" className="button button--small cp-flag__evaluate" onClick={() => setEditing(true)}>
          {t('clinicalPanel.evaluate')}
        </button>
      )}
      {!evaluated && controls?.editable && editing && (
        <EvaluationForm
          code={flag.code}
          onSave={(note) => {
            controls.onEvaluate(flag.code, note);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      )}
    </li>
  );
}

/**
 * The red flags of the consultation. Until the checklist has been gone through, no all-clear is
 * shown: the block stays neutral grey and says so (flags already found, such as the derived ones,
 * still show with their urgency).
 */
function RedFlagBlock({
  redFlags,
  screened,
  acknowledged,
  controls,
}: {
  redFlags: RedFlagScreening;
  screened: boolean;
  acknowledged: readonly string[];
  controls: RedFlagEvaluationControls | undefined;
}) {
  const { t, locale } = useT();
  const text = (value: LocalizedText) => textIn(value, locale.language, locale.jurisdiction);
  const urgency = redFlags.urgency;
  const evaluable = redFlags.flags.some((flag) => canBeEvaluated(flag.code));
  const unscreenedClear = !screened && urgency === 'none';
  return (
    <section className={unscreenedClear ? 'cp-block cp-block--unscreened' : `cp-block cp-block--${urgency}`} aria-labelledby="cp-red-flags">
      <h2 id="cp-red-flags">{t('clinicalPanel.redFlags')}</h2>
      <p className="cp-urgency">
        <span className="cp-urgency__icon" aria-hidden="true">
          {unscreenedClear ? '?' : URGENCY_ICON[urgency]}
        </span>
        <strong>
          {unscreenedClear
            ? t('clinicalPanel.notScreened')
            : urgency === 'none' && redFlags.flags.length > 0
              ? t('clinicalPanel.noOpenFlags')
              : text(URGENCY_LABELS[urgency])}
        </strong>
      </p>
      {!screened && <p className="cp-note">{t('clinicalPanel.notScreenedHint')}</p>}
      {redFlags.flags.length > 0 && (
        <ul className="cp-flags">
          {redFlags.flags.map((flag) => (
            <RedFlagItem key={flag.code} flag={flag} acknowledged={acknowledged} controls={controls} />
          ))}
        </ul>
      )}
      {!unscreenedClear && (
        <p>{urgency === 'none' && redFlags.flags.length > 0 ? t('clinicalPanel.evaluatedAction') : text(RED_FLAG_ACTIONS[urgency].text)}</p>
      )}
      {controls?.editable && evaluable && <p className="cp-note muted small">{t('clinicalPanel.evaluatedExplained')}</p>}
      {redFlags.radicular && <p className="cp-note">{text(RADICULAR_TEXT)}</p>}
    </section>
  );
}

/** The episode's saved plan: the step in force and the full return, as on the dossier and the plan screen. */
function SavedPlanLine({ plan, today }: { plan: PlanProgressInput; today: string }) {
  const { t, date, number } = useT();
  const now = planStepOn(plan, today);
  const full = fullReturnDate(plan);
  return (
    <p>
      {now === null
        ? t('glance.plan.notStarted', { date: date(plan.steps[0]?.startDate) })
        : `${t('glance.plan.now', { step: now.number, count: plan.steps.length })} · ${t('dossier.hoursPerWeek', { hours: number(now.step.hoursPerWeek) })}.`}{' '}
      {full !== null && `${t('glance.fullReturn')} ${date(full)}.`}
    </p>
  );
}

/** The live clinical support beside the intake: the same evaluation main stores on save. */
export function ClinicalPanel({
  live,
  screened,
  acknowledged,
  today,
  evaluationControls,
  plan = null,
  deadlineRecords = NOTHING_ON_RECORD,
  children,
}: {
  live: LiveEvaluation;
  /** Whether the doctor has gone through the red-flag checklist. */
  screened: boolean;
  /** The episode's saved return-to-work plan: its dates come before the rules' suggestion. */
  plan?: PlanProgressInput | null;
  /** The legal steps on record as done and the previous consultation, for the deadlines' state. */
  deadlineRecords?: DeadlineRecords;
  acknowledged: readonly string[];
  today: string;
  evaluationControls?: RedFlagEvaluationControls;
  /** Signals from the episode's course (shown under the red flags). */
  children?: ReactNode;
}) {
  const { t, plural, locale, date } = useT();
  const text = (value: LocalizedText) => textIn(value, locale.language, locale.jurisdiction);

  if (live.kind === 'partial') {
    return (
      <aside className="clinical-panel" aria-label={t('clinicalPanel.title')}>
        <RedFlagBlock redFlags={live.redFlags} screened={screened} acknowledged={acknowledged} controls={evaluationControls} />
        {children}
        <section className="cp-block" aria-live="polite">
          <p>
            {live.problem === 'onsetMissing'
              ? t('clinicalPanel.needOnset')
              : t('clinicalPanel.notEvaluable', { field: t(FIELD_LABELS[live.field ?? ''] ?? 'intake.section.questionnaires') })}
          </p>
        </section>
      </aside>
    );
  }

  const e = live.evaluation;
  const level = e.chronicity.level;
  return (
    <aside className="clinical-panel" aria-label={t('clinicalPanel.title')}>
      <RedFlagBlock redFlags={e.redFlags} screened={screened} acknowledged={acknowledged} controls={evaluationControls} />
      {children}

      <section className="cp-block" aria-labelledby="cp-phase">
        <h2 id="cp-phase">{t('clinicalPanel.phase')}</h2>
        <p>
          <strong>{t(`clinicalPanel.phase.${e.phase.phase}`)}</strong> ·{' '}
          {e.phase.weeks === 0
            ? plural('clinicalPanel.daysSinceOnset', e.phase.days)
            : t('glance.sinceOnset', { weeks: plural('dossier.weeks', e.phase.weeks), days: e.phase.days })}
        </p>
      </section>

      <section className={`cp-block cp-block--risk-${level}`} aria-labelledby="cp-chronicity">
        <h2 id="cp-chronicity">{t('clinicalPanel.chronicity')}</h2>
        <p>
          <strong>{text(CHRONICITY_LEVEL_LABELS[level])}</strong>
          {e.startBack && ` · ${t('clinicalPanel.startBackScore', { total: e.startBack.total, psychosocial: e.startBack.psychosocial })}`}
          {e.orebro && ` · ${t('clinicalPanel.orebroScore', { total: e.orebro.total })}`}
        </p>
        <p>{text(STRATIFIED_CARE_TEXTS[level])}</p>
      </section>

      <section className="cp-block" aria-labelledby="cp-deadlines">
        <div className="cp-block__header">
          <h2 id="cp-deadlines">{t('clinicalPanel.deadlines')}</h2>
          {e.deadlines?.jurisdiction === 'BE' && (
            <InfoPopover topic={t('clinicalPanel.deadlines').toLowerCase()}>
              <DeadlineNotes deadlines={e.deadlines} />
            </InfoPopover>
          )}
        </div>
        {e.deadlines ? <DeadlineList deadlines={e.deadlines} today={today} records={deadlineRecords} /> : <p className="muted">{t('clinicalPanel.noSickLeave')}</p>}
      </section>

      <section className="cp-block" aria-labelledby="cp-plan">
        <h2 id="cp-plan">{t('clinicalPanel.plan')}</h2>
        {e.plan.status === 'onHold' ? (
          <p>
            <strong>{t('clinicalPanel.planOnHold')}</strong> {text(PLAN_ON_HOLD_TEXT)}
          </p>
        ) : plan !== null && plan.status === 'planned' ? (
          <SavedPlanLine plan={plan} today={today} />
        ) : (
          <p>{plural('clinicalPanel.planSuggested', e.plan.steps.length, { date: date(e.plan.steps.at(-1)?.startDate) })}</p>
        )}
      </section>
    </aside>
  );
}
