import type { Store } from '../store/store';

/** The `limit` most recent accesses to a worker's dossier, newest first, as the dossier shows them. */
export function workerAccessLog(store: Store, workerId: number, limit: number) {
  return store.accessLog.forWorker(workerId, limit).map(({ id, at, userName, role, action, channel, outcome }) => ({
    id,
    at,
    userName,
    role,
    action,
    channel,
    outcome,
  }));
}
