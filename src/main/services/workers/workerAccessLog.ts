import type { AccessLogRow } from '../store/accessLogRepository';
import type { Repositories } from '../store/store';

/** What a person is shown of one access to a dossier: who, when, as what, doing what, and the outcome. */
export function shownAccess({ at, userName, role, action, channel, outcome }: AccessLogRow) {
  return { at, userName, role, action, channel, outcome };
}

/** The `limit` most recent accesses to a worker's dossier, newest first, as the dossier shows them. */
export async function workerAccessLog(store: Repositories, workerId: number, limit: number) {
  return (await store.accessLog.forWorker(workerId, limit)).map((entry) => ({ id: entry.id, ...shownAccess(entry) }));
}
