import type { ValidationIssue } from '../../../shared/ipc';
import type { ValidWorkerInput, Worker } from '../../../shared/model';
import { InvalidInputError, notFound } from '../domainError';
import type { Repositories } from '../store/store';

/** The department and job must belong to the worker's employer; the birth date must be past. */
async function checkPlacement(store: Repositories, input: ValidWorkerInput): Promise<void> {
  const { workplaces } = store;
  const issues: ValidationIssue[] = [];
  if (!(await workplaces.employer(input.employerId))) issues.push({ path: ['employerId'], code: 'invalid' });
  if (input.departmentId !== null && (await workplaces.department(input.departmentId))?.employerId !== input.employerId) {
    issues.push({ path: ['departmentId'], code: 'invalid' });
  }
  if (input.jobPositionId !== null && (await workplaces.jobPosition(input.jobPositionId))?.employerId !== input.employerId) {
    issues.push({ path: ['jobPositionId'], code: 'invalid' });
  }
  if (input.birthDate > store.clock.today()) issues.push({ path: ['birthDate'], code: 'birthDateFuture' });
  if (issues.length > 0) throw new InvalidInputError(issues);
}

/** Adds a worker (no `id`) or changes one. */
export async function saveWorker(store: Repositories, input: ValidWorkerInput): Promise<Worker> {
  return store.transaction(async (tx) => {
    await checkPlacement(tx, input);
    if (input.id !== undefined && !(await tx.workers.get(input.id))) throw notFound();
    const saved = await tx.workers.get(await tx.workers.save(input));
    if (!saved) throw notFound();
    return saved;
  });
}

export async function requireWorker(store: Repositories, workerId: number): Promise<Worker> {
  const worker = await store.workers.get(workerId);
  if (!worker) throw notFound();
  return worker;
}
