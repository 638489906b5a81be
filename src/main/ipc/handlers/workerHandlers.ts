import type { Store } from '../../services/store/store';
import { InvalidInputError, notFound } from '../../services/domainError';
import type { Handlers } from '../handler';
import type { ValidationIssue } from '../../../shared/ipc';
import { ACCESS_LOG_SHOWN } from '../../../shared/channels/workerChannels';

type WorkerChannels = 'workers.search' | 'workers.get' | 'workers.save' | 'workers.accessLog';

export function workerHandlers(store: Store): Pick<Handlers, WorkerChannels> {
  const { workers, workplaces } = store;

  /** The department and job must belong to the worker's employer; the birth date must be past. */
  function checkPlacement(input: { employerId: number; departmentId: number | null; jobPositionId: number | null; birthDate: string }) {
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

  return {
    // A list of workers (names, birth dates) is logged too: who searched and how many came back, not who.
    'workers.search': ({ query, employerId, limit }, { user }) => {
      const found = workers.search(query, employerId, limit);
      store.accessLog.record({
        userId: user.id,
        userName: user.name,
        role: user.role,
        action: 'search',
        channel: 'workers.search',
        workerId: null,
        outcome: 'allowed',
        results: found.length,
      });
      return found;
    },

    'workers.get': ({ id }, { audit }) => {
      const worker = workers.get(id);
      if (!worker) throw notFound();
      audit(id);
      return worker;
    },

    'workers.save': (input, { audit }) =>
      store.transaction(() => {
        checkPlacement(input);
        if (input.id !== undefined && !workers.get(input.id)) throw notFound();
        const id = workers.save(input);
        audit(id);
        const saved = workers.get(id);
        if (!saved) throw notFound();
        return saved;
      }),

    'workers.accessLog': ({ id }, { audit }) => {
      if (!workers.get(id)) throw notFound();
      audit(id);
      return store.accessLog.forWorker(id, ACCESS_LOG_SHOWN).map(({ id: rowId, at, userName, role, action, channel, outcome }) => ({
        id: rowId,
        at,
        userName,
        role,
        action,
        channel,
        outcome,
      }));
    },
  };
}
