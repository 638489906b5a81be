import type { TrajectoryTermCode } from './belgianTrajectory';
import type { BelgianCode } from './belgium';
import { addCalendarMonths, daysBetween, type IsoDate } from './dates';
import type { PoortwachterCode } from './poortwachter';

/*
 * The legal milestones of a case as a doctor reads them: each done (on a date), overdue, passed or
 * coming; the open ones first, the next one on top, and what lies more than three months ahead
 * folded away.
 */

/**
 * How a milestone is known to be done:
 * - 'recorded': the app records it (a problem analysis, the action plan's date): without a record
 *   it is overdue once its date has passed;
 * - 'action': someone has to act but the app has no record of it: overdue once passed, until a
 *   consultation has taken place on or after its date;
 * - 'date': a date from which something is possible or ends, nothing to do: passed, never overdue.
 */
export type MilestoneKind = 'recorded' | 'action' | 'date';

export type MilestoneState = 'done' | 'overdue' | 'passed' | 'coming';

export interface MilestoneInput<C extends string> {
  code: C;
  due: IsoDate;
  kind: MilestoneKind;
  /** When it was done, as recorded; null when not (or not recorded). */
  doneOn: IsoDate | null;
}

export interface TimelineMilestone<C extends string> extends MilestoneInput<C> {
  state: MilestoneState;
  /** More than three months ahead: shown folded. */
  folded: boolean;
}

/** Milestones further ahead than this many calendar months are folded. */
export const FOLD_AFTER_MONTHS = 3;

/** The state of one milestone on `today`; `lastConsultation` is the latest consultation of the case. */
export function milestoneState(milestone: MilestoneInput<string>, today: IsoDate, lastConsultation: IsoDate | null): MilestoneState {
  if (milestone.doneOn !== null) return 'done';
  if (milestone.due >= today) return 'coming';
  if (milestone.kind === 'date') return 'passed';
  if (milestone.kind === 'action' && lastConsultation !== null && lastConsultation >= milestone.due) return 'passed';
  return 'overdue';
}

/** A coming milestone at most this many days ahead is due soon. */
export const DUE_SOON_DAYS = 14;

/** A milestone's state as the screens name it: a coming one within DUE_SOON_DAYS is due soon. */
export type DeadlineStatus = MilestoneState | 'dueSoon';

/** The state of a milestone due on `due`, with 'dueSoon' for a coming one within DUE_SOON_DAYS of `today`. */
export function deadlineStatus(state: MilestoneState, due: IsoDate, today: IsoDate): DeadlineStatus {
  return state === 'coming' && daysBetween(today, due, 'today', 'due') <= DUE_SOON_DAYS ? 'dueSoon' : state;
}

const ORDER: Record<MilestoneState, number> = { overdue: 0, coming: 1, done: 2, passed: 2 };

/**
 * The milestones with their state, overdue ones first (oldest first), then the coming ones (next
 * first), then those done or passed (latest first).
 */
export function legalTimeline<C extends string>(
  milestones: ReadonlyArray<MilestoneInput<C>>,
  today: IsoDate,
  lastConsultation: IsoDate | null,
): Array<TimelineMilestone<C>> {
  const foldFrom = addCalendarMonths(today, FOLD_AFTER_MONTHS, 'today');
  return milestones
    .map((m) => {
      const state = milestoneState(m, today, lastConsultation);
      return { ...m, state, folded: state === 'coming' && m.due > foldFrom };
    })
    .sort((a, b) => {
      const byState = ORDER[a.state] - ORDER[b.state];
      if (byState !== 0) return byState;
      const byDate = a.due < b.due ? -1 : a.due > b.due ? 1 : 0;
      return ORDER[a.state] === 2 ? -byDate : byDate;
    });
}

/** The first milestone that still asks for something (overdue or coming), or null. */
export function nextLegalMilestone<C extends string>(timeline: ReadonlyArray<TimelineMilestone<C>>): TimelineMilestone<C> | null {
  return timeline.find((m) => m.state === 'overdue' || m.state === 'coming') ?? null;
}

