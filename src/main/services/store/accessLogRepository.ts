import type { Role, User } from '../../../shared/model';
import type { Clock } from './clock';
import type { Db } from './database';

export interface AccessLogEntry {
  userId: number | null;
  userName: string | null;
  role: Role | null;
  /** What was done: 'read', 'write', 'export', 'document'. */
  action: string;
  channel: string;
  workerId: number | null;
  outcome: 'allowed' | 'denied';
}

/** What happened, without who did it: `record` adds the user. */
export type AccessEvent = Pick<AccessLogEntry, 'action' | 'channel' | 'workerId' | 'outcome'>;

export interface AccessLogRow extends AccessLogEntry {
  id: number;
  at: string;
}

export function createAccessLogRepository(db: Db, clock: Clock) {
  const insert = db.prepare(
    `INSERT INTO access_log (at, user_id, user_name, role, action, channel, worker_id, outcome)
     VALUES (@at, @userId, @userName, @role, @action, @channel, @workerId, @outcome)`,
  );
  // Newest first along the (worker_id, at) index; the id orders entries of the same instant.
  const byWorker = db.prepare<[number, number], AccessLogRow>(
    `SELECT id, at, user_id AS userId, user_name AS userName, role, action, channel,
            worker_id AS workerId, outcome
       FROM access_log WHERE worker_id = ? ORDER BY at DESC, id DESC LIMIT ?`,
  );
  const recent = db.prepare<[number], AccessLogRow>(
    `SELECT id, at, user_id AS userId, user_name AS userName, role, action, channel,
            worker_id AS workerId, outcome
       FROM access_log ORDER BY id DESC LIMIT ?`,
  );

  return {
    /** The one writer of the access log: `user` (null when nobody is signed in) did `event`, now. */
    record(user: User | null, event: AccessEvent): void {
      insert.run({ ...event, userId: user?.id ?? null, userName: user?.name ?? null, role: user?.role ?? null, at: clock.now() });
    },
    /** The worker's entries, newest first; the `limit` most recent when given. */
    forWorker(workerId: number, limit?: number): AccessLogRow[] {
      // LIMIT -1: no limit in SQLite.
      return byWorker.all(workerId, limit ?? -1);
    },
    recent(limit: number): AccessLogRow[] {
      return recent.all(limit);
    },
  };
}
export type AccessLogRepository = ReturnType<typeof createAccessLogRepository>;
