import { FEDRIS_WINDOW_MONTHS, FOUR_WEEKS_DAYS, fedrisWindowOpensOffset } from './belgium';
import { addCalendarMonths, type IsoDate, fromDayNumber, toDayNumber } from './dates';
import { type JobExposure, requireJobExposures } from './jobExposures';
import { requireInteger, requireList, requireOneOf } from './validation';
import { RuleInputError } from './ruleInputError';

/*
 * Belgium, Fedris programme for the prevention of low back pain (docs/clinical-rules.md, section 6c). Fedris' own page says
 * at most 6 months of incapacity (an older government page says 3): 6 is used.
 */

export type FedrisExposure = 'manualHandling' | 'ergonomicBackLoad' | 'wholeBodyVibration' | 'screenWork';
export type FedrisSector = 'private' | 'localPublic' | 'federalPublic' | 'other';
export type FedrisReason = 'tooEarly' | 'tooLate' | 'noQualifyingExposure' | 'sectorNotCovered';

export interface FedrisInput {
  incapacityStart: IsoDate;
  on: IsoDate;
  /**
   * The last day of incapacity when it has already ended (e.g. at the return-to-work examination):
   * eligibility is then judged on the incapacity itself, not on the day of the check.
   */
  lastDayOfIncapacity?: IsoDate;
  /** Days of low-back-pain incapacity in the 12 months before this incapacity. */
  lbpIncapacityDaysPrevious12Months: number;
  exposures: FedrisExposure[];
  sector: FedrisSector;
}

export interface FedrisEligibility {
  eligible: boolean;
  /** Empty when eligible. */
  reasons: FedrisReason[];
  windowOpens: IsoDate;
  windowCloses: IsoDate;
  /** At least 21 days of low-back-pain incapacity in the previous 12 months: the window opens after 1 week. */
  relapseRuleApplied: boolean;
  /** Calendar days from `on` to windowCloses (negative when it has closed): to warn early. */
  daysUntilWindowCloses: number;
  /** The day the conditions were judged on: lastDayOfIncapacity when it is before `on`, else `on`. */
  asOf: IsoDate;
}

const FEDRIS_EXPOSURES: readonly FedrisExposure[] = ['manualHandling', 'ergonomicBackLoad', 'wholeBodyVibration', 'screenWork'];
const FEDRIS_SECTORS: readonly FedrisSector[] = ['private', 'localPublic', 'federalPublic', 'other'];
/** Screen work does not count. */
const QUALIFYING_EXPOSURES: readonly FedrisExposure[] = ['manualHandling', 'ergonomicBackLoad', 'wholeBodyVibration'];
const COVERED_SECTORS: readonly FedrisSector[] = ['private', 'localPublic'];

export const FEDRIS_WINDOW_OPENS_DAYS = FOUR_WEEKS_DAYS;

/** Default maximum for the employer's ergonomic intervention, EUR per worker (configurable). */
export const DEFAULT_FEDRIS_ERGONOMIC_INTERVENTION_EUR = 584.4;

export interface FedrisProgramme {
  maxSessions: number;
  sessionHours: number;
  /** The sessions take place within this many months. */
  maxMonths: number;
  /** Maximum the employer can claim for the ergonomic intervention, EUR per worker. */
  ergonomicInterventionMaxEur: number;
  /** The ergonomic intervention must take place within this many months of Fedris' approval. */
  ergonomicInterventionMonthsAfterApproval: number;
}

/** The programme's figures; the ergonomic amount can be set by the practice when Fedris changes it. */
export function fedrisProgramme(options: { ergonomicInterventionMaxEur?: number } = {}): FedrisProgramme {
  const amount = options.ergonomicInterventionMaxEur ?? DEFAULT_FEDRIS_ERGONOMIC_INTERVENTION_EUR;
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) {
    throw new RuleInputError('ergonomicInterventionMaxEur', 'must be a number of 0 or more');
  }
  return {
    maxSessions: 36,
    sessionHours: 2,
    maxMonths: 6,
    ergonomicInterventionMaxEur: amount,
    ergonomicInterventionMonthsAfterApproval: 6,
  };
}

