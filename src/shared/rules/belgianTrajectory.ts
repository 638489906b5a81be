import { addCalendarMonths, addDays, assertIsoDate, type IsoDate, toDayNumber } from './dates';
import { RuleInputError } from './ruleInputError';
import { requireOneOf } from './validation';

/*
 * Belgium, the re-integration trajectory (Codex welzijn op het werk, book I title 4 chapter VI),
 * versioned by date of effect: a trajectory keeps the rules in force on its request date. Each term
 * carries its source and how far it was checked, so the next reform is one more entry in
 * TRAJECTORY_RULES and the app can say where sources disagree.
 */

export type TrajectoryInitiator = 'worker' | 'treatingDoctor' | 'employer';
export type TrajectoryDecision = 'A' | 'B' | 'C';
/** How a term was checked: in secondary sources that agree, or in sources that disagree (the app says so). */
export type TermVerification = 'secondarySources' | 'sourcesDisagree';

export interface TrajectoryTermRule {
  /** Calendar days, or calendar months when `months` is set. */
  days?: number;
  months?: number;
  source: string;
  verification: TermVerification;
}

export interface BelgianTrajectoryRules {
  version: '2022-10' | '2026-01';
  /** Trajectories requested on or after this day follow these rules. */
  effectiveFrom: IsoDate;
  source: string;
  /** The employer may start: after these months of uninterrupted incapacity (0: from day 1, with the worker's consent), or earlier on a certificate of definitive unfitness. */
  employerMayStart: TrajectoryTermRule & { withWorkerConsent: boolean };
  /** The occupational physician's re-integration assessment, from the request. */
  assessment: TrajectoryTermRule;
  /** Decision A: the employer's re-integration plan or reasoned report, from the assessment. */
  planAfterA: TrajectoryTermRule;
  /** Decision B: the employer's plan or reasoned report, from the assessment. */
  planAfterB: TrajectoryTermRule;
  /** Decision B only: the worker's appeal, from the assessment. */
  appeal: TrajectoryTermRule;
  /** The appeal is decided within this many days of the appeal. */
  appealDecision: TrajectoryTermRule;
  /** Decision C: a new trajectory can be requested after these months. */
  newTrajectoryAfterC: TrajectoryTermRule;
  /** The worker's reply to a re-integration plan, from receiving it. */
  workerReplyToPlan: TrajectoryTermRule;
  /** The trajectory ends after this many invitations the worker left unanswered. */
  unansweredInvitations: { count: number; source: string; verification: TermVerification };
  /** Termination for medical force majeure: not before these months of incapacity. */
  medicalForceMajeure: TrajectoryTermRule;
  /** The physician estimates the work capacity (arbeidspotentieel) from this many days of incapacity; null: not in this version. */
  workCapacityEstimate: TrajectoryTermRule | null;
  /** Larger employers must start a trajectory within these months when there is work capacity; null: no such duty. */
  mandatoryStart: (TrajectoryTermRule & { workersThreshold: number; thresholdNote: string }) | null;
}

const CODEX_2022 = 'Codex welzijn op het werk, art. I.4-72 e.v.; KB 11-09-2022 (BS 20-09-2022), 1-10-2022';
const REFORM_2026 = 'KB 17-12-2025; wet 19-12-2025 (BS 30-12-2025), 1-1-2026';
/** A 2022 term the 2026 reform did not change in the sources found. */
const KEPT_2026 = `${CODEX_2022}; KB 17-12-2025`;
const secondary = 'secondarySources' as const;

/** The rule versions, oldest first. */
export const TRAJECTORY_RULES: readonly BelgianTrajectoryRules[] = [
  {
    version: '2022-10',
    effectiveFrom: '2022-10-01',
    source: CODEX_2022,
    employerMayStart: { months: 3, withWorkerConsent: false, source: `${CODEX_2022}, art. I.4-73 §2`, verification: secondary },
    assessment: { days: 49, source: CODEX_2022, verification: secondary },
    planAfterA: { days: 63, source: CODEX_2022, verification: secondary },
    planAfterB: { months: 6, source: CODEX_2022, verification: secondary },
    appeal: { days: 21, source: CODEX_2022, verification: secondary },
    appealDecision: { days: 42, source: CODEX_2022, verification: 'sourcesDisagree' },
    newTrajectoryAfterC: { months: 3, source: CODEX_2022, verification: secondary },
    workerReplyToPlan: { days: 14, source: CODEX_2022, verification: secondary },
    unansweredInvitations: { count: 3, source: CODEX_2022, verification: 'sourcesDisagree' },
    medicalForceMajeure: { months: 9, source: 'Arbeidsovereenkomstenwet 3-7-1978, art. 34 (28-11-2022)', verification: secondary },
    workCapacityEstimate: null,
    mandatoryStart: null,
  },
  {
    version: '2026-01',
    effectiveFrom: '2026-01-01',
    source: REFORM_2026,
    employerMayStart: { months: 0, withWorkerConsent: true, source: REFORM_2026, verification: secondary },
    assessment: { days: 49, source: KEPT_2026, verification: secondary },
    planAfterA: { days: 63, source: KEPT_2026, verification: secondary },
    planAfterB: { months: 6, source: KEPT_2026, verification: secondary },
    appeal: { days: 21, source: KEPT_2026, verification: secondary },
    appealDecision: { days: 42, source: KEPT_2026, verification: 'sourcesDisagree' },
    newTrajectoryAfterC: { months: 3, source: KEPT_2026, verification: secondary },
    workerReplyToPlan: { days: 14, source: KEPT_2026, verification: secondary },
    unansweredInvitations: { count: 3, source: REFORM_2026, verification: 'sourcesDisagree' },
    medicalForceMajeure: { months: 6, source: `Arbeidsovereenkomstenwet 3-7-1978, art. 34; ${REFORM_2026}`, verification: secondary },
    workCapacityEstimate: { days: 56, source: REFORM_2026, verification: secondary },
    mandatoryStart: {
      months: 6,
      workersThreshold: 20,
      thresholdNote: 'Sources differ on "20 workers or more" and "more than 20 workers"; the primary text was not checked.',
      source: REFORM_2026,
      verification: 'sourcesDisagree',
    },
  },
];

