import { questionnairesDue } from '../../../shared/model';
import { call } from '../../api/client';
import { orebroAnswersOf, startBackAnswersOf, type IntakeForm } from './intakeForm';

/** Where the doctor goes back to when worker mode ends (the consultation). */
export const WORKER_MODE_RETURN_KEY = 'ruggensteun.workerModeReturn';

/**
 * Hands the screen to the worker: saves the draft, asks main for worker mode with the questionnaires
 * due today (see questionnairesDue), then reloads so that the application shows nothing but the
 * worker's questionnaire.
 */
export async function handToWorker(
  workerId: number,
  consultationId: number | null,
  form: IntakeForm,
  saveDraft: () => Promise<string | null>,
): Promise<void> {
  if ((await saveDraft()) === null) return;
  const pskActivities = form.outcomes.psk.map((row) => row.activity.trim()).filter((activity) => activity !== '');
  const questionnaires = questionnairesDue({
    startBackAnswered: startBackAnswersOf(form) !== null,
    orebroAnswered: orebroAnswersOf(form) !== null,
    pskActivities,
  });
  const started = await call('workerMode.start', { workerId, consultationId, questionnaires, pskActivities });
  if (!started.ok) return;
  sessionStorage.setItem(WORKER_MODE_RETURN_KEY, window.location.hash);
  window.location.reload();
}
