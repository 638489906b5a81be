import { type AdviceKey, selectAdvice } from './advice';
import { belgianMilestones, type BelgianMilestone, RETURN_TO_WORK_EXAM_MIN_ABSENCE_DAYS, returnToWorkExamDeadline } from './belgium';
import { chronicityRisk, type ChronicityResult } from './chronicity';
import { ageInYears, type IsoDate, toDayNumber } from './dates';
import { type FedrisEligibility, fedrisEligibility, fedrisExposuresOf, type FedrisSector } from './fedris';
import type { JobExposure } from './jobExposures';
import { type OrebroResult, type OrebroShortAnswers, scoreOrebroShort } from './orebro';
import { complaintPhase, type ComplaintPhaseResult } from './phase';
import { nextPoortwachterEvaluation, poortwachterMilestones, type PoortwachterMilestone } from './poortwachter';
import { type RedFlagObservations, type RedFlagScreening, screenRedFlags } from './redFlags';
import { type ReturnToWorkPlan, suggestReturnToWorkPlan } from './returnToWorkPlan';
import { type StartBackAnswers, type StartBackResult, scoreStartBack } from './startBack';
import { requireOneOf } from './validation';
import { RuleInputError } from './ruleInputError';

export type Jurisdiction = 'NL' | 'BE';

/** Everything the rules need to evaluate one consultation. */
export interface ConsultationEvaluationInput {
  jurisdiction: Jurisdiction;
  consultationDate: IsoDate;
  /** Start of this episode. */
  onsetDate: IsoDate;
  birthDate: IsoDate;
  /** The yes/no red-flag findings; age at onset and duration are derived from the dates. */
  redFlagFindings: RedFlagObservations;
  startBack?: StartBackAnswers;
  orebro?: OrebroShortAnswers;
  /** Örebro cut-off, default 50. */
  orebroCutOff?: number;
  /** Risk-factor codes (RISK_FACTORS). */
  riskFactors: string[];
  /** Yellow-flag codes (YELLOW_FLAGS). */
  yellowFlags: string[];
  /** First day of sick leave (NL) / incapacity for work (BE) for this episode; null or absent when working. */
  sickLeaveStart?: IsoDate | null;
  /** Day of return to work, when known (planned or actual). */
  returnDate?: IsoDate | null;
  /** NL: date the plan van aanpak was made; without it its due date is used for the 6-weekly evaluations. */
  planVanAanpakDate?: IsoDate | null;
  /** BE (Fedris relapse rule): days of low-back-pain incapacity in the 12 months before this one; default 0. */
  lbpIncapacityDaysPrevious12Months?: number;
  job: {
    exposures: JobExposure[];
    maxLiftKg?: number;
    contractHoursPerWeek: number;
    sector: FedrisSector;
    /** BE: whether the worker is under health surveillance (return-to-work examination); default true. */
    underHealthSurveillance?: boolean;
  };
}

export interface NetherlandsDeadlines {
  jurisdiction: 'NL';
  milestones: PoortwachterMilestone[];
  /** Next 6-weekly evaluation of the plan van aanpak, on or after the consultation date. */
  nextActionPlanEvaluation: IsoDate;
}

export interface BelgianDeadlines {
  jurisdiction: 'BE';
  milestones: BelgianMilestone[];
  fedris: FedrisEligibility;
  /**
   * Window of the compulsory return-to-work examination (absence of 4 weeks or more, under health
   * surveillance), when a return date is known; null otherwise.
   */
  returnToWorkExam: { earliest: IsoDate; latest: IsoDate } | null;
}

export interface ConsultationEvaluation {
  phase: ComplaintPhaseResult;
  /** Completed years at onset. */
  ageAtOnset: number;
  redFlags: RedFlagScreening;
  startBack: StartBackResult | null;
  orebro: OrebroResult | null;
  chronicity: ChronicityResult;
  advice: AdviceKey[];
  /** Whether the worker is on sick leave on the consultation date. */
  onSickLeave: boolean;
  /** Legal deadlines from the first sick day; null when there is no sick leave for this episode. */
  deadlines: NetherlandsDeadlines | BelgianDeadlines | null;
  /** Suggested return-to-work plan starting on the consultation date. */
  plan: ReturnToWorkPlan;
}