/** The rules of a trajectory requested on `requestDate`: the latest version in force that day. */
export function trajectoryRulesFor(requestDate: IsoDate): BelgianTrajectoryRules {
  const day = toDayNumber(requestDate, 'requestDate');
  let rules = TRAJECTORY_RULES[0] as BelgianTrajectoryRules;
  for (const version of TRAJECTORY_RULES) if (toDayNumber(version.effectiveFrom, 'effectiveFrom') <= day) rules = version;
  return rules;
}

export type TrajectoryTermCode =
  | 'assessmentDue'
  | 'planDueAfterA'
  | 'planDueAfterB'
  | 'appealUntil'
  | 'newTrajectoryFrom'
  | 'workerReplyUntil';

export interface TrajectoryTerm {
  code: TrajectoryTermCode;
  date: IsoDate;
  source: string;
  verification: TermVerification;
}

export interface TrajectoryInput {
  firstDayOfIncapacity: IsoDate;
  requestDate: IsoDate;
  initiator: TrajectoryInitiator;
  /** The employer holds the treating doctor's certificate of definitive unfitness for the agreed work. */
  definitiveUnfitnessCertificate?: boolean;
  /** The worker consented to the employer's request (2026 rules). */
  workerConsent?: boolean;
  /** The re-integration assessment: the decision and the day it was made. */
  assessment?: { decision: TrajectoryDecision; date: IsoDate } | null;
  /** The day the worker received the employer's re-integration plan. */
  planReceivedOn?: IsoDate | null;
}

export type TrajectoryRefusal = 'employerTooEarly' | 'workerConsentMissing';

export interface TrajectoryTerms {
  rules: BelgianTrajectoryRules;
  /** Why the request cannot be made as entered (empty when it can). */
  refusals: TrajectoryRefusal[];
  /** The first day the employer may request a trajectory. */
  employerMayStartFrom: IsoDate;
  terms: TrajectoryTerm[];
}

function termDate(from: IsoDate, rule: TrajectoryTermRule, field: string): IsoDate {
  return rule.months !== undefined ? addCalendarMonths(from, rule.months, field) : addDays(from, rule.days ?? 0, field);
}

/**
 * Every term of a trajectory under the rules of its request date: the assessment within 49 days of
 * the request; after decision A the employer's plan within 63 days, after B within 6 months with the
 * worker's appeal within 21 days, after C a new trajectory after 3 months; the worker's 14 days to
 * reply to a plan. Terms after the assessment count from its date.
 */
export function belgianTrajectoryTerms(input: TrajectoryInput): TrajectoryTerms {
  assertIsoDate(input.firstDayOfIncapacity, 'firstDayOfIncapacity');
  const initiator = requireOneOf(input.initiator, 'initiator', ['worker', 'treatingDoctor', 'employer'] as const);
  if (toDayNumber(input.requestDate, 'requestDate') < toDayNumber(input.firstDayOfIncapacity, 'firstDayOfIncapacity')) {
    throw new RuleInputError('requestDate', 'before firstDayOfIncapacity');
  }
  const rules = trajectoryRulesFor(input.requestDate);
  const employerMayStartFrom = termDate(input.firstDayOfIncapacity, rules.employerMayStart, 'firstDayOfIncapacity');
  const refusals: TrajectoryRefusal[] = [];
  if (initiator === 'employer' && !input.definitiveUnfitnessCertificate) {
    if (input.requestDate < employerMayStartFrom) refusals.push('employerTooEarly');
    if (rules.employerMayStart.withWorkerConsent && input.workerConsent !== true) refusals.push('workerConsentMissing');
  }

  const term = (code: TrajectoryTermCode, from: IsoDate, rule: TrajectoryTermRule): TrajectoryTerm => ({
    code,
    date: termDate(from, rule, code),
    source: rule.source,
    verification: rule.verification,
  });
  const terms: TrajectoryTerm[] = [term('assessmentDue', input.requestDate, rules.assessment)];
  const assessment = input.assessment ?? null;
  if (assessment !== null) {
    requireOneOf(assessment.decision, 'assessment.decision', ['A', 'B', 'C'] as const);
    if (assessment.date < input.requestDate) throw new RuleInputError('assessment.date', 'before requestDate');
    if (assessment.decision === 'A') terms.push(term('planDueAfterA', assessment.date, rules.planAfterA));
    if (assessment.decision === 'B') {
      terms.push(term('appealUntil', assessment.date, rules.appeal));
      terms.push(term('planDueAfterB', assessment.date, rules.planAfterB));
    }
    if (assessment.decision === 'C') terms.push(term('newTrajectoryFrom', assessment.date, rules.newTrajectoryAfterC));
  }
  const planReceivedOn = input.planReceivedOn ?? null;
  if (planReceivedOn !== null && assessment !== null && assessment.decision !== 'C') {
    terms.push(term('workerReplyUntil', planReceivedOn, rules.workerReplyToPlan));
  }
  return { rules, refusals, employerMayStartFrom, terms: terms.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) };
}

/**
 * The health fund sends the worker its 'back to work' questionnaire around the start of week 10 of
 * incapacity (day 63): shown so the occupational physician knows it is coming.
 */
export const HEALTH_FUND_QUESTIONNAIRE_DAYS = 63;
