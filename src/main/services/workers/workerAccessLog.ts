import type { Repositories } from '../store/store';

/** The `limit` most recent accesses to a worker's dossier, newest first, as the dossier shows them. */
export async function workerAccessLog(store: Repositories, workerId: number, limit: number) {
  return (await store.accessLog.forWorker(workerId, limit)).map(({ id, at, userName, role, action, channel, outcome }) => ({
    id,
    at,
    userName,
    role,
    action,
    channel,
    outcome,
  }));
}
