import { workerAnswersSchema, type WorkerAnswers, type WorkerQuestionnaire } from '../../../shared/model';
import type { IntakeForm } from './intakeForm';

/** The worker's answers kept in a draft (worker mode); none when there are none or they do not parse. */
export function workerAnswersOfDraft(document: Record<string, unknown> | undefined): WorkerAnswers {
  const parsed = workerAnswersSchema.safeParse(document?.workerAnswers ?? {});
  return parsed.success ? parsed.data : {};
}

/** True when the draft holds answers of the worker that the form has not taken over yet. */
export function draftHasWorkerAnswers(document: Record<string, unknown> | undefined): boolean {
  return document?.workerAnswers !== undefined;
}

/** The item answers the worker gave, as the form's texts; items left open are not in it. */
function answeredItems(answers: Record<string, string | number | boolean | undefined> | undefined): Record<string, string> {
  const typed: Record<string, string> = {};
  for (const [id, value] of Object.entries(answers ?? {})) if (value !== undefined) typed[id] = String(value);
  return typed;
}

/**
 * The form with the worker's answers taken over, each questionnaire the worker answered marked
 * "filled in by the worker". Only what the worker answered is written: an item the worker left open
 * keeps what the form holds. Taken over once, when the doctor is back (the draft then forgets them).
 */
export function withWorkerAnswers(form: IntakeForm, answers: WorkerAnswers): IntakeForm {
  const marks = new Set(form.outcomes.filledInByWorker);
  const mark = (questionnaire: WorkerQuestionnaire) => marks.add(questionnaire);
  let complaint = form.complaint;
  let startBack = form.startBack;
  let orebro = form.orebro;
  const outcomes = { ...form.outcomes };
  if (answers.painNow !== undefined) {
    complaint = { ...complaint, painScore: String(answers.painNow) };
    mark('painNow');
  }
  if (answers.workAbility !== undefined) {
    outcomes.workAbility = String(answers.workAbility);
    mark('workAbility');
  }
  if (answers.hoursWorked !== undefined) {
    outcomes.hoursWorked = String(answers.hoursWorked);
    mark('hoursWorked');
  }
  const rated = answers.psk ?? [];
  if (rated.length > 0) {
    outcomes.psk = outcomes.psk.map((row) => {
      const rating = rated.find((a) => a.activity === row.activity.trim());
      return rating ? { ...row, score: String(rating.score) } : row;
    });
    mark('psk');
  }
  if (answers.rolandMorris?.some((a) => a !== null)) {
    const ticks = answers.rolandMorris;
    outcomes.rolandMorris = outcomes.rolandMorris.map((current, index) => {
      const tick = ticks[index];
      return tick === null || tick === undefined ? current : String(tick);
    });
    mark('rolandMorris');
  }
  const startBackItems = answeredItems(answers.startBack);
  if (Object.keys(startBackItems).length > 0) {
    startBack = { ...startBack, ...startBackItems };
    mark('startBack');
  }
  const orebroItems = answeredItems(answers.orebro);
  if (Object.keys(orebroItems).length > 0) {
    orebro = { ...orebro, ...orebroItems };
    mark('orebro');
  }
  return { ...form, complaint, startBack, orebro, outcomes: { ...outcomes, filledInByWorker: [...marks] } };
}
