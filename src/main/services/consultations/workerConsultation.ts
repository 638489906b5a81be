import type { EvaluationContext } from '../../../shared/model';
import { notFound } from '../domainError';
import type { Repositories } from '../store/store';

/** What the rules need to know about the worker (job, jurisdiction, birth date); the worker must exist. */
export async function requireEvaluationContext(store: Repositories, workerId: number): Promise<EvaluationContext> {
  const context = await store.consultations.evaluationContext(workerId);
  if (!context) throw notFound();
  return context;
}

/** The saved consultation `consultationId` (null: a new one), which must belong to this worker. */
export async function requireWorkerConsultation(store: Repositories, workerId: number, consultationId: number | null) {
  if (consultationId === null) return null;
  const stored = await store.consultations.get(consultationId);
  if (!stored || stored.consultation.workerId !== workerId) throw notFound();
  return stored;
}