/**
 * Evaluates a whole consultation: phase, red flags, chronicity risk, advice, legal deadlines (NL
 * Poortwachter or BE re-integration and Fedris, from the first sick day) and a suggested
 * return-to-work plan. Throws a RangeError naming the field on invalid input.
 */
export function evaluateConsultation(input: ConsultationEvaluationInput): ConsultationEvaluation {
  const jurisdiction = requireOneOf(input.jurisdiction, 'jurisdiction', ['NL', 'BE']);
  const on = input.consultationDate;
  const consultationDay = toDayNumber(on, 'consultationDate');
  if (toDayNumber(input.onsetDate, 'onsetDate') > consultationDay) throw new RuleInputError('onsetDate', 'after consultationDate');
  const phaseResult = complaintPhase(input.onsetDate, on);
  const ageAtOnset = ageInYears(input.birthDate, input.onsetDate, 'birthDate', 'onsetDate');

  const redFlags = screenRedFlags({ ...input.redFlagFindings, ageAtOnset, durationWeeks: phaseResult.weeks });
  const startBack = input.startBack === undefined ? null : scoreStartBack(input.startBack);
  const orebro = input.orebro === undefined ? null : scoreOrebroShort(input.orebro, input.orebroCutOff);
  const chronicity = chronicityRisk({ startBack: startBack ?? undefined, orebro: orebro ?? undefined });

  const advice = selectAdvice({
    phase: phaseResult.phase,
    chronicityLevel: chronicity.level,
    urgency: redFlags.urgency,
    radicular: redFlags.radicular,
    riskFactors: input.riskFactors,
    yellowFlags: input.yellowFlags,
  });

  const sickLeaveStart = input.sickLeaveStart ?? null;
  const returnDate = input.returnDate ?? null;
  let onSickLeave = false;
  let deadlines: NetherlandsDeadlines | BelgianDeadlines | null = null;
  if (sickLeaveStart !== null) {
    const startDay = toDayNumber(sickLeaveStart, 'sickLeaveStart');
    if (startDay > consultationDay) throw new RuleInputError('sickLeaveStart', 'after consultationDate');
    const returnDay = returnDate === null ? null : toDayNumber(returnDate, 'returnDate');
    if (returnDay !== null && returnDay < startDay) throw new RuleInputError('returnDate', 'before sickLeaveStart');
    onSickLeave = returnDay === null || returnDay > consultationDay;
    deadlines =
      jurisdiction === 'NL'
        ? netherlandsDeadlines(sickLeaveStart, input.planVanAanpakDate ?? null, on)
        : belgianDeadlines(input, sickLeaveStart, returnDate, returnDay === null ? 0 : returnDay - startDay);
  }

  const plan = suggestReturnToWorkPlan({
    startDate: on,
    phase: phaseResult.phase,
    chronicityLevel: chronicity.level,
    urgency: redFlags.urgency,
    job: input.job,
  });

  return { phase: phaseResult, ageAtOnset, redFlags, startBack, orebro, chronicity, advice, onSickLeave, deadlines, plan };
}

function netherlandsDeadlines(firstSickDay: IsoDate, planVanAanpakDate: IsoDate | null, on: IsoDate): NetherlandsDeadlines {
  return {
    jurisdiction: 'NL',
    milestones: poortwachterMilestones(firstSickDay),
    nextActionPlanEvaluation: nextPoortwachterEvaluation(
      planVanAanpakDate === null ? { firstSickDay } : { planVanAanpakDate },
      on,
    ),
  };
}

function belgianDeadlines(
  input: ConsultationEvaluationInput,
  firstDay: IsoDate,
  returnDate: IsoDate | null,
  absenceDays: number,
): BelgianDeadlines {
  const fedris = fedrisEligibility({
    incapacityStart: firstDay,
    on: input.consultationDate,
    lbpIncapacityDaysPrevious12Months: input.lbpIncapacityDaysPrevious12Months ?? 0,
    exposures: fedrisExposuresOf(input.job.exposures),
    sector: input.job.sector,
  });
  const examCompulsory =
    returnDate !== null && absenceDays >= RETURN_TO_WORK_EXAM_MIN_ABSENCE_DAYS && input.job.underHealthSurveillance !== false;
  return {
    jurisdiction: 'BE',
    milestones: belgianMilestones(firstDay),
    fedris,
    returnToWorkExam: examCompulsory ? { earliest: returnDate, latest: returnToWorkExamDeadline(returnDate) } : null,
  };
}
