import type { IntakeDraft } from '../../../shared/model';
import { notFound } from '../domainError';
import type { Store } from '../store/store';
import { requireWorkerConsultation } from './workerConsultation';

/** Keeps `doctorId`'s unfinished consultation form; answers when it was saved. */
export function saveConsultationDraft(store: Store, workerId: number, consultationId: number | null, doctorId: number, document: IntakeDraft): string {
  return store.transaction(() => {
    if (!store.workers.get(workerId)) throw notFound();
    requireWorkerConsultation(store, workerId, consultationId);
    return store.consultations.saveDraft(workerId, doctorId, consultationId, document);
  });
}

export function discardConsultationDraft(store: Store, workerId: number, consultationId: number | null, doctorId: number): void {
  store.transaction(() => {
    if (!store.workers.get(workerId)) throw notFound();
    store.consultations.deleteDraft(workerId, doctorId, consultationId);
  });
}
