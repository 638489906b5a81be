import type { Dossier } from '../../../shared/channels/dossierChannels';
import { complaintPhase } from '../../../shared/rules';
import { openActionsOfWorker } from '../agenda/agenda';
import { episodeOutcomePoints } from '../consultations/episodeOutcomes';
import { caseAtGlance } from './caseAtGlance';
import { notFound } from '../domainError';
import type { Repositories } from '../store/store';

/**
 * A worker's dossier as `doctorId` sees it: episodes with their phase and consultations, open
 * actions, the current plan, their own drafts. Reads that do not depend on each other are asked
 * for together: on the practice server each is a round trip to PostgreSQL.
 */
export async function workerDossier(store: Repositories, workerId: number, doctorId: number): Promise<Dossier> {
  const { workers, episodes, consultations, plans, clock } = store;
  const [worker, context, summaries, episodesOfWorker] = await Promise.all([
    workers.get(workerId),
    consultations.evaluationContext(workerId),
    consultations.summariesForWorker(workerId),
    episodes.forWorker(workerId),
  ]);
  if (!worker || !context) throw notFound();
  const today = clock.today();
  const withPlans = await Promise.all(
    episodesOfWorker.map(async (episode) => {
      const [outcomes, plan] = await Promise.all([episodeOutcomePoints(store, episode.id, context.orebroCutOff), plans.current(episode.id)]);
      const until = episode.closedOn ?? today;
      const { phase, weeks } = complaintPhase(episode.onsetDate, until < episode.onsetDate ? episode.onsetDate : until);
      const consultationsOfEpisode = summaries.filter((s) => s.episodeId === episode.id);
      return { episode: { ...episode, phase, weeks, consultations: consultationsOfEpisode, outcomes, plan: plan?.plan ?? null }, plan };
    }),
  );
  const current = withPlans.find(({ episode }) => episode.closedOn === null) ?? null;
  const currentPlan = current?.plan ?? null;
  const latest = current?.episode.consultations[0] ?? null;
  const [openActions, glance, drafts] = await Promise.all([
    openActionsOfWorker(store, workerId),
    current ? caseAtGlance(store, workerId, today, { episode: current.episode, latest, plan: currentPlan }) : null,
    consultations.draftsForWorker(workerId, doctorId),
  ]);
  return { today, worker, context, episodes: withPlans.map(({ episode }) => episode), openActions, currentPlan, glance, drafts };
}
