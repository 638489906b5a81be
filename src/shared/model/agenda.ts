import { z } from 'zod';
import { id, isoDate } from './common';

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

/** A legal step (Poortwachter, Belgian re-integration, Fedris): overdue, it is shown in red. */
export function isLegalStep(kind: AgendaItemKind): boolean {
  return kind !== 'followUp' && kind !== 'planReview';
}

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
