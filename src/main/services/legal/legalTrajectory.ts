import type { LegalTrajectory } from '../../../shared/channels/legalChannels';
import { belgianLegal, netherlandsLegal } from '../dossier/caseAtGlance';
import { notFound } from '../domainError';
import type { Store } from '../store/store';
import { belgianCaseOf } from './belgianCase';
import { fedrisCaseOf } from './fedrisRequest';
import { poortwachterCaseOfWorker } from './poortwachterCaseOfWorker';

/** The worker's legal trajectory today, in the practice's jurisdiction. */
export function legalTrajectoryOf(store: Store, workerId: number): LegalTrajectory {
  const worker = store.workers.get(workerId);
  const settings = store.practice.settings();
  if (worker === null || settings === null) throw notFound();
  const today = store.clock.today();
  const dutch = settings.jurisdiction === 'NL';
  // The milestones' state as the dossier shows it: an action is done by a consultation on or after its date.
  const episode = store.episodes.current(workerId);
  const lastConsultation = episode === null ? null : (store.consultations.latestInEpisode(episode.id)?.consultation.intake.consultationDate ?? null);
  const { legal } = dutch ? netherlandsLegal(store, workerId, today, lastConsultation) : belgianLegal(store, workerId, today, lastConsultation);
  return {
    today,
    jurisdiction: settings.jurisdiction,
    poortwachter: dutch ? poortwachterCaseOfWorker(store, workerId, today) : null,
    poortwachterDocuments: dutch ? store.legalDocuments.poortwachterOfWorker(workerId) : [],
    belgium: dutch ? null : belgianCaseOf(store, workerId),
    fedris: dutch ? null : fedrisCaseOf(store, workerId),
    milestoneStates: legal,
  };
}
