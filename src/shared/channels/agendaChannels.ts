import { z } from 'zod';
import { id, isoDate } from '../model';
import { channel } from './channel';

export const agendaItemKind = z.enum([
  'followUp',
  'poortwachter',
  'actionPlanEvaluation',
  'belgianMilestone',
  'returnToWorkExam',
  'fedrisWindowCloses',
  'planReview',
]);
export type AgendaItemKind = z.infer<typeof agendaItemKind>;

/** Something due for one worker: a follow-up, a legal milestone, a closing Fedris window, a plan review. */
export const agendaItemSchema = z.object({
  workerId: id,
  workerName: z.string(),
  personnelNumber: z.string(),
  employerName: z.string(),
  episodeId: id,
  kind: agendaItemKind,
  /** The milestone's code (Poortwachter, Belgian rules); empty for the other kinds. */
  code: z.string(),
  due: isoDate,
  overdue: z.boolean(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const agendaHorizon = z.enum(['thisWeek', 'fourWeeks']);
export type AgendaHorizon = z.infer<typeof agendaHorizon>;

/**
 * What is due across the signed-in doctor's workers. It lists several workers, so it is not a
 * one-dossier channel; its handler records every worker it shows in the access log.
 */
export const agendaChannels = {
  'agenda.list': channel({
    input: z.object({ horizon: agendaHorizon.default('thisWeek') }).strict(),
    output: z.object({ today: isoDate, until: isoDate, items: z.array(agendaItemSchema) }),
    access: 'dossier.read',
  }),
} as const;
