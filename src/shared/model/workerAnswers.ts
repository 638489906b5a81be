import { z } from 'zod';
import {
  MAX_HOURS_WORKED_PER_WEEK,
  MAX_PSK_ACTIVITIES,
  OREBRO_DEFINITION,
  ROLAND_MORRIS_ITEM_COUNT,
  START_BACK_DEFINITION,
  type AnswerFormat,
  type OrebroShortAnswers,
  type StartBackAnswers,
} from '../rules';

const score = z.number().int().min(0).max(10);

/** What the worker can fill in on their own (worker mode). */
export const workerModeQuestionnaire = z.enum(['painNow', 'workAbility', 'hoursWorked', 'psk', 'rolandMorris', 'startBack', 'orebro']);
export type WorkerModeQuestionnaire = z.infer<typeof workerModeQuestionnaire>;

/** One answer as the item's answer format allows it: one of its options, or an integer on its scale. */
function answerSchema(format: AnswerFormat): z.ZodType<string | number | boolean> {
  if (format.kind === 'scale') return z.number().int().min(format.min).max(format.max);
  const values = format.options.map((option) => option.value);
  return z.custom<string | number | boolean>((value) => values.some((v) => v === value));
}

/** Answers to a questionnaire definition's items, any of them still open. */
function itemAnswersSchema<T>(items: ReadonlyArray<{ id: string; answer: AnswerFormat }>) {
  return z
    .object(Object.fromEntries(items.map((item) => [item.id, answerSchema(item.answer).optional()])))
    .strict() as unknown as z.ZodType<Partial<T>>;
}

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
    /** By item id; an item not answered yet is absent. */
    startBack: itemAnswersSchema<StartBackAnswers>(START_BACK_DEFINITION.items),
    orebro: itemAnswersSchema<OrebroShortAnswers>(OREBRO_DEFINITION.items),
  })
  .partial()
  .strict();
export type WorkerAnswers = z.infer<typeof workerAnswersSchema>;

/**
 * The questionnaires a worker fills in today, in the order they are asked (on screen and on paper):
 * pain now, work ability, hours worked, the PSK when activities were named before (on paper the
 * worker can name them: `canNameActivities`), the Roland-Morris, and STarT Back and Örebro while the
 * episode has no complete answers to them.
 */
export function questionnairesDue(known: {
  startBackAnswered: boolean;
  orebroAnswered: boolean;
  pskActivities: readonly string[];
  canNameActivities?: boolean;
}): WorkerModeQuestionnaire[] {
  return [
    'painNow',
    'workAbility',
    'hoursWorked',
    ...(known.pskActivities.length > 0 || known.canNameActivities === true ? (['psk'] as const) : []),
    'rolandMorris',
    ...(known.startBackAnswered ? [] : (['startBack'] as const)),
    ...(known.orebroAnswered ? [] : (['orebro'] as const)),
  ];
}
