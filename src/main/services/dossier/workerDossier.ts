import type { Dossier } from '../../../shared/channels/dossierChannels';
import { complaintPhase } from '../../../shared/rules';
import { openActionsOfWorker } from '../agenda/agenda';
import { episodeOutcomePoints } from '../consultations/episodeOutcomes';
import { caseAtGlance } from './caseAtGlance';
import { notFound } from '../domainError';
import type { Repositories } from '../store/store';

/** A worker's dossier as `doctorId` sees it: episodes with their phase and consultations, open actions, the current plan, their own drafts. */
export async function workerDossier(store: Repositories, workerId: number, doctorId: number): Promise<Dossier> {
  const { workers, episodes, consultations, plans, clock } = store;
  const worker = await workers.get(workerId);
  const context = await consultations.evaluationContext(workerId);
  if (!worker || !context) throw notFound();
  const today = clock.today();
  const summaries = await consultations.summariesForWorker(workerId);
  const episodeList = [];
  for (const episode of await episodes.forWorker(workerId)) {
    const until = episode.closedOn ?? today;
    const { phase, weeks } = complaintPhase(episode.onsetDate, until < episode.onsetDate ? episode.onsetDate : until);
    episodeList.push({
      ...episode,
      phase,
      weeks,
      consultations: summaries.filter((s) => s.episodeId === episode.id),
      outcomes: await episodeOutcomePoints(store, episode.id, context.orebroCutOff),
      plan: (await plans.current(episode.id))?.plan ?? null,
    });
  }
  const current = episodeList.find((episode) => episode.closedOn === null) ?? null;
  const currentPlan = current ? await plans.current(current.id) : null;
  const latest = current?.consultations[0] ?? null;
  return {
    today,
    worker,
    context,
    episodes: episodeList,
    openActions: await openActionsOfWorker(store, workerId),
    currentPlan,
    glance: current ? await caseAtGlance(store, workerId, today, { episode: current, latest, plan: currentPlan }) : null,
    drafts: await consultations.draftsForWorker(workerId, doctorId),
  };
}
