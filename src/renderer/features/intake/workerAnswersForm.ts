import { workerAnswersSchema, type WorkerAnswers } from '../../../shared/model';
import type { IntakeForm } from './intakeForm';

/** The worker's answers kept in a draft (worker mode); none when there are none or they do not parse. */
export function workerAnswersOfDraft(document: Record<string, unknown> | undefined): WorkerAnswers {
  const parsed = workerAnswersSchema.safeParse(document?.workerAnswers ?? {});
  return parsed.success ? parsed.data : {};
}

/** The form with the worker's answers taken over, each questionnaire marked "filled in by the worker". */
export function withWorkerAnswers(form: IntakeForm, answers: WorkerAnswers): IntakeForm {
  const marks = new Set(form.outcomes.filledInByWorker);
  let complaint = form.complaint;
  const outcomes = { ...form.outcomes };
  if (answers.painNow !== undefined) {
    complaint = { ...complaint, painScore: String(answers.painNow) };
    marks.add('painNow');
  }
  if (answers.workAbility !== undefined) {
    outcomes.workAbility = String(answers.workAbility);
    marks.add('workAbility');
  }
  if (answers.hoursWorked !== undefined) {
    outcomes.hoursWorked = String(answers.hoursWorked);
    marks.add('hoursWorked');
  }
  if (answers.psk !== undefined && answers.psk.length > 0) {
    outcomes.psk = outcomes.psk.map((row) => {
      const rated = answers.psk?.find((a) => a.activity === row.activity);
      return rated ? { ...row, score: String(rated.score) } : row;
    });
    marks.add('psk');
  }
  if (answers.rolandMorris !== undefined && answers.rolandMorris.some((a) => a !== null)) {
    outcomes.rolandMorris = answers.rolandMorris.map((a) => (a === null ? '' : String(a)));
    marks.add('rolandMorris');
  }
  if (marks.size === form.outcomes.filledInByWorker.length) return form;
  return { ...form, complaint, outcomes: { ...outcomes, filledInByWorker: [...marks] } };
}
