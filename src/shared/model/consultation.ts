import { z } from 'zod';
import { role } from './user';
import {
  ADVICE_KEYS,
  CHRONICITY_LEVELS,
  COMPLAINT_PHASES,
  JOB_EXPOSURES,
  RED_FLAG_CHECKLIST_FIELDS,
  RED_FLAG_RULES,
  RISK_FACTORS,
  URGENCY_ORDER,
  YELLOW_FLAG_CODES,
  canBeEvaluated,
  type ConsultationEvaluationInput,
  type JobExposure,
} from '../rules';
import { id, isoDate, jurisdiction, optionalText } from './common';
import { EMPTY_OUTCOMES, outcomesSchema } from './outcomes';
import { workStatus } from './worker';
import { sector, type ExposureKind, type ExposureProfile, type JobPosition, type Sector } from './workplace';

const codesOf = <T extends string>(values: readonly T[]) => values as unknown as readonly [T, ...T[]];

export const riskFactorCode = z.enum(codesOf(RISK_FACTORS.map((f) => f.code)));
export const yellowFlagCode = z.enum(codesOf(YELLOW_FLAG_CODES));
export const adviceKey = z.enum(ADVICE_KEYS);
export const redFlagCode = z.enum(codesOf(RED_FLAG_RULES.map((r) => r.code)));
export const jobExposure = z.enum(codesOf(JOB_EXPOSURES.map((e) => e.code)));

export const radiation = z.enum(['none', 'buttockOrThigh', 'belowKnee']);
export type Radiation = z.infer<typeof radiation>;
/** Course so far; 'unchanged' and 'worsening' count as pain not improving (red-flag rule). */
export const course = z.enum(['improving', 'fluctuating', 'unchanged', 'worsening']);
export type Course = z.infer<typeof course>;
export const previousEpisodes = z.enum(['none', 'once', 'several']);

/** The red-flag checklist of the intake form (the rules module's list). */
export const redFlagObservationFields = RED_FLAG_CHECKLIST_FIELDS;
export type RedFlagObservationField = (typeof redFlagObservationFields)[number];

export const redFlagObservationsSchema = z.object(
  Object.fromEntries(redFlagObservationFields.map((field) => [field, z.boolean().default(false)])) as Record<
    RedFlagObservationField,
    z.ZodDefault<z.ZodBoolean>
  >,
);

export const startBackAnswersSchema = z.object({
  legPain: z.boolean(),
  shoulderOrNeckPain: z.boolean(),
  walkedOnlyShortDistances: z.boolean(),
  dressedMoreSlowly: z.boolean(),
  notSafeToBeActive: z.boolean(),
  worryingThoughts: z.boolean(),
  painTerribleNeverBetter: z.boolean(),
  notEnjoyingThings: z.boolean(),
  bothersomeness: z.enum(['notAtAll', 'slightly', 'moderately', 'veryMuch', 'extremely']),
});

const scale = z.number({ error: 'number' }).int({ error: 'invalid' }).min(0, { error: 'invalid' }).max(10, { error: 'invalid' });
export const orebroAnswersSchema = z.object({
  durationCategory: z.number({ error: 'number' }).int().min(1).max(10),
  painLastWeek: scale,
  canDoLightWorkForAnHour: scale,
  canSleepAtNight: scale,
  tenseOrAnxious: scale,
  botheredByDepression: scale,
  riskPainBecomesPersistent: scale,
  chanceWorkingInThreeMonths: scale,
  stopWhenPainIncreases: scale,
  shouldNotWorkWithCurrentPain: scale,
});

