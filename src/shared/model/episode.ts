import { z } from 'zod';
import { id, isoDate } from './common';
import { workStatus } from './worker';

/** One back-pain episode of a worker: onset, sick leave (NL) or incapacity for work (BE), work status. */
export const episodeSchema = z.object({
  id,
  workerId: id,
  onsetDate: isoDate,
  /** First day of sick leave / incapacity for work; null when the worker never stopped. */
  sickLeaveStart: isoDate.nullable(),
  /** Day of return to work (planned or actual); null while off work. */
  sickLeaveEnd: isoDate.nullable(),
  workStatus,
  /** Set when the doctor closes the episode, or when a new episode starts after this one. */
  closedOn: isoDate.nullable(),
});
export type Episode = z.infer<typeof episodeSchema>;
