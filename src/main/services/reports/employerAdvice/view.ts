import { z } from 'zod';
import { isoDate, jurisdiction, language } from '../../../../shared/model';
import { RESTRICTIONS, nextEvaluationDate, type RestrictionCode } from '../../../../shared/rules';
import { type ConsultationDocumentInput, workerFullName, documentFrame } from '../consultationDocumentInput';

/*
 * The employer advice's own view model. It holds only what the employer may see: work ability,
 * functional restrictions and possibilities, the graded schedule, the next review and the contact.
 * There is no field for a diagnosis, complaint, red flag, questionnaire, pain score, medication or
 * personal risk factor, and every object is strict: a value with any other field is refused
 * (at compile time for the top level through `ExactEmployerAdviceView`, at run time at every level).
 */

const restrictionCodes = RESTRICTIONS.map((r) => r.code) as unknown as readonly [RestrictionCode, ...RestrictionCode[]];

const restrictionViewSchema = z.strictObject({
  code: z.enum(restrictionCodes),
  value: z.number().optional(),
});

const stepViewSchema = z.strictObject({
  startDate: isoDate,
  reviewDate: isoDate,
  hoursPerWeek: z.number().positive(),
  duties: z.enum(['adapted', 'full']),
  restrictions: z.array(restrictionViewSchema),
  /** Functional possibilities in the doctor's words (the plan's note for the employer). */
  note: z.string().nullable(),
});

export const employerAdviceViewSchema = z.strictObject({
  locale: z.strictObject({ language, jurisdiction }),
  letterhead: z.strictObject({ practiceName: z.string(), logo: z.custom<Uint8Array>((value) => value instanceof Uint8Array).nullable() }),
  issuedOn: isoDate,
  issuedAt: z.string(),
  worker: z.strictObject({
    name: z.string(),
    personnelNumber: z.string(),
    jobTitle: z.string().nullable(),
    departmentName: z.string().nullable(),
  }),
  employer: z.strictObject({ name: z.string(), contactName: z.string().nullable() }),
  workAbility: z.enum(['notYet', 'adaptedWork', 'fullWork']),
  plan: z.strictObject({
    status: z.enum(['planned', 'onHold']),
    contractHoursPerWeek: z.number().positive(),
    reviewDate: isoDate.nullable(),
    steps: z.array(stepViewSchema),
  }),
  /** The one next evaluation (rules: nextEvaluationDate), as on the dossier and the plan screen. */
  nextReview: isoDate.nullable(),
  /** BE: window of the return-to-work examination. */
  legalDates: z.array(
    z.strictObject({
      kind: z.enum(['returnToWorkExam']),
      date: isoDate,
      until: isoDate.nullable(),
    }),
  ),
  contact: z.strictObject({
    doctorName: z.string(),
    practiceName: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    address: z.string().nullable(),
  }),
});

export type EmployerAdviceView = z.infer<typeof employerAdviceViewSchema>;

/** `V` when it has no top-level field beyond EmployerAdviceView's; otherwise the extra fields become `never`. */
export type ExactEmployerAdviceView<V> = V & Record<Exclude<keyof V, keyof EmployerAdviceView>, never>;

function workAbilityOf(plan: ConsultationDocumentInput['plan']): EmployerAdviceView['workAbility'] {
  if (plan.status === 'onHold' || plan.steps.length === 0) return 'notYet';
  return plan.steps[0]?.duties === 'full' ? 'fullWork' : 'adaptedWork';
}

/** BE: the return-to-work examination's window. The NL 6-weekly evaluation is not named beside the next evaluation: one date. */
function legalDatesOf(input: ConsultationDocumentInput): EmployerAdviceView['legalDates'] {
  const deadlines = input.evaluation.deadlines;
  if (deadlines === null || deadlines.jurisdiction === 'NL') return [];
  const exam = deadlines.returnToWorkExam;
  return exam === null ? [] : [{ kind: 'returnToWorkExam', date: exam.earliest, until: exam.latest }];
}

/**
 * Copies from a consultation only what the employer may see. The result is checked against the
 * strict schema, so nothing else can slip through.
 */
export function toEmployerAdviceView(input: ConsultationDocumentInput): EmployerAdviceView {
  const plan = input.plan;
  return employerAdviceViewSchema.parse({
    ...documentFrame(input),
    worker: {
      name: workerFullName(input.worker),
      personnelNumber: input.worker.personnelNumber,
      jobTitle: input.worker.jobTitle,
      departmentName: input.worker.departmentName,
    },
    employer: { name: input.worker.employerName, contactName: input.employerContactName },
    workAbility: workAbilityOf(plan),
    plan: {
      status: plan.status,
      contractHoursPerWeek: plan.contractHoursPerWeek,
      reviewDate: plan.reviewDate,
      steps: plan.steps.map((step) => ({
        startDate: step.startDate,
        reviewDate: step.reviewDate,
        hoursPerWeek: step.hoursPerWeek,
        duties: step.duties,
        restrictions: step.restrictions.map((r) => (r.value === undefined ? { code: r.code } : { code: r.code, value: r.value })),
        note: step.note,
      })),
    },
    nextReview: nextEvaluationDate({ followUpDate: input.intake.followUpDate, plan: input.plan }, input.issuedOn),
    legalDates: legalDatesOf(input),
    contact: {
      doctorName: input.signingDoctorName,
      practiceName: input.practice.name,
      phone: input.practice.phone,
      email: input.practice.email,
      address: input.practice.address,
    },
  } satisfies EmployerAdviceView);
}
