import { z } from 'zod';
import { id, isoDate, optionalText } from './common';

/*
 * Belgium: a worker's re-integration trajectory as the occupational physician records it: who asked
 * and when, the assessment's decision (A, B or C) and its date, when the worker received the
 * employer's plan, and the functional possibilities and limitations the assessment form states.
 * Each change is saved as a new version; the newest one counts.
 */

export const trajectoryInitiator = z.enum(['worker', 'treatingDoctor', 'employer']);
export const trajectoryDecision = z.enum(['A', 'B', 'C']);

export const reintegrationTrajectorySchema = z
  .object({
    requestDate: isoDate,
    initiator: trajectoryInitiator,
    /** The employer holds the treating doctor's certificate of definitive unfitness for the agreed work. */
    definitiveUnfitnessCertificate: z.boolean().default(false),
    /** The worker consented to the employer's request (2026 rules). */
    workerConsent: z.boolean().default(false),
    decision: trajectoryDecision.nullable().default(null),
    assessmentDate: isoDate.nullable().default(null),
    planReceivedOn: isoDate.nullable().default(null),
    /** Functional terms only: the assessment form goes to the employer. */
    possibilities: optionalText(2000),
    limitations: optionalText(2000),
  })
  .strict()
  .superRefine((t, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (t.decision !== null && t.assessmentDate === null) issue('assessmentDate', 'required');
    if (t.decision === null && t.assessmentDate !== null) issue('decision', 'required');
    if (t.assessmentDate !== null && t.assessmentDate < t.requestDate) issue('assessmentDate', 'assessmentBeforeRequest');
    if (t.planReceivedOn !== null && (t.assessmentDate === null || t.planReceivedOn < t.assessmentDate)) issue('planReceivedOn', 'planBeforeAssessment');
  });
export type ReintegrationTrajectory = z.output<typeof reintegrationTrajectorySchema>;
export type ReintegrationTrajectoryInput = z.input<typeof reintegrationTrajectorySchema>;

export const savedTrajectorySchema = z.object({
  id,
  trajectory: reintegrationTrajectorySchema,
  createdAt: z.string(),
  createdByName: z.string(),
});
export type SavedTrajectory = z.infer<typeof savedTrajectorySchema>;
