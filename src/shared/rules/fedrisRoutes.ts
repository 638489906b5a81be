import { addCalendarMonths, addDays, type IsoDate } from './dates';
import { type FedrisInput, type FedrisReason, fedrisEligibility } from './fedris';

/*
 * The routes into the Fedris programme for low back pain that Fedris lists (docs/clinical-rules.md, section 6c): an ongoing
 * incapacity of 4 weeks to 6 months; a relapse (1 week now after 21 days in the previous 12 months);
 * 4 weeks to 6 months after lower-back surgery; a worker found at the return-to-work examination
 * after 4 weeks to 6 months of incapacity who resumes in adapted or other work. Exposure and sector
 * count for every route. The employer claims the ergonomic intervention within 6 months of Fedris'
 * decision.
 */

export type FedrisRoute = 'incapacity' | 'relapse' | 'afterSurgery' | 'returnToWorkExam';
export const FEDRIS_ROUTES: readonly FedrisRoute[] = ['incapacity', 'relapse', 'afterSurgery', 'returnToWorkExam'];

/** Weeks after lower-back surgery from which, and calendar months up to which, the surgery route is open. */
export const FEDRIS_SURGERY_FROM_DAYS = 28;
export const FEDRIS_SURGERY_UNTIL_MONTHS = 6;
/** The employer's claim for the ergonomic intervention: within these calendar months of Fedris' decision. */
export const FEDRIS_EMPLOYER_CLAIM_MONTHS = 6;

/** The eligibility input (`on` is the request date) with what the surgery and examination routes need. */
export interface FedrisRouteInput extends FedrisInput {
  surgeryDate?: IsoDate | null;
  /** The worker resumed in adapted or other work (found at the return-to-work examination). */
  resumesAdaptedOrOtherWork?: boolean;
}

export type FedrisRouteReason = FedrisReason | 'notARelapse' | 'noSurgery' | 'incapacityNotEnded' | 'notAdaptedWork';

/** Whether `route` is open on the request date, with the reasons when it is not. */
export function fedrisRouteEligibility(route: FedrisRoute, input: FedrisRouteInput): { eligible: boolean; reasons: FedrisRouteReason[] } {
  const ended = input.lastDayOfIncapacity !== undefined && input.lastDayOfIncapacity < input.on;
  const base = fedrisEligibility({
    incapacityStart: input.incapacityStart,
    on: input.on,
    ...(input.lastDayOfIncapacity !== undefined ? { lastDayOfIncapacity: input.lastDayOfIncapacity } : {}),
    lbpIncapacityDaysPrevious12Months: input.lbpIncapacityDaysPrevious12Months,
    exposures: input.exposures,
    sector: input.sector,
  });
  const job: FedrisRouteReason[] = base.reasons.filter((r) => r === 'noQualifyingExposure' || r === 'sectorNotCovered');
  const timing: FedrisRouteReason[] = base.reasons.filter((r) => r === 'tooEarly' || r === 'tooLate');
  const reasons: FedrisRouteReason[] = [...job];
  if (route === 'incapacity' || route === 'relapse') reasons.push(...timing);
  if (route === 'relapse' && !base.relapseRuleApplied) reasons.push('notARelapse');
  if (route === 'afterSurgery') {
    const surgery = input.surgeryDate ?? null;
    if (surgery === null || surgery > input.on) reasons.push('noSurgery');
    else {
      if (input.on < addDays(surgery, FEDRIS_SURGERY_FROM_DAYS, 'surgeryDate')) reasons.push('tooEarly');
      if (input.on > addCalendarMonths(surgery, FEDRIS_SURGERY_UNTIL_MONTHS, 'surgeryDate')) reasons.push('tooLate');
    }
  }
  if (route === 'returnToWorkExam') {
    if (!ended) reasons.push('incapacityNotEnded');
    else reasons.push(...timing);
    if (input.resumesAdaptedOrOtherWork !== true) reasons.push('notAdaptedWork');
  }
  return { eligible: reasons.length === 0, reasons };
}

/** The last day for the employer's claim of the ergonomic intervention. */
export function fedrisEmployerClaimDeadline(decisionDate: IsoDate): IsoDate {
  return addCalendarMonths(decisionDate, FEDRIS_EMPLOYER_CLAIM_MONTHS, 'decisionDate');
}
