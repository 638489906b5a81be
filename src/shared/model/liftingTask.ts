import { z } from 'zod';
import { id, isoDate, optionalText, requiredText } from './common';

export const couplingSchema = z.enum(['good', 'fair', 'poor']);
export type Coupling = z.infer<typeof couplingSchema>;

export const nioshBandSchema = z.enum(['acceptable', 'increased', 'high']);

function measure(max: number) {
  return z.number({ error: 'number' }).min(0, { error: 'nonNegative' }).max(max, { error: 'tooLarge' });
}

/**
 * A lifting task as the prevention advisor measures it at the workplace (docs/clinical-rules.md, section 7). The
 * lifting equation itself is the rules module's `nioshLifting`; these are only its inputs.
 */
export const liftingTaskInputSchema = z.object({
  id: id.optional(),
  employerId: id,
  jobPositionId: id,
  name: requiredText(120),
  loadKg: measure(200),
  horizontalCm: measure(200),
  verticalCm: measure(300),
  distanceCm: measure(300),
  asymmetryDeg: measure(180),
  frequencyPerMin: measure(60),
  /** Work duration of the lifting in a shift: more than 0 and at most 8 hours. */
  durationHours: z
    .number({ error: 'number' })
    .gt(0, { error: 'durationRange' })
    .max(8, { error: 'durationRange' }),
  coupling: couplingSchema,
  assessedOn: isoDate,
  assessor: requiredText(120),
  notes: optionalText(2000),
});
export type LiftingTaskInput = z.input<typeof liftingTaskInputSchema>;
export type ValidLiftingTaskInput = z.output<typeof liftingTaskInputSchema>;

/** A stored lifting task with the result of the lifting equation. */
export const liftingTaskSchema = z.object({
  id,
  employerId: id,
  jobPositionId: id,
  jobTitle: z.string(),
  departmentName: z.string().nullable(),
  name: z.string(),
  loadKg: z.number(),
  horizontalCm: z.number(),
  verticalCm: z.number(),
  distanceCm: z.number(),
  asymmetryDeg: z.number(),
  frequencyPerMin: z.number(),
  durationHours: z.number(),
  coupling: couplingSchema,
  assessedOn: z.string(),
  assessor: z.string(),
  notes: z.string().nullable(),
  result: z.object({
    rwlKg: z.number(),
    /** Null when the recommended weight limit is 0: no load can be lifted safely this way. */
    liftingIndex: z.number().nullable(),
    band: nioshBandSchema,
    multipliers: z.object({ hm: z.number(), vm: z.number(), dm: z.number(), am: z.number(), fm: z.number(), cm: z.number() }),
  }),
});
export type StoredLiftingTask = z.infer<typeof liftingTaskSchema>;
