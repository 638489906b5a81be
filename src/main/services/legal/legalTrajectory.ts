import type { LegalTrajectory } from '../../../shared/channels/legalChannels';
import { belgianLegal, netherlandsLegal } from '../dossier/caseAtGlance';
import { notFound } from '../domainError';
import type { Repositories } from '../store/store';
import { belgianCaseOf } from './belgianCase';
import { fedrisCaseOf } from './fedrisRequest';
import { poortwachterCaseOfWorker } from './poortwachterCaseOfWorker';

/** The worker's legal trajectory today, in the practice's jurisdiction. */
export async function legalTrajectoryOf(store: Repositories, workerId: number): Promise<LegalTrajectory> {
  const worker = await store.workers.get(workerId);
  const settings = await store.practice.settings();
  if (worker === null || settings === null) throw notFound();
  const today = store.clock.today();
  const dutch = settings.jurisdiction === 'NL';
  // The milestones' state as the dossier shows it: an action is done by a consultation on or after its date.
  const episode = await store.episodes.current(workerId);
  const lastConsultation =
    episode === null ? null : ((await store.consultations.latestInEpisode(episode.id))?.consultation.intake.consultationDate ?? null);
  const { legal } = dutch ? await netherlandsLegal(store, workerId, today, lastConsultation) : await belgianLegal(store, workerId, today, lastConsultation);
  return {
    today,
    jurisdiction: settings.jurisdiction,
    poortwachter: dutch ? await poortwachterCaseOfWorker(store, workerId, today) : null,
    poortwachterDocuments: dutch ? await store.legalDocuments.poortwachterOfWorker(workerId) : [],
    belgium: dutch ? null : await belgianCaseOf(store, workerId),
    fedris: dutch ? null : await fedrisCaseOf(store, workerId),
    milestoneStates: legal,
  };
}
