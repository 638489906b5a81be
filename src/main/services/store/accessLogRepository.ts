import type { Role, User } from '../../../shared/model';
import type { Clock } from './clock';
import type { SqlWriter } from './sql';
import { statement } from './statement';

export interface AccessLogEntry {
  userId: number | null;
  userName: string | null;
  role: Role | null;
  /**
   * What was done: 'read', 'write', 'export', 'document', 'import', 'search'; or, for the account
   * itself, 'signIn', 'signInFailed', 'signOut', 'lock', 'unlock', 'lockout', 'sessionExpired'.
   */
  action: string;
  channel: string;
  /** Only ever a worker that exists: a refusal naming an unknown id is logged without it. */
  workerId: number | null;
  outcome: 'allowed' | 'denied';
  /** For a search: how many workers it listed (never who). */
  results?: number | null;
}

/** What happened, without who did it: `record` adds the user. */
export type AccessEvent = Pick<AccessLogEntry, 'action' | 'channel' | 'workerId' | 'outcome' | 'results'>;

export interface AccessLogRow extends AccessLogEntry {
  id: number;
  at: string;
  /** How many times this refusal happened from `at` to `lastAt` (1 for everything else). */
  count: number;
  lastAt: string | null;
}

/** Identical refusals within this window are counted on one row: a flood cannot grow the log. */
export const REFUSAL_WINDOW_MS = 60 * 60 * 1000;

function entryOf(user: User | null, event: AccessEvent, at: string) {
  return { ...event, results: event.results ?? null, userId: user?.id ?? null, userName: user?.name ?? null, role: user?.role ?? null, at };
}

export function createAccessLogRepository(db: SqlWriter, clock: Clock) {
  const insertSql = `INSERT INTO access_log (at, user_id, user_name, role, action, channel, worker_id, outcome, results)
     VALUES (@at, @userId, @userName, @role, @action, @channel, @workerId, @outcome, @results)`;
  const insert = statement<Record<string, string | number | null>, { id: number }>(db, `${insertSql} RETURNING id`);
  // Along the partial index of refusals: the latest identical one within the window.
  const sameRefusal = statement<{ channel: string; since: string; userId: number | null; workerId: number | null; action: string }, { id: number }>(
    db,
    `SELECT id FROM access_log
      WHERE outcome = 'denied' AND channel = @channel AND at >= @since
        AND user_id IS NOT DISTINCT FROM @userId AND worker_id IS NOT DISTINCT FROM @workerId AND action = @action
      ORDER BY id DESC LIMIT 1`,
  );
  const setCount = statement<{ id: number; count: number; lastAt: string }>(db, 'UPDATE access_log SET count = @count, last_at = @lastAt WHERE id = @id');
  const countAgain = statement<{ id: number; now: string }>(db, 'UPDATE access_log SET count = count + 1, last_at = @now WHERE id = @id');
  // Newest first along the (worker_id, at) index; the id orders entries of the same instant.
  const byWorkerSql = `SELECT id, at, user_id AS "userId", user_name AS "userName", role, action, channel,
            worker_id AS "workerId", outcome, results, count, last_at AS "lastAt"
       FROM access_log WHERE worker_id = ? ORDER BY at DESC, id DESC`;
  const byWorker = statement<[number], AccessLogRow>(db, byWorkerSql);
  const byWorkerLatest = statement<[number, number], AccessLogRow>(db, `${byWorkerSql} LIMIT ?`);
  const recent = statement<[number], AccessLogRow>(
    db,
    `SELECT id, at, user_id AS "userId", user_name AS "userName", role, action, channel,
            worker_id AS "workerId", outcome, results, count, last_at AS "lastAt"
       FROM access_log ORDER BY id DESC LIMIT ?`,
  );

  return {
    /**
     * The one writer of the access log: `user` (null when nobody is signed in) did `event`, now.
     * The same refusal again within the window is counted on its row instead of adding one.
     */
    async record(user: User | null, event: AccessEvent): Promise<void> {
      const now = clock.now();
      const userId = user?.id ?? null;
      if (event.outcome === 'denied') {
        const since = new Date(Date.parse(now) - REFUSAL_WINDOW_MS).toISOString();
        const same = await sameRefusal.get({ channel: event.channel, since, userId, workerId: event.workerId, action: event.action });
        if (same) {
          await countAgain.run({ id: same.id, now });
          return;
        }
      }
      await insert.run(entryOf(user, event, now));
    },
    /**
     * A refusal of a sign-in that happened while the practice file was locked, noted beside it
     * and written here once the file is open: at its own time, by nobody named, with its count.
     */
    async recordEarlierRefusal(refusal: { action: string; channel: string; at: string; lastAt: string; count: number }): Promise<void> {
      const inserted = await insert.get({
        at: refusal.at,
        userId: null,
        userName: null,
        role: null,
        action: refusal.action,
        channel: refusal.channel,
        workerId: null,
        outcome: 'denied',
        results: null,
      });
      if (inserted && refusal.count > 1) await setCount.run({ id: inserted.id, count: refusal.count, lastAt: refusal.lastAt });
    },
    /**
     * Records a read that is not about one dossier (a search listing workers) without waiting for
     * the disk: committed at once, safe from a crash of the app, but a power cut can lose the last
     * ones. Searching while typing stays within its time budget; dossier accesses stay `record`.
     */
    async recordRead(user: User | null, event: AccessEvent): Promise<void> {
      // A refusal may be counted on an earlier row: that takes two statements, written durably.
      if (event.outcome === 'denied') return this.record(user, event);
      await db.run(insertSql, entryOf(user, event, clock.now()), { durable: false });
    },
    /** The worker's entries, newest first; the `limit` most recent when given. */
    forWorker(workerId: number, limit?: number): Promise<AccessLogRow[]> {
      return limit === undefined ? byWorker.all(workerId) : byWorkerLatest.all(workerId, limit);
    },
    recent(limit: number): Promise<AccessLogRow[]> {
      return recent.all(limit);
    },
  };
}
export type AccessLogRepository = ReturnType<typeof createAccessLogRepository>;