export const complaintSchema = z.object({
  onsetDate: isoDate,
  painScore: z.number({ error: 'required' }).int({ error: 'invalid' }).min(0, { error: 'invalid' }).max(10, { error: 'invalid' }),
  radiation,
  course,
  previousEpisodes,
  workStatus,
  /** First day of sick leave (NL) / incapacity for work (BE) in this episode. */
  sickLeaveStart: isoDate.nullable().default(null),
  /** Day of return to work, planned or actual. */
  sickLeaveEnd: isoDate.nullable().default(null),
  /** BE, Fedris relapse rule: days of low-back-pain incapacity in the 12 months before this one. */
  lbpIncapacityDaysPrevious12Months: z.number({ error: 'number' }).int({ error: 'invalid' }).min(0, { error: 'nonNegative' }).max(366, { error: 'tooLarge' }).default(0),
  /** NL: the day the plan van aanpak was made. */
  planVanAanpakDate: isoDate.nullable().default(null),
  /** NL: the day the probleemanalyse was actually made (the plan van aanpak is due two weeks later). */
  probleemanalyseDate: isoDate.nullable().default(null),
  /**
   * Age when the worker first ever had low back pain; null when this episode is the first ever. The
   * age flags of the rules use it (a worker of 58 with back pain since 35 gets no age flag).
   */
  ageAtFirstEverOnset: z.number({ error: 'number' }).int({ error: 'invalid' }).min(0, { error: 'invalid' }).max(130, { error: 'invalid' }).nullable().default(null),
});

/**
 * A red flag the doctor has investigated in this episode (referred, results known, cause ruled out
 * or treated): what was done, by whom and when. The finding itself stays ticked; the flag no longer
 * drives urgency, advice or the plan's hold. Immediate flags cannot be evaluated.
 */
export const redFlagEvaluationSchema = z.object({
  code: redFlagCode,
  note: z.string().trim().min(1, { error: 'required' }).max(500, { error: 'tooLong' }),
  /** Stamped by main on save: the doctor who marked it and the consultation date. */
  evaluatedBy: z.string().max(80).default(''),
  evaluatedOn: isoDate.nullable().default(null),
});
export type RedFlagEvaluation = z.output<typeof redFlagEvaluationSchema>;

/**
 * Where the worker was sent for an immediate red flag, as the doctor acknowledged it. Main stamps
 * who acknowledged it and when on save; an amendment that keeps the destination keeps the stamp.
 */
export const immediateReferralSchema = z.object({
  referredTo: z.string().trim().min(1, { error: 'required' }).max(200, { error: 'tooLong' }),
  acknowledgedBy: z.string().max(80).default(''),
  acknowledgedAt: z.string().max(40).nullable().default(null),
});
export type ImmediateReferral = z.output<typeof immediateReferralSchema>;

