import { type IntakeDraft, type WorkerAnswers, type WorkerModeQuestionnaire } from '../../../shared/model';
import type { Session } from '../auth/session';
import { requireWorkerConsultation } from '../consultations/workerConsultation';
import { notFound } from '../domainError';
import type { Store } from '../store/store';

/*
 * Worker mode: the doctor hands the screen to the worker for the questionnaires due today. The
 * answers go into the doctor's draft of the consultation under `workerAnswers`; the form takes them
 * over, marked as filled in by the worker, when the doctor is back.
 */

/** The channels main still answers in worker mode; every other call is refused. */
export const WORKER_MODE_CHANNELS: ReadonlySet<string> = new Set(['app.status', 'workerMode.questionnaire', 'workerMode.answer', 'workerMode.leave']);

export function startWorkerMode(
  store: Store,
  session: Session,
  input: { workerId: number; consultationId: number | null; questionnaires: WorkerModeQuestionnaire[]; pskActivities: string[] },
): void {
  if (!store.workers.get(input.workerId)) throw notFound();
  requireWorkerConsultation(store, input.workerId, input.consultationId);
  session.workerMode = {
    workerId: input.workerId,
    consultationId: input.consultationId,
    questionnaires: [...new Set(input.questionnaires)],
    pskActivities: input.pskActivities,
  };
}

function requireWorkerMode(session: Session) {
  if (session.workerMode === null) throw notFound();
  return session.workerMode;
}

/** The answers kept in the draft so far (the draft's schema checked them). */
export function workerAnswersOf(document: IntakeDraft | undefined): WorkerAnswers {
  return document?.workerAnswers ?? {};
}

/** What the worker sees: only the questionnaires, the activities they named, their answers so far. */
export function workerModeQuestionnaire(store: Store, session: Session, doctorId: number) {
  const mode = requireWorkerMode(session);
  const draft = store.consultations.draft(mode.workerId, doctorId, mode.consultationId);
  return { questionnaires: mode.questionnaires, pskActivities: mode.pskActivities, answers: workerAnswersOf(draft?.document) };
}

/** Keeps the worker's answers in the doctor's draft; returns the worker whose dossier was written. */
export function answerInWorkerMode(store: Store, session: Session, doctorId: number, answers: WorkerAnswers): number {
  const mode = requireWorkerMode(session);
  store.transaction(() => {
    const draft = store.consultations.draft(mode.workerId, doctorId, mode.consultationId);
    store.consultations.saveDraft(mode.workerId, doctorId, mode.consultationId, { ...(draft?.document ?? {}), workerAnswers: answers }, draft?.rowVersion ?? null);
  });
  return mode.workerId;
}

export function endWorkerMode(session: Session): void {
  session.workerMode = null;
}
