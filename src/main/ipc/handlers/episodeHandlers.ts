import type { ValidationIssue } from '../../../shared/ipc';
import type { Store } from '../../services/store/store';
import { InvalidInputError, notFound } from '../../services/domainError';
import type { Handlers } from '../handler';

export function episodeHandlers(store: Store): Pick<Handlers, 'episodes.close'> {
  const { episodes, consultations, clock } = store;

  return {
    'episodes.close': ({ workerId, episodeId, closedOn }, { audit }) =>
      store.transaction(() => {
        const episode = episodes.get(episodeId);
        if (!episode || episode.workerId !== workerId) throw notFound();
        if (episode.closedOn !== null) {
          throw InvalidInputError.field(['episodeId'], 'episodeClosed');
        }
        const lastConsultation = consultations.latestInEpisode(episodeId)?.consultation.consultationDate ?? null;
        const issues: ValidationIssue[] = [];
        // ISO dates compare as text.
        if (closedOn < episode.onsetDate) issues.push({ path: ['closedOn'], code: 'closedBeforeOnset' });
        else if (lastConsultation !== null && closedOn < lastConsultation) issues.push({ path: ['closedOn'], code: 'closedBeforeConsultation' });
        if (closedOn > clock.today()) issues.push({ path: ['closedOn'], code: 'closedInFuture' });
        if (issues.length > 0) throw new InvalidInputError(issues);

        const onSickLeave = episode.sickLeaveStart !== null && episode.sickLeaveEnd === null;
        episodes.close(episodeId, {
          closedOn,
          sickLeaveEnd: onSickLeave ? closedOn : episode.sickLeaveEnd,
          workStatus: onSickLeave ? 'working' : episode.workStatus,
        });
        audit(workerId);
        const closed = episodes.get(episodeId);
        if (!closed) throw notFound();
        return closed;
      }),
  };
}
