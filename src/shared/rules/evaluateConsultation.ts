import { type AdviceKey, selectAdvice } from './advice';
import { belgianMilestones, type BelgianMilestone, belgianRulesFor, type BelgianRulesVersion, RETURN_TO_WORK_EXAM_MIN_ABSENCE_DAYS, returnToWorkExamDeadline } from './belgium';
import { chronicityRisk, type ChronicityResult } from './chronicity';
import { addDays, ageInYears, type IsoDate, toDayNumber } from './dates';
import { type FedrisEligibility, fedrisEligibility, fedrisExposuresOf, type FedrisSector } from './fedris';
import type { JobExposure } from './jobExposures';
import { type OrebroResult, type OrebroShortAnswers, scoreOrebroShort } from './orebro';
import { complaintPhase, type ComplaintPhaseResult } from './phase';
import {
  type EarlierSickPeriod,
  nextPoortwachterEvaluation,
  poortwachterMilestones,
  type PoortwachterMilestone,
  ziekmelding42FirstWorkingDay,
} from './poortwachter';
import { type RedFlagCode, type RedFlagObservations, type RedFlagScreening, screenRedFlags } from './redFlags';
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
  /** Age when the worker first ever had low back pain; default: the age at this onset (first episode). */
  ageAtFirstEverOnset?: number;
  /** Red flags the doctor has marked evaluated in this episode (immediate flags stay open). */
  evaluatedRedFlags?: RedFlagCode[];
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
  /** NL: date the probleemanalyse was actually made; the plan van aanpak is then due 2 weeks later. */
  probleemanalyseDate?: IsoDate | null;
  /** NL: earlier sick periods of the worker; those less than 4 weeks before this one count with it. */
  earlierSickPeriods?: EarlierSickPeriod[];
  /**
   * The worker is at work (not on sick leave): the plan keeps the current hours and adapts tasks.
   * Default: whether the worker is off sick on the consultation date.
   */
  atWork?: boolean;
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
  /** UWV's reading of the report in week 42: the first working day after 42 weeks (shown with the legal date). */
  ziekmelding42FirstWorkingDay: IsoDate;
  /** Next 6-weekly evaluation of the plan van aanpak, on or after the consultation date. */
  nextActionPlanEvaluation: IsoDate;
}

export interface BelgianDeadlines {
  jurisdiction: 'BE';
  milestones: BelgianMilestone[];
  /** The rules that govern this incapacity (the version in force on its first day). */
  rulesVersion: BelgianRulesVersion;
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

  const redFlags = screenRedFlags({
    ...input.redFlagFindings,
    ageAtOnset,
    ...(input.ageAtFirstEverOnset === undefined ? {} : { ageAtFirstEverOnset: input.ageAtFirstEverOnset }),
    ...(input.evaluatedRedFlags === undefined ? {} : { evaluated: input.evaluatedRedFlags }),
    durationWeeks: phaseResult.weeks,
  });
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
        ? netherlandsDeadlines(input, sickLeaveStart)
        : belgianDeadlines(input, sickLeaveStart, returnDate, returnDay === null ? 0 : returnDay - startDay);
  }

  const plan = suggestReturnToWorkPlan({
    startDate: on,
    country: jurisdiction,
    phase: phaseResult.phase,
    chronicityLevel: chronicity.level,
    urgency: redFlags.urgency,
    atWork: input.atWork ?? !onSickLeave,
    job: input.job,
  });

  return { phase: phaseResult, ageAtOnset, redFlags, startBack, orebro, chronicity, advice, onSickLeave, deadlines, plan };
}

function netherlandsDeadlines(input: ConsultationEvaluationInput, firstSickDay: IsoDate): NetherlandsDeadlines {
  const analysis = input.probleemanalyseDate ?? null;
  const milestones = poortwachterMilestones(firstSickDay, {
    earlierPeriods: input.earlierSickPeriods ?? [],
    ...(analysis === null ? {} : { probleemanalyseDate: analysis }),
  });
  const planDue = milestones.find((m) => m.code === 'planVanAanpak')?.due as IsoDate;
  return {
    jurisdiction: 'NL',
    milestones,
    ziekmelding42FirstWorkingDay: ziekmelding42FirstWorkingDay(milestones),
    nextActionPlanEvaluation: nextPoortwachterEvaluation({ planVanAanpakDate: input.planVanAanpakDate ?? planDue }, input.consultationDate),
  };
}

function belgianDeadlines(
  input: ConsultationEvaluationInput,
  firstDay: IsoDate,
  returnDate: IsoDate | null,
  absenceDays: number,
): BelgianDeadlines {
  const previousDays = input.lbpIncapacityDaysPrevious12Months ?? 0;
  const fedris = fedrisEligibility({
    incapacityStart: firstDay,
    on: input.consultationDate,
    // An incapacity that ended before the consultation is judged on its last day.
    ...(returnDate !== null && returnDate > firstDay ? { lastDayOfIncapacity: addDays(returnDate, -1) } : {}),
    lbpIncapacityDaysPrevious12Months: previousDays,
    exposures: fedrisExposuresOf(input.job.exposures),
    sector: input.job.sector,
  });
  const examCompulsory =
    returnDate !== null && absenceDays >= RETURN_TO_WORK_EXAM_MIN_ABSENCE_DAYS && input.job.underHealthSurveillance !== false;
  return {
    jurisdiction: 'BE',
    milestones: belgianMilestones(firstDay, { lbpIncapacityDaysPrevious12Months: previousDays }),
    rulesVersion: belgianRulesFor(firstDay).version,
    fedris,
    returnToWorkExam: examCompulsory ? { earliest: returnDate, latest: returnToWorkExamDeadline(returnDate) } : null,
  };
}
