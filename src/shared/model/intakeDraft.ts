import { z } from 'zod';
import { course, previousEpisodes, radiation, redFlagCode, redFlagObservationFields, type RedFlagObservationField } from './consultation';
import { jsonDocumentProblem } from './jsonDocument';
import { workStatus } from './worker';
import { workerAnswersSchema } from './workerAnswers';

/*
 * The consultation form as it is typed, autosaved as a draft: dates and numbers as the text typed,
 * '' for not answered yet. Loose where typing is (a half-typed date, an empty note), but of one
 * shape: the intake schema checks the content when the consultation is saved.
 */

const text = z.string().max(20_000, { error: 'tooLong' });
const orEmpty = <T extends z.ZodType>(schema: T) => z.union([schema, z.literal('')]);

const complaintForm = z.object({
  onsetDate: text,
  painScore: text,
  radiation: orEmpty(radiation),
  course: orEmpty(course),
  previousEpisodes: orEmpty(previousEpisodes),
  workStatus: orEmpty(workStatus),
  sickLeaveStart: text,
  sickLeaveEnd: text,
  lbpIncapacityDaysPrevious12Months: text,
  planVanAanpakDate: text,
  probleemanalyseDate: text,
  /** True (the default) when this episode is the worker's first ever; otherwise the age is asked. */
  firstEverEpisode: z.boolean(),
  ageAtFirstEverOnset: text,
});

/** The outcome measures as typed; Roland-Morris holds 'true' / 'false' / '' per item, in item order. */
export const outcomesFormSchema = z.object({
  workAbility: text,
  hoursWorked: text,
  rolandMorris: z.array(text).max(100),
  psk: z.array(z.object({ activity: text, score: text })).max(20),
  filledInByWorker: z.array(text).max(20),
});

export const intakeFormSchema = z.object({
  consultationDate: text,
  episodeId: z.number().int().positive().nullable(),
  complaint: complaintForm,
  redFlags: z.object(
    Object.fromEntries(redFlagObservationFields.map((field) => [field, z.boolean()])) as Record<RedFlagObservationField, z.ZodBoolean>,
  ),
  /** The doctor went through the checklist in this consultation (ticked a finding or confirmed none). */
  redFlagsScreened: z.boolean(),
  acknowledgedRedFlags: z.array(text).max(100),
  /** Where an immediate red flag sent the worker (stamped with who and when by main on save). */
  immediateReferral: z.object({ referredTo: text, acknowledgedBy: text, acknowledgedAt: text.nullable() }).nullable(),
  /** Red flags evaluated in this episode; those carried over from earlier consultations are stamped. */
  redFlagEvaluations: z.array(z.object({ code: redFlagCode, note: text, evaluatedBy: text, evaluatedOn: text.nullable() })).max(100),
  riskFactors: z.array(text).max(100),
  yellowFlags: z.array(text).max(100),
  /** Answer per item id: String(option value) for STarT Back, the number typed for Örebro. */
  startBack: z.record(z.string().max(100), text),
  orebro: z.record(z.string().max(100), text),
  outcomes: outcomesFormSchema,
  findings: text,
  conclusion: text,
  advice: z.array(text).max(200),
  /** False while the advice simply follows the rules' selection. */
  adviceEdited: z.boolean(),
  followUpDate: text,
});
export type IntakeForm = z.infer<typeof intakeFormSchema>;
export type OutcomesForm = IntakeForm['outcomes'];

/**
 * A draft: any part of the form (a draft from an older version may lack what the form has since
 * gained; the form fills it in), plus the answers a worker gave in worker mode, and nothing else.
 * It is first checked to be plain JSON of a sane depth and size, so a cyclic, BigInt or very deep
 * value is refused, not thrown, before its shape is.
 */
export const intakeDraftSchema = z
  .unknown()
  .superRefine((value, context) => {
    const problem = jsonDocumentProblem(value, 32);
    if (problem !== null) context.addIssue({ code: 'custom', message: problem, input: value, abort: true });
    else if (JSON.stringify(value).length > 200_000) context.addIssue({ code: 'custom', message: 'tooLarge', input: value, abort: true });
  })
  .pipe(intakeFormSchema.partial().extend({ workerAnswers: workerAnswersSchema.optional() }).strict());
export type IntakeDraft = z.output<typeof intakeDraftSchema>;