/** How each Poortwachter milestone is known to be done (see MilestoneKind). */
export const POORTWACHTER_MILESTONE_KINDS: Record<PoortwachterCode, MilestoneKind> = {
  probleemanalyse: 'recorded',
  planVanAanpak: 'recorded',
  ziekmelding42: 'action',
  eerstejaarsevaluatie: 'recorded',
  wiaAanvraag: 'action',
  eindeLoondoorbetaling: 'date',
};

/** How each Belgian milestone is known to be done: most are dates from which something is possible. */
export const BELGIAN_MILESTONE_KINDS: Record<BelgianCode, MilestoneKind> = {
  contactAfter4Weeks: 'action',
  employerMayStartReintegration: 'date',
  workCapacityEstimate: 'action',
  medicalForceMajeurePossible: 'date',
  fedrisWindowOpens: 'date',
  fedrisWindowCloses: 'date',
};

/**
 * BE: how each term of a re-integration trajectory is known to be done: the assessment by the
 * assessment date recorded with the decision, the employer's plan by the day it was received; the
 * others (appeal, a new trajectory, the worker's reply, which the app does not record) are dates.
 */
export const TRAJECTORY_TERM_KINDS: Record<TrajectoryTermCode, MilestoneKind> = {
  assessmentDue: 'recorded',
  planDueAfterA: 'recorded',
  planDueAfterB: 'recorded',
  appealUntil: 'date',
  newTrajectoryFrom: 'date',
  workerReplyUntil: 'date',
};

/** The trajectory's terms as timeline input, done on the recorded assessment date or the day the plan came in. */
export function trajectoryTermInputs(
  terms: ReadonlyArray<{ code: TrajectoryTermCode; date: IsoDate }>,
  recorded: { assessmentDate: IsoDate | null; planReceivedOn: IsoDate | null },
): Array<MilestoneInput<TrajectoryTermCode>> {
  return terms.map((term) => ({
    code: term.code,
    due: term.date,
    kind: TRAJECTORY_TERM_KINDS[term.code],
    doneOn: term.code === 'assessmentDue' ? recorded.assessmentDate : TRAJECTORY_TERM_KINDS[term.code] === 'recorded' ? recorded.planReceivedOn : null,
  }));
}

/** The days the app recorded Poortwachter steps as done (the first of each in the case). */
export type PoortwachterRecords = Partial<Record<'probleemanalyse' | 'planVanAanpak' | 'eerstejaarsevaluatie', IsoDate | null>>;

/**
 * The recorded Poortwachter steps of a case that starts on `caseStart`: for each, the first record
 * on or after that day (earlier ones belong to an earlier case).
 */
export function poortwachterRecordsOf(
  caseStart: IsoDate,
  recorded: { probleemanalyse: ReadonlyArray<IsoDate | null>; planVanAanpak: ReadonlyArray<IsoDate | null>; eerstejaarsevaluatie: ReadonlyArray<IsoDate | null> },
): PoortwachterRecords {
  const first = (dates: ReadonlyArray<IsoDate | null>) => dates.filter((d): d is IsoDate => d !== null && d >= caseStart).sort()[0] ?? null;
  return {
    probleemanalyse: first(recorded.probleemanalyse),
    planVanAanpak: first(recorded.planVanAanpak),
    eerstejaarsevaluatie: first(recorded.eerstejaarsevaluatie),
  };
}

/** The Poortwachter milestones as timeline input: a recorded step is done on its record's date. */
export function poortwachterMilestoneInputs(
  milestones: ReadonlyArray<{ code: PoortwachterCode; due: IsoDate }>,
  records: PoortwachterRecords,
): Array<MilestoneInput<PoortwachterCode>> {
  return milestones.map((m) => ({
    code: m.code,
    due: m.due,
    kind: POORTWACHTER_MILESTONE_KINDS[m.code],
    doneOn: m.code === 'probleemanalyse' || m.code === 'planVanAanpak' || m.code === 'eerstejaarsevaluatie' ? (records[m.code] ?? null) : null,
  }));
}
