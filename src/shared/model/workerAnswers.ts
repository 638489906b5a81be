import { z } from 'zod';
import { MAX_HOURS_WORKED_PER_WEEK, MAX_PSK_ACTIVITIES, ROLAND_MORRIS_ITEM_COUNT } from '../rules';

const score = z.number().int().min(0).max(10);

/** What the worker can fill in on their own (worker mode). */
export const workerModeQuestionnaire = z.enum(['painNow', 'workAbility', 'hoursWorked', 'psk', 'rolandMorris']);
export type WorkerModeQuestionnaire = z.infer<typeof workerModeQuestionnaire>;

/**
 * The worker's answers so far, kept in the consultation draft under `workerAnswers` until the
 * doctor's form takes them over (marked "filled in by the worker").
 */
export const workerAnswersSchema = z
  .object({
    painNow: score,
    workAbility: score,
    hoursWorked: z.number().min(0).max(MAX_HOURS_WORKED_PER_WEEK),
    psk: z.array(z.object({ activity: z.string().trim().min(1).max(80), score })).max(MAX_PSK_ACTIVITIES),
    /** In item order; null while an item is not answered yet. */
    rolandMorris: z.array(z.boolean().nullable()).length(ROLAND_MORRIS_ITEM_COUNT),
  })
  .partial()
  .strict();
export type WorkerAnswers = z.infer<typeof workerAnswersSchema>;
