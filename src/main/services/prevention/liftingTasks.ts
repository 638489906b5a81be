import type { StoredLiftingTask, ValidLiftingTaskInput } from '../../../shared/model';
import { nioshLifting, type LiftingTask, type NioshResult } from '../../../shared/rules';
import type { LiftingTaskRow, StoredNioshResult } from '../store/liftingTaskRepository';

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
