import { z } from 'zod';
import { id, isoDate } from './common';

/*
 * Belgium: the occupational physician's request to Fedris for the low-back-pain programme. The
 * request is offered only once the physician has ticked the three conditions the rules cannot know:
 * health surveillance for these risks, the treating doctor's agreement and the worker's.
 */

export const fedrisRoute = z.enum(['incapacity', 'relapse', 'afterSurgery', 'returnToWorkExam']);

const confirmed = z.literal(true, { error: 'fedrisChecklist' });

export const fedrisRequestSchema = z
  .object({
    route: fedrisRoute,
    requestDate: isoDate,
    surgeryDate: isoDate.nullable().default(null),
    resumesAdaptedOrOtherWork: z.boolean().default(false),
    healthSurveillance: confirmed,
    treatingDoctorAgrees: confirmed,
    workerAgrees: confirmed,
    /** Fedris' decision, once known: the employer's claim is due within 6 months of it. */
    decisionDate: isoDate.nullable().default(null),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.route === 'afterSurgery' && r.surgeryDate === null) ctx.addIssue({ code: 'custom', path: ['surgeryDate'], message: 'required' });
    if (r.decisionDate !== null && r.decisionDate < r.requestDate) ctx.addIssue({ code: 'custom', path: ['decisionDate'], message: 'decisionBeforeRequest' });
  });
export type FedrisRequest = z.output<typeof fedrisRequestSchema>;
export type FedrisRequestInput = z.input<typeof fedrisRequestSchema>;

export const savedFedrisRequestSchema = z.object({ id, request: fedrisRequestSchema, createdAt: z.string(), createdByName: z.string() });
export type SavedFedrisRequest = z.infer<typeof savedFedrisRequestSchema>;
