import { z } from 'zod';
import { episodeSchema, id, isoDate } from '../model';
import { channel } from './channel';

/** Back-pain episodes: the doctor closes one when it is over. */
export const episodeChannels = {
  /** Closes an open episode on `closedOn`; an open sick leave / incapacity ends that day too. */
  'episodes.close': channel({
    input: z.object({ workerId: id, episodeId: id, closedOn: isoDate }).strict(),
    output: episodeSchema,
    access: 'dossier.write',
    dossier: 'write',
  }),
} as const;
