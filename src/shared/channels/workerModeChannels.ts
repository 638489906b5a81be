import { z } from 'zod';
import { id, workerAnswersSchema, workerModeQuestionnaire } from '../model';
import { MAX_PSK_ACTIVITIES } from '../rules';
import { channel, noInput } from './channel';

/**
 * "Vragenlijst door werknemer": the doctor hands the screen to the worker. While worker mode is on,
 * main answers only these channels (and the app status); leaving needs the doctor's passphrase.
 */
export const workerModeChannels = {
  'workerMode.start': channel({
    input: z
      .object({
        workerId: id,
        consultationId: id.nullable(),
        questionnaires: z.array(workerModeQuestionnaire).min(1).max(workerModeQuestionnaire.options.length),
        /** The PSK activities the worker named earlier, to rate again. */
        pskActivities: z.array(z.string().trim().min(1).max(80)).max(MAX_PSK_ACTIVITIES),
      })
      .strict(),
    output: z.null(),
    access: 'dossier.write',
    dossier: 'write',
  }),
  'workerMode.questionnaire': channel({
    input: noInput,
    output: z.object({ questionnaires: z.array(workerModeQuestionnaire), pskActivities: z.array(z.string()), answers: workerAnswersSchema }),
    access: 'session',
  }),
  'workerMode.answer': channel({
    input: z.object({ answers: workerAnswersSchema }).strict(),
    output: z.null(),
    access: 'session',
  }),
  'workerMode.leave': channel({
    input: z.object({ passphrase: z.string().min(1, { error: 'required' }).max(200, { error: 'tooLong' }) }).strict(),
    output: z.null(),
    access: 'session',
  }),
} as const;
