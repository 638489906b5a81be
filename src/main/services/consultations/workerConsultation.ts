import type { EvaluationContext } from '../../../shared/model';
import { notFound } from '../domainError';
import type { Store } from '../store/store';

/** What the rules need to know about the worker (job, jurisdiction, birth date); the worker must exist. */
export function requireEvaluationContext(store: Store, workerId: number): EvaluationContext {
  const context = store.consultations.evaluationContext(workerId);
  if (!context) throw notFound();
  return context;
}

/** The saved consultation `consultationId` (null: a new one), which must belong to this worker. */
export function requireWorkerConsultation(store: Store, workerId: number, consultationId: number | null) {
  if (consultationId === null) return null;
  const stored = store.consultations.get(consultationId);
  if (!stored || stored.consultation.workerId !== workerId) throw notFound();
  return stored;
}
