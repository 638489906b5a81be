import { z } from 'zod';
import { id, optionalText, requiredText } from './common';

export const sector = z.enum(['private', 'localPublic', 'federalPublic', 'other']);
export type Sector = z.infer<typeof sector>;

/** How much of a job's time an exposure takes: none, occasional, regular, most of the day. */
export const exposureLevel = z.enum(['none', 'low', 'moderate', 'high']);
export type ExposureLevel = z.infer<typeof exposureLevel>;

export const exposureKinds = [
  'liftingCarrying',
  'pushingPulling',
  'bendingTwisting',
  'kneelingSquatting',
  'wholeBodyVibration',
  'prolongedSitting',
  'prolongedStanding',
  'driving',
  'screenWork',
  'psychosocialLoad',
] as const;
export type ExposureKind = (typeof exposureKinds)[number];

export const exposureProfileSchema = z.object(
  Object.fromEntries(exposureKinds.map((kind) => [kind, exposureLevel.default('none')])) as Record<
    ExposureKind,
    z.ZodDefault<typeof exposureLevel>
  >,
);
export type ExposureProfile = z.infer<typeof exposureProfileSchema>;

export const employerInputSchema = z.object({
  id: id.optional(),
  name: requiredText(120),
  sector,
  contactName: optionalText(120),
  contactEmail: z
    .union([z.literal(''), z.email({ error: 'email' })])
    .nullable()
    .default(null)
    .transform((value) => (value === '' ? null : value)),
});
export type EmployerInput = z.input<typeof employerInputSchema>;
export type ValidEmployerInput = z.output<typeof employerInputSchema>;

export const departmentInputSchema = z.object({
  id: id.optional(),
  employerId: id,
  name: requiredText(120),
});
export type DepartmentInput = z.input<typeof departmentInputSchema>;
export type ValidDepartmentInput = z.output<typeof departmentInputSchema>;

export const jobPositionInputSchema = z.object({
  id: id.optional(),
  employerId: id,
  departmentId: id.nullable().default(null),
  title: requiredText(120),
  /** Heaviest load lifted regularly in this job, in kg. */
  maxLoadKg: z.number().min(0, { error: 'nonNegative' }).max(200, { error: 'tooLarge' }).nullable().default(null),
  exposures: exposureProfileSchema,
});
export type JobPositionInput = z.input<typeof jobPositionInputSchema>;
export type ValidJobPositionInput = z.output<typeof jobPositionInputSchema>;

export const departmentSchema = z.object({ id, employerId: id, name: z.string() });
export type Department = z.infer<typeof departmentSchema>;

export const jobPositionSchema = z.object({
  id,
  employerId: id,
  departmentId: id.nullable(),
  title: z.string(),
  maxLoadKg: z.number().nullable(),
  exposures: exposureProfileSchema,
});
export type JobPosition = z.infer<typeof jobPositionSchema>;

export const employerSchema = z.object({
  id,
  name: z.string(),
  sector,
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  workerCount: z.number().int(),
  departments: z.array(departmentSchema),
  jobPositions: z.array(jobPositionSchema),
});
export type Employer = z.infer<typeof employerSchema>;
