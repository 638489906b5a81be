import type { IntakeDraft } from '../../../shared/model';
import { notFound } from '../domainError';
import type { Repositories } from '../store/store';
import { requireWorkerConsultation } from './workerConsultation';

/** Keeps `doctorId`'s unfinished consultation form; answers when it was saved. */
export async function saveConsultationDraft(
  store: Repositories,
  workerId: number,
  consultationId: number | null,
  doctorId: number,
  document: IntakeDraft,
): Promise<string> {
  return store.transaction(async (tx) => {
    if (!(await tx.workers.get(workerId))) throw notFound();
    await requireWorkerConsultation(tx, workerId, consultationId);
    return tx.consultations.saveDraft(workerId, doctorId, consultationId, document);
  });
}

export async function discardConsultationDraft(store: Repositories, workerId: number, consultationId: number | null, doctorId: number): Promise<void> {
  await store.transaction(async (tx) => {
    if (!(await tx.workers.get(workerId))) throw notFound();
    await tx.consultations.deleteDraft(workerId, doctorId, consultationId);
  });
}
