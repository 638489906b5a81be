import type { StoredLiftingTask, ValidLiftingTaskInput } from '../../../shared/model';
import { nioshLifting, type LiftingTask, type NioshResult } from '../../../shared/rules';
import { InvalidInputError, notFound } from '../domainError';
import type { LiftingTaskRow, StoredNioshResult } from '../store/liftingTaskRepository';
import type { Repositories } from '../store/store';

/** The lifting equation's inputs of a task. */
function equationInput(task: ValidLiftingTaskInput | LiftingTaskRow): LiftingTask {
  const { loadKg, horizontalCm, verticalCm, distanceCm, asymmetryDeg, frequencyPerMin, durationHours, coupling } = task;
  return { loadKg, horizontalCm, verticalCm, distanceCm, asymmetryDeg, frequencyPerMin, durationHours, coupling };
}

/** JSON has no Infinity: an infinite lifting index (RWL 0) travels as null. */
function finiteIndex(result: NioshResult): number | null {
  return Number.isFinite(result.liftingIndex) ? result.liftingIndex : null;
}

/** Runs the rules module's NIOSH equation for a task about to be saved. */
export function rateLiftingTask(input: ValidLiftingTaskInput): StoredNioshResult {
  const result = nioshLifting(equationInput(input));
  return { rwlKg: result.rwlKg, liftingIndex: finiteIndex(result), band: result.band };
}

/** A stored task with its equation result, computed again by the rules module. */
export function liftingTaskWithResult(row: LiftingTaskRow): StoredLiftingTask {
  const result = nioshLifting(equationInput(row));
  return { ...row, result: { ...result, liftingIndex: finiteIndex(result) } };
}

/** The employer's lifting tasks with their results. */
export async function liftingTasksOf(store: Repositories, employerId: number): Promise<StoredLiftingTask[]> {
  if (!(await store.aggregates.employerName(employerId))) throw notFound();
  return (await store.liftingTasks.forEmployer(employerId)).map(liftingTaskWithResult);
}

/** Saves a task (rated by the rules module) for a job of the same employer. */
export async function saveLiftingTask(store: Repositories, input: ValidLiftingTaskInput): Promise<StoredLiftingTask> {
  const id = await store.transaction(async (tx) => {
    if ((await tx.workplaces.jobPosition(input.jobPositionId))?.employerId !== input.employerId) throw InvalidInputError.field(['jobPositionId']);
    if (input.id !== undefined && (await tx.liftingTasks.get(input.id))?.employerId !== input.employerId) throw notFound();
    return tx.liftingTasks.save(input, rateLiftingTask(input));
  });
  const saved = await store.liftingTasks.get(id);
  if (!saved) throw notFound();
  return liftingTaskWithResult(saved);
}

export async function deleteLiftingTask(store: Repositories, id: number): Promise<void> {
  await store.transaction(async (tx) => {
    if (!(await tx.liftingTasks.get(id))) throw notFound();
    await tx.liftingTasks.delete(id);
  });
}