/**
 * Whether the worker can enter the Fedris programme: incapacity of at least 4 weeks (or 1 week under
 * the relapse rule: >= 21 days of low-back-pain incapacity in the previous 12 months) and at most 6
 * calendar months, both ends inclusive, judged on `on` or on the last day of an incapacity that has
 * already ended; a qualifying exposure; a covered sector.
 */
export function fedrisEligibility(i: FedrisInput): FedrisEligibility {
  const start = toDayNumber(i.incapacityStart, 'incapacityStart');
  const on = toDayNumber(i.on, 'on');
  if (on < start) throw new RuleInputError('on', 'before incapacityStart');
  const last = i.lastDayOfIncapacity === undefined ? null : toDayNumber(i.lastDayOfIncapacity, 'lastDayOfIncapacity');
  if (last !== null && last < start) throw new RuleInputError('lastDayOfIncapacity', 'before incapacityStart');
  const asOf = last !== null && last < on ? last : on;
  const previousDays = requireInteger(i.lbpIncapacityDaysPrevious12Months, 'lbpIncapacityDaysPrevious12Months', 0, 366);
  for (const exposure of requireList(i.exposures, 'exposures')) requireOneOf(exposure, 'exposures', FEDRIS_EXPOSURES);
  const sector = requireOneOf(i.sector, 'sector', FEDRIS_SECTORS);

  const opensAfter = fedrisWindowOpensOffset(previousDays);
  const relapseRuleApplied = opensAfter !== FEDRIS_WINDOW_OPENS_DAYS;
  const opens = start + opensAfter;
  const windowCloses = addCalendarMonths(i.incapacityStart, FEDRIS_WINDOW_MONTHS, 'incapacityStart');
  const closes = toDayNumber(windowCloses, 'windowCloses');

  const reasons: FedrisReason[] = [];
  if (asOf < opens) reasons.push('tooEarly');
  if (asOf > closes) reasons.push('tooLate');
  if (!i.exposures.some((e) => QUALIFYING_EXPOSURES.includes(e))) reasons.push('noQualifyingExposure');
  if (!COVERED_SECTORS.includes(sector)) reasons.push('sectorNotCovered');

  return {
    eligible: reasons.length === 0,
    reasons,
    windowOpens: fromDayNumber(opens),
    windowCloses,
    relapseRuleApplied,
    daysUntilWindowCloses: closes - on,
    asOf: fromDayNumber(asOf),
  };
}

/**
 * How a job's exposures count for Fedris: lifting / carrying and pushing / pulling are manual
 * handling; bending and twisting, kneeling / squatting and prolonged standing are ergonomic back
 * load; whole-body vibration counts; prolonged sitting and screen work do not qualify.
 */
export const FEDRIS_EXPOSURE_OF_JOB_EXPOSURE: Record<JobExposure, FedrisExposure | null> = {
  manualHandling: 'manualHandling',
  pushingPulling: 'manualHandling',
  bendingTwisting: 'ergonomicBackLoad',
  kneelingSquatting: 'ergonomicBackLoad',
  prolongedStanding: 'ergonomicBackLoad',
  prolongedSitting: null,
  wholeBodyVibration: 'wholeBodyVibration',
  screenWork: 'screenWork',
};

export function fedrisExposuresOf(exposures: readonly JobExposure[]): FedrisExposure[] {
  const result: FedrisExposure[] = [];
  for (const exposure of requireJobExposures(exposures)) {
    const mapped = FEDRIS_EXPOSURE_OF_JOB_EXPOSURE[exposure];
    if (mapped !== null && !result.includes(mapped)) result.push(mapped);
  }
  return result;
}

