import { z } from 'zod';
import { id, isoDate } from './common';
import { addDays } from '../rules';
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

/**
 * The sick period of an episode for the Poortwachter count (NL), or null without sick leave. The
 * worker is fully recovered on the return date only when back at work in full; a graded return
 * (partly working) is not recovery. A closed episode ends its sick period on the day it was closed
 * when no full return was recorded.
 */
export function sickPeriodOf(episode: Pick<Episode, 'sickLeaveStart' | 'sickLeaveEnd' | 'workStatus' | 'closedOn'>): {
  firstSickDay: string;
  recoveredOn: string | null;
} | null {
  if (episode.sickLeaveStart === null) return null;
  const fullReturn = episode.workStatus === 'working' ? episode.sickLeaveEnd : null;
  const recoveredOn = fullReturn ?? episode.closedOn;
  if (recoveredOn === null) return { firstSickDay: episode.sickLeaveStart, recoveredOn: null };
  // Back on the first sick day itself: that day still counts as one sick day.
  return { firstSickDay: episode.sickLeaveStart, recoveredOn: recoveredOn > episode.sickLeaveStart ? recoveredOn : addDays(episode.sickLeaveStart, 1) };
}
