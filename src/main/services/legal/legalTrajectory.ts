import type { LegalTrajectory } from '../../../shared/channels/legalChannels';
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
  return {
    today,
    jurisdiction: settings.jurisdiction,
    poortwachter: dutch ? poortwachterCaseOfWorker(store, workerId, today) : null,
    poortwachterDocuments: dutch ? store.legalDocuments.poortwachterOfWorker(workerId) : [],
    belgium: dutch ? null : belgianCaseOf(store, workerId),
    fedris: dutch ? null : fedrisCaseOf(store, workerId),
  };
}
