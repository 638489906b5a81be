import { complaintPhase, addDays } from '../../../shared/rules';
import { episodeOutcomePoints } from '../../services/consultations/episodeOutcomes';
import type { Store } from '../../services/store/store';
import { notFound } from '../../services/domainError';
import type { Handlers } from '../handler';

/** How far ahead the dossier shows open actions. */
const OPEN_ACTIONS_DAYS_AHEAD = 27;

export function dossierHandlers(store: Store): Pick<Handlers, 'dossier.get'> {
  const { workers, episodes, consultations, plans, agenda, clock } = store;

  return {
    'dossier.get': ({ workerId }, { audit, user }) => {
      const worker = workers.get(workerId);
      const context = consultations.evaluationContext(workerId);
      if (!worker || !context) throw notFound();
      audit(workerId);
      const today = clock.today();
      const summaries = consultations.summariesForWorker(workerId);
      const episodeList = episodes.forWorker(workerId).map((episode) => {
        const until = episode.closedOn ?? today;
        const { phase, weeks } = complaintPhase(episode.onsetDate, until < episode.onsetDate ? episode.onsetDate : until);
        return {
          ...episode,
          phase,
          weeks,
          consultations: summaries.filter((s) => s.episodeId === episode.id),
          outcomes: episodeOutcomePoints(store, episode.id, context.orebroCutOff),
          plan: plans.current(episode.id)?.plan ?? null,
        };
      });
      const current = episodeList.find((episode) => episode.closedOn === null) ?? null;
      return {
        today,
        worker,
        context,
        episodes: episodeList,
        openActions: agenda.forWorker(workerId, { today, until: addDays(today, OPEN_ACTIONS_DAYS_AHEAD) }),
        currentPlan: current ? plans.current(current.id) : null,
        drafts: consultations.draftsForWorker(workerId, user.id),
      };
    },
  };
}
