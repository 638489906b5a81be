import { z } from 'zod';
import { id, role, workerInputSchema, workerSchema, workerSearchSchema, workerListItemSchema } from '../model';
import { channel } from './channel';

const byId = z.object({ id }).strict();

/** workers.accessLog answers with this many entries at most: the most recent ones. */
export const ACCESS_LOG_SHOWN = 200;

export const accessLogRowSchema = z.object({
  id,
  at: z.string(),
  userName: z.string().nullable(),
  role: role.nullable(),
  action: z.string(),
  channel: z.string(),
  outcome: z.enum(['allowed', 'denied']),
});

/** Finding workers and reading or changing their personal details. */
export const workerChannels = {
  'workers.search': channel({ input: workerSearchSchema, output: z.array(workerListItemSchema), access: 'dossier.read' }),
  'workers.get': channel({ input: byId, output: workerSchema, access: 'dossier.read', dossier: 'read' }),
  'workers.save': channel({ input: workerInputSchema, output: workerSchema, access: 'dossier.write', dossier: 'write' }),
  'workers.accessLog': channel({ input: byId, output: z.array(accessLogRowSchema), access: 'dossier.read', dossier: 'read' }),
} as const;
