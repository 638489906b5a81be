import type { LegalTrajectory } from '../../../shared/channels/legalChannels';
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
  return {
    today,
    jurisdiction: settings.jurisdiction,
    poortwachter: dutch ? await poortwachterCaseOfWorker(store, workerId, today) : null,
    poortwachterDocuments: dutch ? await store.legalDocuments.poortwachterOfWorker(workerId) : [],
    belgium: dutch ? null : await belgianCaseOf(store, workerId),
    fedris: dutch ? null : await fedrisCaseOf(store, workerId),
  };
}
