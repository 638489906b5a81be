import { z } from 'zod';
import { id, isoDate, optionalText, requiredText, rowVersion } from './common';

export const workStatus = z.enum(['working', 'partlyWorking', 'offWork']);
export type WorkStatus = z.infer<typeof workStatus>;

/** A new worker (no `id`) or a change of one, with the row version the change started from. */
export const workerInputSchema = z
  .object({
    id: id.optional(),
    rowVersion: rowVersion.optional(),
    employerId: id,
    departmentId: id.nullable().default(null),
    jobPositionId: id.nullable().default(null),
    personnelNumber: requiredText(40),
    firstName: requiredText(80),
    lastName: requiredText(80),
    birthDate: isoDate,
    contractHoursPerWeek: z
      .number({ error: 'number' })
      .min(1, { error: 'hoursRange' })
      .max(60, { error: 'hoursRange' }),
    email: z
      .union([z.literal(''), z.email({ error: 'email' })])
      .nullable()
      .default(null)
      .transform((value) => (value === '' ? null : value)),
    phone: optionalText(40),
  })
  .refine((worker) => worker.id === undefined || worker.rowVersion !== undefined, { error: 'required', path: ['rowVersion'] });
export type WorkerInput = z.input<typeof workerInputSchema>;
export type ValidWorkerInput = z.output<typeof workerInputSchema>;

export const workerSchema = z.object({
  id,
  employerId: id,
  employerName: z.string(),
  departmentId: id.nullable(),
  departmentName: z.string().nullable(),
  jobPositionId: id.nullable(),
  jobTitle: z.string().nullable(),
  personnelNumber: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.string(),
  contractHoursPerWeek: z.number(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  updatedAt: z.string(),
  rowVersion,
});
export type Worker = z.infer<typeof workerSchema>;

export const workerSummarySchema = workerSchema.pick({
  id: true,
  personnelNumber: true,
  firstName: true,
  lastName: true,
  birthDate: true,
  employerName: true,
  departmentName: true,
  jobTitle: true,
});
export type WorkerSummary = z.infer<typeof workerSummarySchema>;

/** A row of the workers list: the worker and the work status today (null without an open episode). */
export const workerListItemSchema = workerSummarySchema.extend({ workStatus: workStatus.nullable() });
export type WorkerListItem = z.infer<typeof workerListItemSchema>;

export const workerSearchSchema = z.object({
  query: z.string().max(100, { error: 'tooLong' }),
  employerId: id.nullable().default(null),
  limit: z.number().int().min(1).max(200).default(50),
});
