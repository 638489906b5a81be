import type { Dossier } from '../../../shared/channels/dossierChannels';
import { complaintPhase } from '../../../shared/rules';
import { openActionsOfWorker } from '../agenda/agenda';
import { episodeOutcomePoints } from '../consultations/episodeOutcomes';
import { caseAtGlance } from './caseAtGlance';
import { notFound } from '../domainError';
import type { Store } from '../store/store';

/** A worker's dossier as `doctorId` sees it: episodes with their phase and consultations, open actions, the current plan, their own drafts. */
export function workerDossier(store: Store, workerId: number, doctorId: number): Dossier {
  const { workers, episodes, consultations, plans, clock } = store;
  const worker = workers.get(workerId);
  const context = consultations.evaluationContext(workerId);
  if (!worker || !context) throw notFound();
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
  const currentPlan = current ? plans.current(current.id) : null;
  const latest = current?.consultations[0] ?? null;
  return {
    today,
    worker,
    context,
    episodes: episodeList,
    openActions: openActionsOfWorker(store, workerId),
    currentPlan,
    glance: current ? caseAtGlance(store, workerId, today, { episode: current, latest, plan: currentPlan }) : null,
    drafts: consultations.draftsForWorker(workerId, doctorId),
  };
}