/** The validated intake document of one consultation, as stored in consultations.intake. */
export const intakeSchema = z
  .object({
    consultationDate: isoDate,
    /** The episode this consultation continues; null starts a new episode. */
    episodeId: id.nullable(),
    complaint: complaintSchema,
    redFlags: redFlagObservationsSchema,
    /**
     * The doctor went through the red-flag checklist in this consultation (ticked a finding or
     * confirmed that none is present). False for a consultation stored before this was recorded
     * without any finding ticked: nobody can tell whether it was screened.
     */
    redFlagsScreened: z.boolean().default(false),
    /** Immediate red flags the doctor has explicitly acknowledged. */
    acknowledgedRedFlags: z.array(redFlagCode).max(20).default([]),
    /** For an immediate red flag: where the worker was sent, who acknowledged it and when. */
    immediateReferral: immediateReferralSchema.nullable().default(null),
    /** Red flags evaluated in this episode; main carries them over to later consultations of the episode. */
    redFlagEvaluations: z.array(redFlagEvaluationSchema).max(20).default([]),
    riskFactors: z.array(riskFactorCode).max(40).default([]),
    yellowFlags: z.array(yellowFlagCode).max(20).default([]),
    startBack: startBackAnswersSchema.nullable().default(null),
    orebro: orebroAnswersSchema.nullable().default(null),
    /** Work ability, hours worked, Roland-Morris and PSK (pain now is the complaint's pain score). */
    outcomes: outcomesSchema.default(EMPTY_OUTCOMES),
    findings: optionalText(4000),
    conclusion: optionalText(4000),
    /** Advice given to the worker (keys of the rules' advice catalogue). */
    advice: z.array(adviceKey).max(40).default([]),
    followUpDate: isoDate.nullable().default(null),
  })
  .superRefine((intake, ctx) => {
    const c = intake.complaint;
    const issue = (path: Array<string>, message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (c.onsetDate > intake.consultationDate) issue(['complaint', 'onsetDate'], 'onsetAfterConsultation');
    if (c.workStatus !== 'working' && c.sickLeaveStart === null) issue(['complaint', 'sickLeaveStart'], 'required');
    if (c.sickLeaveStart !== null && c.sickLeaveStart < c.onsetDate) issue(['complaint', 'sickLeaveStart'], 'sickLeaveBeforeOnset');
    if (c.sickLeaveStart !== null && c.sickLeaveStart > intake.consultationDate) {
      issue(['complaint', 'sickLeaveStart'], 'sickLeaveAfterConsultation');
    }
    if (c.sickLeaveEnd !== null && (c.sickLeaveStart === null || c.sickLeaveEnd < c.sickLeaveStart)) {
      issue(['complaint', 'sickLeaveEnd'], 'returnBeforeSickLeave');
    }
    if (intake.followUpDate !== null && intake.followUpDate < intake.consultationDate) issue(['followUpDate'], 'followUpInPast');
    if (c.probleemanalyseDate !== null && c.probleemanalyseDate > intake.consultationDate) {
      issue(['complaint', 'probleemanalyseDate'], 'afterConsultation');
    }
    intake.redFlagEvaluations.forEach((evaluation, index) => {
      if (!canBeEvaluated(evaluation.code)) issue(['redFlagEvaluations', String(index), 'code'], 'immediateNotEvaluable');
      if (intake.redFlagEvaluations.findIndex((e) => e.code === evaluation.code) !== index) issue(['redFlagEvaluations', String(index), 'code'], 'invalid');
    });
  });
export type Intake = z.output<typeof intakeSchema>;
export type IntakeInput = z.input<typeof intakeSchema>;

/**
 * What the rules need besides the intake: the practice's jurisdiction and Örebro cut-off, the
 * worker's birth date and the job's demands. Main builds it; the renderer gets it with the dossier.
 */
export const evaluationContextSchema = z.object({
  jurisdiction,
  orebroCutOff: z.number().int(),
  birthDate: isoDate,
  job: z.object({
    exposures: z.array(jobExposure),
    maxLiftKg: z.number().nullable(),
    contractHoursPerWeek: z.number(),
    sector,
  }),
});
export type EvaluationContext = z.infer<typeof evaluationContextSchema>;

/** The job's exposures in the rules' vocabulary (any level above 'none' counts). */
const JOB_EXPOSURE_OF_KIND: Record<ExposureKind, JobExposure | null> = {
  liftingCarrying: 'manualHandling',
  pushingPulling: 'pushingPulling',
  bendingTwisting: 'bendingTwisting',
  kneelingSquatting: 'kneelingSquatting',
  wholeBodyVibration: 'wholeBodyVibration',
  prolongedSitting: 'prolongedSitting',
  prolongedStanding: 'prolongedStanding',
  driving: 'prolongedSitting',
  screenWork: 'screenWork',
  psychosocialLoad: null,
};

export function jobExposuresOf(profile: ExposureProfile): JobExposure[] {
  const result: JobExposure[] = [];
  for (const [kind, level] of Object.entries(profile) as Array<[ExposureKind, string]>) {
    const exposure = JOB_EXPOSURE_OF_KIND[kind];
    if (level !== 'none' && exposure !== null && !result.includes(exposure)) result.push(exposure);
  }
  return result;
}

export function evaluationContextOf(input: {
  jurisdiction: EvaluationContext['jurisdiction'];
  orebroCutOff: number;
  birthDate: string;
  contractHoursPerWeek: number;
  sector: Sector;
  job: JobPosition | null;
}): EvaluationContext {
  return {
    jurisdiction: input.jurisdiction,
    orebroCutOff: input.orebroCutOff,
    birthDate: input.birthDate,
    job: {
      exposures: input.job ? jobExposuresOf(input.job.exposures) : [],
      maxLiftKg: input.job?.maxLoadKg ?? null,
      contractHoursPerWeek: input.contractHoursPerWeek,
      sector: input.sector,
    },
  };
}

/** The one way both the live panel and main turn an intake into the rules' input. */
export function evaluationInputOf(intake: Intake, context: EvaluationContext): ConsultationEvaluationInput {
  const c = intake.complaint;
  return {
    jurisdiction: context.jurisdiction,
    consultationDate: intake.consultationDate,
    onsetDate: c.onsetDate,
    birthDate: context.birthDate,
    redFlagFindings: {
      ...intake.redFlags,
      radiatesBelowKnee: c.radiation === 'belowKnee',
      painNotImproving: c.course === 'unchanged' || c.course === 'worsening',
    },
    ...(intake.startBack ? { startBack: intake.startBack } : {}),
    ...(intake.orebro ? { orebro: intake.orebro } : {}),
    orebroCutOff: context.orebroCutOff,
    riskFactors: intake.riskFactors,
    yellowFlags: intake.yellowFlags,
    sickLeaveStart: c.sickLeaveStart,
    returnDate: c.sickLeaveEnd,
    planVanAanpakDate: c.planVanAanpakDate,
    probleemanalyseDate: c.probleemanalyseDate,
    lbpIncapacityDaysPrevious12Months: c.lbpIncapacityDaysPrevious12Months,
    ...(c.ageAtFirstEverOnset === null ? {} : { ageAtFirstEverOnset: c.ageAtFirstEverOnset }),
    evaluatedRedFlags: intake.redFlagEvaluations.map((e) => e.code),
    atWork: c.workStatus === 'working',
    job: {
      exposures: context.job.exposures,
      ...(context.job.maxLiftKg !== null ? { maxLiftKg: context.job.maxLiftKg } : {}),
      contractHoursPerWeek: context.job.contractHoursPerWeek,
      sector: context.job.sector,
    },
  };
}

export const consultationStatus = z.enum(['draft', 'final']);

/** A reason for an amendment to a signed consultation. */
export const amendmentReason = z.string().trim().min(1, { error: 'required' }).max(500, { error: 'tooLong' });

/** A correction of a signed consultation: who, when, why, and the consultation as it was before. */
export const consultationAmendmentSchema = z.object({
  id,
  amendedBy: z.string(),
  amendedAt: z.string(),
  reason: z.string(),
  /** The intake as it stood before this amendment (the earlier text stays in the record). */
  previousIntake: intakeSchema,
});
export type ConsultationAmendment = z.infer<typeof consultationAmendmentSchema>;

/** A saved consultation with main's own evaluation summary. */
export const consultationSchema = z.object({
  id,
  workerId: id,
  episodeId: id,
  /** Who recorded it, with their role: a nurse may record an intake, and is named as a nurse. */
  authorName: z.string(),
  authorRole: role,
  consultationDate: isoDate,
  status: consultationStatus,
  intake: intakeSchema,
  phase: z.enum(COMPLAINT_PHASES),
  urgency: z.enum(URGENCY_ORDER),
  chronicityLevel: z.enum(CHRONICITY_LEVELS),
  updatedAt: z.string(),
  /** Signed on first save by its author: it reopens read-only and changes only by amendment. */
  signedBy: z.string(),
  signedAt: z.string(),
  /** The amendments since signing, oldest first. */
  amendments: z.array(consultationAmendmentSchema),
});
export type Consultation = z.infer<typeof consultationSchema>;

/**
 * The version of a signed consultation: 1 as signed, one more with each amendment. An amendment
 * names the version it was made from, and is refused when someone amended the consultation since.
 */
export function consultationVersion(consultation: Pick<Consultation, 'amendments'>): number {
  return consultation.amendments.length + 1;
}

/** The version an amendment was made from (see consultationVersion). */
export const consultationVersionNumber = z.number().int().positive();

export const consultationSummarySchema = consultationSchema.omit({ intake: true, workerId: true, amendments: true }).extend({
  /** How many times the consultation was amended after signing. */
  amendmentCount: z.number().int(),
  /** Whether the red flags were gone through in this consultation. */
  redFlagsScreened: z.boolean(),
  /** For an immediate red flag: where the worker was sent, by whom and when. */
  immediateReferral: immediateReferralSchema.nullable(),
  painScore: z.number().int(),
  followUpDate: isoDate.nullable(),
  redFlagCodes: z.array(redFlagCode),
  /** The red flags of `redFlagCodes` that the doctor has evaluated in the episode. */
  evaluatedRedFlagCodes: z.array(redFlagCode),
});
export type ConsultationSummary = z.infer<typeof consultationSummarySchema>;

export const draftInfoSchema = z.object({ consultationId: id.nullable(), savedAt: z.string() });
export type DraftInfo = z.infer<typeof draftInfoSchema>;
