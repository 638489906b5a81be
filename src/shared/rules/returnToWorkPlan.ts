import { CHRONICITY_LEVELS, type ChronicityLevel } from './chronicity';
import { addDays, fromDayNumber, type IsoDate, isIsoDate, toDayNumber } from './dates';
import { requireJobExposures, type JobExposure } from './jobExposures';
import type { Country } from './language';
import { COMPLAINT_PHASES, type ComplaintPhase } from './phase';
import { nextWorkingDay, proposedWorkingDay } from './publicHolidays';
import { URGENCY_ORDER, isUrgentReferral, type Urgency } from './redFlags';
import { type Restriction, restrictionProblem } from './restrictions';
import { requireBoolean, requireNumber, requireOneOf } from './validation';
import { RuleInputError } from './ruleInputError';

/*
 * Graded, time-contingent return to work (docs/clinical-rules.md, section 6): the schedule advances by date, not by
 * pain; hours build up to the contract with temporary restrictions that follow from the job.
 */

export interface ReturnToWorkStep {
  startDate: IsoDate;
  /** When the doctor looks at the step again; on or after its start, at the latest when the next step starts. */
  reviewDate: IsoDate;
  hoursPerWeek: number;
  duties: 'adapted' | 'full';
  restrictions: Restriction[];
}

export interface ReturnToWorkPlan {
  /** 'onHold': no return yet while an immediate or within-48h red flag is open. */
  status: 'planned' | 'onHold';
  contractHoursPerWeek: number;
  /** Ordered by start date; the last one is full duties at contract hours without restrictions. */
  steps: ReturnToWorkStep[];
  /** For a plan on hold: when to look at it again (after the referral); null otherwise. */
  reviewDate: IsoDate | null;
}

export interface JobDemands {
  exposures: readonly JobExposure[];
  /** Heaviest load the job asks to lift, kg; 23 kg (the NIOSH load constant) when not given. */
  maxLiftKg?: number;
  contractHoursPerWeek: number;
}

export interface ReturnToWorkPlanInput {
  startDate: IsoDate;
  /** The worker's country: step starts and proposed review dates avoid its weekends and public holidays. */
  country: Country;
  phase: ComplaintPhase;
  chronicityLevel: ChronicityLevel;
  /** The red-flag urgency of the consultation (of its open flags: evaluated flags do not count). */
  urgency: Urgency;
  /**
   * The worker is at work (not on sick leave): the plan keeps the current hours (the contract) from
   * the first step and adapts tasks with temporary restrictions. Default false (on sick leave).
   */
  atWork?: boolean;
  job: JobDemands;
}

/** Load assumed for a lifting job without a known maximum. */
export const DEFAULT_JOB_MAX_LIFT_KG = 23;
export const MAX_CONTRACT_HOURS_PER_WEEK = 80;

interface GradingProfile {
  /** Days per adapted step. */
  stepDays: number;
  /** Share of the contract hours in each adapted step. */
  hourShares: readonly number[];
}

/** Short for low risk and acute pain; longer for medium; longest for high risk or chronic pain. */
const GRADING_PROFILES: readonly [GradingProfile, GradingProfile, GradingProfile] = [
  { stepDays: 7, hourShares: [0.5, 0.75, 1] },
  { stepDays: 14, hourShares: [0.5, 0.75, 1] },
  { stepDays: 14, hourShares: [0.25, 0.5, 0.75, 1] },
];

type Grade = 0 | 1 | 2;
const PHASE_GRADE: Record<ComplaintPhase, Grade> = { acute: 0, subacute: 1, chronic: 2 };
const LEVEL_GRADE: Record<ChronicityLevel, Grade> = { unknown: 0, low: 0, medium: 1, high: 2 };

function gradeOf(phase: ComplaintPhase, level: ChronicityLevel): Grade {
  return PHASE_GRADE[phase] >= LEVEL_GRADE[level] ? PHASE_GRADE[phase] : LEVEL_GRADE[level];
}

function roundToHalfHour(hours: number): number {
  return Math.round(hours * 2) / 2;
}

