import type { IntakeDraft } from '../../../shared/model';
import { notFound } from '../domainError';
import type { Store } from '../store/store';
import { requireWorkerConsultation } from './workerConsultation';

/**
 * Keeps `doctorId`'s unfinished consultation form over the draft at `rowVersion` (null: none yet),
 * refused as 'changedMeanwhile' when another workstation saved the draft since; answers when it was
 * saved and the draft's new row version.
 */
export function saveConsultationDraft(
  store: Store,
  { workerId, consultationId, rowVersion }: { workerId: number; consultationId: number | null; rowVersion: number | null },
  doctorId: number,
  document: IntakeDraft,
): { savedAt: string; rowVersion: number } {
  return store.transaction(() => {
    if (!store.workers.get(workerId)) throw notFound();
    requireWorkerConsultation(store, workerId, consultationId);
    return store.consultations.saveDraft(workerId, doctorId, consultationId, document, rowVersion);
  });
}

export function discardConsultationDraft(store: Store, workerId: number, consultationId: number | null, doctorId: number): void {
  store.transaction(() => {
    if (!store.workers.get(workerId)) throw notFound();
    store.consultations.deleteDraft(workerId, doctorId, consultationId);
  });
}
