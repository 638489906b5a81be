import type { ValidationIssue } from '../../../shared/ipc';
import type { ValidWorkerInput, Worker } from '../../../shared/model';
import { InvalidInputError, notFound } from '../domainError';
import type { Store } from '../store/store';

/** The department and job must belong to the worker's employer; the birth date must be past. */
function checkPlacement(store: Store, input: ValidWorkerInput): void {
  const { workplaces } = store;
  const issues: ValidationIssue[] = [];
  if (!workplaces.employer(input.employerId)) issues.push({ path: ['employerId'], code: 'invalid' });
  if (input.departmentId !== null && workplaces.department(input.departmentId)?.employerId !== input.employerId) {
    issues.push({ path: ['departmentId'], code: 'invalid' });
  }
  if (input.jobPositionId !== null && workplaces.jobPosition(input.jobPositionId)?.employerId !== input.employerId) {
    issues.push({ path: ['jobPositionId'], code: 'invalid' });
  }
  if (input.birthDate > store.clock.today()) issues.push({ path: ['birthDate'], code: 'birthDateFuture' });
  if (issues.length > 0) throw new InvalidInputError(issues);
}

/** Adds a worker (no `id`) or changes one. */
export function saveWorker(store: Store, input: ValidWorkerInput): Worker {
  return store.transaction(() => {
    checkPlacement(store, input);
    if (input.id !== undefined && !store.workers.get(input.id)) throw notFound();
    const saved = store.workers.get(store.workers.save(input));
    if (!saved) throw notFound();
    return saved;
  });
}

export function requireWorker(store: Store, workerId: number): Worker {
  const worker = store.workers.get(workerId);
  if (!worker) throw notFound();
  return worker;
}