function adaptedRestrictions(
  exposures: ReadonlySet<JobExposure>,
  maxLiftKg: number,
  index: number,
  count: number,
): Restriction[] {
  const early = index < Math.ceil(count / 2);
  const restrictions: Restriction[] = [];
  if (exposures.has('manualHandling') && maxLiftKg > 0) {
    restrictions.push({ code: 'maxLiftKg', value: Math.max(1, Math.round((maxLiftKg * (index + 1)) / (count + 1))) });
  }
  if (early && exposures.has('pushingPulling')) restrictions.push({ code: 'noHeavyPushingPulling' });
  if (exposures.has('bendingTwisting')) restrictions.push({ code: 'noRepeatedBendingTwisting' });
  if (early && exposures.has('kneelingSquatting')) restrictions.push({ code: 'noKneelingSquatting' });
  if (early && exposures.has('prolongedStanding')) restrictions.push({ code: 'noProlongedStanding' });
  if (exposures.has('wholeBodyVibration')) restrictions.push({ code: 'noWholeBodyVibration' });
  restrictions.push({ code: 'postureChangesEveryMinutes', value: early ? 30 : 60 });
  return restrictions;
}

/**
 * A suggested plan, for the doctor to edit. On hold (no steps, review after the referral) while an
 * immediate or within-48h red flag is open. Otherwise adapted steps (more and longer steps for
 * higher chronicity risk or a longer episode) with restrictions from the job's exposures, and a last
 * step of full duties at contract hours. A worker on sick leave builds the hours up to the contract;
 * a worker at work keeps the contract hours throughout and only the tasks are adapted.
 */
export function suggestReturnToWorkPlan(input: ReturnToWorkPlanInput): ReturnToWorkPlan {
  const start = toDayNumber(input.startDate, 'startDate');
  const phase = requireOneOf(input.phase, 'phase', COMPLAINT_PHASES);
  const level = requireOneOf(input.chronicityLevel, 'chronicityLevel', CHRONICITY_LEVELS);
  const urgency = requireOneOf(input.urgency, 'urgency', URGENCY_ORDER);
  const country = requireOneOf(input.country, 'country', ['NL', 'BE'] as const);
  const atWork = input.atWork === undefined ? false : requireBoolean(input.atWork, 'atWork');
  const contract = requireNumber(input.job.contractHoursPerWeek, 'contractHoursPerWeek', 0, MAX_CONTRACT_HOURS_PER_WEEK);
  if (contract === 0) throw new RuleInputError('contractHoursPerWeek', 'must be more than 0');
  const exposures = new Set(requireJobExposures(input.job.exposures));
  const maxLiftKg =
    input.job.maxLiftKg === undefined ? DEFAULT_JOB_MAX_LIFT_KG : requireNumber(input.job.maxLiftKg, 'maxLiftKg', 0, 100);

  if (isUrgentReferral(urgency)) {
    return {
      status: 'onHold',
      contractHoursPerWeek: contract,
      steps: [],
      reviewDate: nextWorkingDay(addDays(input.startDate, urgency === 'immediate' ? 1 : 2), country),
    };
  }

  const profile = GRADING_PROFILES[gradeOf(phase, level)];
  const count = profile.hourShares.length;
  // The plan starts on the first working day from `startDate`; step n is due n step lengths later and
  // starts on the first working day from then. A move never carries over to the next step, so the
  // plan keeps its length (the full return moves at most to the next working day).
  const first = toDayNumber(nextWorkingDay(fromDayNumber(start), country), 'startDate');
  const due = (index: number) => first + index * profile.stepDays;
  const startOf = (index: number) => nextWorkingDay(fromDayNumber(due(index)), country);
  // Each step is reviewed on its last working day (the first one after its start if it has none).
  const review = (stepStart: IsoDate, lastDay: number) => proposedWorkingDay(fromDayNumber(lastDay), country, stepStart);
  const steps: ReturnToWorkStep[] = profile.hourShares.map((share, index) => ({
    startDate: startOf(index),
    reviewDate: review(startOf(index), due(index + 1) - 1),
    hoursPerWeek: atWork ? contract : Math.min(contract, Math.max(0.5, roundToHalfHour(contract * share))),
    duties: 'adapted',
    restrictions: adaptedRestrictions(exposures, maxLiftKg, index, count),
  }));
  steps.push({
    startDate: startOf(count),
    reviewDate: review(startOf(count), due(count + 1)),
    hoursPerWeek: contract,
    duties: 'full',
    restrictions: [],
  });
  return { status: 'planned', contractHoursPerWeek: contract, steps, reviewDate: null };
}

