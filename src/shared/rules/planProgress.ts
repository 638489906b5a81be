import type { IsoDate } from './dates';

/*
 * Where a return-to-work plan stands on a date. Every screen and document that shows the worker's
 * work status, hours, the full return or the next evaluation takes it from here, so that the
 * dossier, the clinical panel, the plan screen and the employer's advice never disagree.
 */

export type WorkStatus = 'working' | 'partlyWorking' | 'offWork';

/** What these functions read of a plan (the rules' plan and the stored plan document both fit). */
export interface PlanProgressInput {
  status: 'planned' | 'onHold';
  contractHoursPerWeek: number;
  steps: ReadonlyArray<{ startDate: IsoDate; reviewDate: IsoDate; hoursPerWeek: number; duties: 'adapted' | 'full' }>;
  reviewDate: IsoDate | null;
}

export interface StepOn<S> {
  /** 1-based. */
  number: number;
  step: S;
}

/** The step that runs on `on` (the last one started on or before it); null before the first step or on hold. */
export function planStepOn<P extends PlanProgressInput>(plan: P, on: IsoDate): StepOn<P['steps'][number]> | null {
  if (plan.status === 'onHold') return null;
  let found: StepOn<P['steps'][number]> | null = null;
  plan.steps.forEach((step, index) => {
    if (step.startDate <= on) found = { number: index + 1, step };
  });
  return found;
}

/** The first step that starts after `on`; null when none is left. */
export function nextPlanStep<P extends PlanProgressInput>(plan: P, on: IsoDate): StepOn<P['steps'][number]> | null {
  if (plan.status === 'onHold') return null;
  const index = plan.steps.findIndex((step) => step.startDate > on);
  return index === -1 ? null : { number: index + 1, step: plan.steps[index] as P['steps'][number] };
}

/** The day the worker is back in full: the start of the last step (full duties at contract hours); null on hold or without steps. */
export function fullReturnDate(plan: PlanProgressInput): IsoDate | null {
  if (plan.status === 'onHold') return null;
  return plan.steps.at(-1)?.startDate ?? null;
}

/** The plan's next review on or after `on`: the hold's review date, or the first step review not yet passed. */
export function nextPlanReview(plan: PlanProgressInput, on: IsoDate): IsoDate | null {
  if (plan.status === 'onHold') return plan.reviewDate !== null && plan.reviewDate >= on ? plan.reviewDate : null;
  return (
    plan.steps
      .map((step) => step.reviewDate)
      .filter((date) => date >= on)
      .sort()[0] ?? null
  );
}

/**
 * The next evaluation of the case on or after `on`: the earlier of the follow-up consultation the
 * doctor set and the plan's next review. The one date shown as "next evaluation" everywhere.
 */
export function nextEvaluationDate(input: { followUpDate: IsoDate | null; plan: PlanProgressInput | null }, on: IsoDate): IsoDate | null {
  const followUp = input.followUpDate !== null && input.followUpDate >= on ? input.followUpDate : null;
  const review = input.plan === null ? null : nextPlanReview(input.plan, on);
  if (followUp === null) return review;
  return review !== null && review < followUp ? review : followUp;
}

export interface WorkSituation {
  status: WorkStatus;
  /** Hours a week by the plan's step in force; null when no step is in force. */
  hoursPerWeek: number | null;
  /** The step in force (1-based), or null. */
  step: number | null;
}

/**
 * The worker's work status on `on`. The status recorded at the last consultation holds until a plan
 * step takes over: a step in force that started after that consultation, or a plan saved on or after
 * it, gives the hours and the status (the contract hours: working; fewer: partly working).
 */
export function workSituationOn(
  input: { recordedStatus: WorkStatus; recordedOn: IsoDate; plan: PlanProgressInput | null; planSavedOn: IsoDate | null },
  on: IsoDate,
): WorkSituation {
  const current = input.plan === null ? null : planStepOn(input.plan, on);
  const planIsNewer = input.planSavedOn !== null && input.planSavedOn >= input.recordedOn;
  if (input.plan === null || current === null || !(planIsNewer || current.step.startDate > input.recordedOn)) {
    return { status: input.recordedStatus, hoursPerWeek: null, step: null };
  }
  const hours = current.step.hoursPerWeek;
  return { status: hours >= input.plan.contractHoursPerWeek ? 'working' : 'partlyWorking', hoursPerWeek: hours, step: current.number };
}
