import type { ValidationIssue } from '../../../shared/ipc';
import type { Episode } from '../../../shared/model';
import { InvalidInputError, notFound } from '../domainError';
import type { Repositories } from '../store/store';

/**
 * Closes an open episode of this worker on `closedOn`: not before its onset or its last
 * consultation, not in the future. A sick leave still running ends that day (back at work), so
 * its deadlines leave the agenda.
 */
export async function closeEpisode(
  store: Repositories,
  { workerId, episodeId, closedOn }: { workerId: number; episodeId: number; closedOn: string },
): Promise<Episode> {
  return store.transaction(async ({ episodes, consultations, clock }) => {
    const episode = await episodes.get(episodeId);
    if (!episode || episode.workerId !== workerId) throw notFound();
    if (episode.closedOn !== null) throw InvalidInputError.field(['episodeId'], 'episodeClosed');
    const lastConsultation = (await consultations.latestInEpisode(episodeId))?.consultation.consultationDate ?? null;
    const issues: ValidationIssue[] = [];
    // ISO dates compare as text.
    if (closedOn < episode.onsetDate) issues.push({ path: ['closedOn'], code: 'closedBeforeOnset' });
    else if (lastConsultation !== null && closedOn < lastConsultation) issues.push({ path: ['closedOn'], code: 'closedBeforeConsultation' });
    if (closedOn > clock.today()) issues.push({ path: ['closedOn'], code: 'closedInFuture' });
    if (issues.length > 0) throw new InvalidInputError(issues);

    const onSickLeave = episode.sickLeaveStart !== null && episode.sickLeaveEnd === null;
    await episodes.close(episodeId, {
      closedOn,
      sickLeaveEnd: onSickLeave ? closedOn : episode.sickLeaveEnd,
      workStatus: onSickLeave ? 'working' : episode.workStatus,
    });
    const closed = await episodes.get(episodeId);
    if (!closed) throw notFound();
    return closed;
  });
}