export type PlanInvariant =
  | 'invalidStatus'
  | 'invalidContractHours'
  | 'notOnHoldWithUrgentRedFlag'
  | 'missingReviewDate'
  | 'noSteps'
  | 'invalidDate'
  | 'stepsNotOrdered'
  | 'invalidHours'
  | 'hoursAboveContract'
  | 'hoursDecrease'
  | 'hoursReducedAtWork'
  | 'reviewDateOutsideStep'
  | 'fullDutiesBeforeLastStep'
  | 'stepNotAdapted'
  | 'lastStepNotFullDuties'
  | 'unknownRestriction'
  | 'invalidRestrictionValue';

export interface PlanViolation {
  code: PlanInvariant;
  /** Index of the step concerned, when it is about one step. */
  step?: number;
}

/**
 * The invariants a plan breaks (empty when it is sound); used by the UI while the doctor edits a
 * plan. Pass the consultation's red-flag urgency to also check that the plan is on hold while an
 * immediate or within-48h red flag is open, and `atWork` to check that a worker at work keeps the
 * contract hours.
 */
export function validateReturnToWorkPlan(
  plan: ReturnToWorkPlan,
  context: { urgency?: Urgency; atWork?: boolean } = {},
): PlanViolation[] {
  const violations: PlanViolation[] = [];
  const add = (code: PlanInvariant, step?: number): void => {
    violations.push(step === undefined ? { code } : { code, step });
  };

  if (plan.status !== 'planned' && plan.status !== 'onHold') add('invalidStatus');
  const contract = plan.contractHoursPerWeek;
  const contractValid =
    typeof contract === 'number' && Number.isFinite(contract) && contract > 0 && contract <= MAX_CONTRACT_HOURS_PER_WEEK;
  if (!contractValid) add('invalidContractHours');
  if (context.urgency !== undefined && isUrgentReferral(context.urgency) && plan.status !== 'onHold') {
    add('notOnHoldWithUrgentRedFlag');
  }
  if (plan.status === 'onHold' && !isIsoDate(plan.reviewDate)) add('missingReviewDate');
  const steps: ReturnToWorkStep[] = Array.isArray(plan.steps) ? plan.steps : [];
  if (plan.status === 'planned' && steps.length === 0) add('noSteps');

  let previousStart: number | null = null;
  let previousHours: number | null = null;
  steps.forEach((step, index) => {
    const isLast = index === steps.length - 1;
    const startValid = isIsoDate(step.startDate);
    const reviewValid = isIsoDate(step.reviewDate);
    if (!startValid || !reviewValid) add('invalidDate', index);
    const start = startValid ? toDayNumber(step.startDate, 'startDate') : null;
    if (start !== null && previousStart !== null && start <= previousStart) add('stepsNotOrdered', index);
    if (start !== null) previousStart = start;

    if (start !== null && reviewValid) {
      const review = toDayNumber(step.reviewDate, 'reviewDate');
      const next = steps[index + 1];
      const nextStart = next !== undefined && isIsoDate(next.startDate) ? toDayNumber(next.startDate, 'startDate') : null;
      if (review < start || (nextStart !== null && review > nextStart)) add('reviewDateOutsideStep', index);
    }

    const hours = step.hoursPerWeek;
    if (typeof hours !== 'number' || !Number.isFinite(hours) || hours <= 0) {
      add('invalidHours', index);
    } else {
      if (contractValid && hours > contract) add('hoursAboveContract', index);
      if (previousHours !== null && hours < previousHours) add('hoursDecrease', index);
      if (context.atWork === true && contractValid && hours < contract) add('hoursReducedAtWork', index);
      previousHours = hours;
    }

    let restrictionsValid = Array.isArray(step.restrictions);
    for (const restriction of restrictionsValid ? step.restrictions : []) {
      const problem = restrictionProblem(restriction);
      if (problem !== null) {
        add(problem, index);
        restrictionsValid = false;
      }
    }

    if (isLast) {
      if (step.duties !== 'full' || hours !== contract || !Array.isArray(step.restrictions) || step.restrictions.length > 0) {
        add('lastStepNotFullDuties', index);
      }
    } else if (step.duties !== 'adapted') {
      add('fullDutiesBeforeLastStep', index);
    } else if (restrictionsValid && step.restrictions.length === 0 && hours === contract) {
      add('stepNotAdapted', index);
    }
  });
  return violations;
}
