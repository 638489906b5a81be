import { z } from 'zod';
import { episodeSchema, id, isoDate, planDocumentSchema, planSaveSchema, planVersionSchema, workerSchema } from '../model';
import { URGENCY_ORDER } from '../rules';
import { channel } from './channel';

export const planOverviewSchema = z.object({
  today: isoDate,
  worker: workerSchema,
  episode: episodeSchema,
  contractHoursPerWeek: z.number(),
  /** Red-flag urgency of the episode's latest consultation ('none' without one). */
  urgency: z.enum(URGENCY_ORDER),
  /** The worker was at work (not on sick leave) at the latest consultation: the plan keeps the contract hours. */
  atWork: z.boolean(),
  latestConsultationDate: isoDate.nullable(),
  /** The follow-up of the latest consultation, else the current plan's next review (rules: nextEvaluationDate). */
  nextEvaluation: isoDate.nullable(),
  /** The rules' suggested plan from the latest consultation's stored evaluation. */
  suggestion: planDocumentSchema.nullable(),
  /** Newest first. */
  versions: z.array(planVersionSchema),
});
export type PlanOverview = z.infer<typeof planOverviewSchema>;

/** Return-to-work plans: every saved change is a new version. */
export const planChannels = {
  'plans.get': channel({
    input: z.object({ workerId: id, episodeId: id }).strict(),
    output: planOverviewSchema,
    access: 'dossier.read',
    dossier: 'read',
  }),
  'plans.save': channel({
    input: planSaveSchema,
    output: planVersionSchema,
    access: 'dossier.write',
    dossier: 'write',
  }),
} as const;
