import { z } from 'zod';
import { RESTRICTIONS, type ReturnToWorkPlan } from '../rules';
import { id, isoDate, optionalText } from './common';

const restrictionCodes = RESTRICTIONS.map((r) => r.code) as unknown as readonly [
  (typeof RESTRICTIONS)[number]['code'],
  ...Array<(typeof RESTRICTIONS)[number]['code']>,
];

/** A functional restriction from the rules' list; `value` is the kg or minutes where one is needed. */
export const planRestrictionSchema = z.object({
  code: z.enum(restrictionCodes),
  value: z.number({ error: 'number' }).optional(),
});

export const planStepSchema = z.object({
  startDate: isoDate,
  reviewDate: isoDate,
  hoursPerWeek: z.number({ error: 'number' }).positive({ error: 'invalid' }).max(80, { error: 'tooLarge' }),
  duties: z.enum(['adapted', 'full']),
  restrictions: z.array(planRestrictionSchema).max(20).default([]),
  /** Free text for the employer: functional possibilities only, never medical data. */
  note: optionalText(500),
});
export type PlanStep = z.output<typeof planStepSchema>;

/** One version of a return-to-work plan (the rules' ReturnToWorkPlan plus a note per step). */
export const planDocumentSchema = z.object({
  status: z.enum(['planned', 'onHold']),
  contractHoursPerWeek: z.number().positive().max(80),
  steps: z.array(planStepSchema).max(20),
  reviewDate: isoDate.nullable().default(null),
});
export type PlanDocument = z.output<typeof planDocumentSchema>;
export type PlanDocumentInput = z.input<typeof planDocumentSchema>;

export const planVersionSchema = z.object({
  planId: id,
  version: z.number().int().positive(),
  status: z.enum(['planned', 'onHold']),
  plan: planDocumentSchema,
  /** The next date someone looks at the plan again. */
  nextReview: isoDate.nullable(),
  createdAt: z.string(),
  createdByName: z.string(),
});
export type PlanVersion = z.infer<typeof planVersionSchema>;

export const planSaveSchema = z.object({
  workerId: id,
  episodeId: id,
  plan: planDocumentSchema,
  /** The version the doctor edited; a newer version saved meanwhile is refused. Null for the first. */
  basedOnVersion: z.number().int().positive().nullable(),
});

/** The rules' suggested plan as an editable document (no notes yet). */
export function planDocumentOf(plan: ReturnToWorkPlan): PlanDocument {
  return {
    status: plan.status,
    contractHoursPerWeek: plan.contractHoursPerWeek,
    reviewDate: plan.reviewDate,
    steps: plan.steps.map((step) => ({ ...step, restrictions: step.restrictions.map((r) => ({ ...r })), note: null })),
  };
}

/** The step of a plan that runs on a date (1-based number and the step); null before the first step. */
export { planStepOn } from '../rules';
