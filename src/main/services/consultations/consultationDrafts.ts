import type { IntakeDraft } from '../../../shared/model';
import { notFound } from '../domainError';
import type { Repositories } from '../store/store';
import { requireWorkerConsultation } from './workerConsultation';

/**
 * Keeps `doctorId`'s unfinished consultation form over the draft at `rowVersion` (null: none yet),
 * refused as 'changedMeanwhile' when another workstation saved the draft since; answers when it was
 * saved and the draft's new row version.
 */
export async function saveConsultationDraft(
  store: Repositories,
  { workerId, consultationId, rowVersion }: { workerId: number; consultationId: number | null; rowVersion: number | null },
  doctorId: number,
  document: IntakeDraft,
): Promise<{ savedAt: string; rowVersion: number }> {
  return store.transaction(async (tx) => {
    if (!(await tx.workers.get(workerId))) throw notFound();
    await requireWorkerConsultation(tx, workerId, consultationId);
    return tx.consultations.saveDraft(workerId, doctorId, consultationId, document, rowVersion);
  });
}

export async function discardConsultationDraft(store: Repositories, workerId: number, consultationId: number | null, doctorId: number): Promise<void> {
  await store.transaction(async (tx) => {
    if (!(await tx.workers.get(workerId))) throw notFound();
    await tx.consultations.deleteDraft(workerId, doctorId, consultationId);
  });
}
