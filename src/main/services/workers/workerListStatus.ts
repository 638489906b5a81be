import type { WorkerListItem, WorkerSummary } from '../../../shared/model';
import { workSituationOn } from '../../../shared/rules';
import type { Repositories } from '../store/store';

/**
 * The workers of a list with their work status today, from the same rule as the dossier (the plan's
 * step in force over an older recorded status); one query for the whole list.
 */
export async function withWorkStatus(store: Repositories, workers: WorkerSummary[]): Promise<WorkerListItem[]> {
  if (workers.length === 0) return [];
  const today = store.clock.today();
  const statuses = new Map((await store.episodes.openStatuses(workers.map((w) => w.id))).map((s) => [s.workerId, s]));
  return workers.map((worker) => {
    const open = statuses.get(worker.id);
    if (open === undefined) return { ...worker, workStatus: null };
    const situation = workSituationOn(
      { recordedStatus: open.workStatus, recordedOn: open.lastConsultation ?? open.onsetDate, plan: open.plan, planSavedOn: open.planSavedOn },
      today,
    );
    return { ...worker, workStatus: situation.status };
  });
}
