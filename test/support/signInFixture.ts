import type { Clock } from '../../src/main/services/store/clock';
import type { SqlReader } from '../../src/main/services/store/sql';
import { doctorAccount } from './practiceFixture';

/** A clock the test moves forward. */
export function movableClock(start = '2026-03-16T09:30:00.000Z') {
  let at = Date.parse(start);
  const clock: Clock = { now: () => new Date(at).toISOString(), today: () => new Date(at).toISOString().slice(0, 10) };
  return { clock, advance: (seconds: number) => (at += seconds * 1000) };
}

/** The access log's rows about accounts (sign-in, sign-out, locks), oldest first. */
export function accountLog(db: SqlReader) {
  return db.all<{ action: string; channel: string; userName: string | null; outcome: string; count: number }>(
    `SELECT action, channel, user_name AS "userName", outcome, count FROM access_log WHERE worker_id IS NULL AND action <> 'request' ORDER BY id`,
  );
}

/** The doctor's name with a wrong passphrase. */
export const wrong = { name: doctorAccount.name, passphrase: 'niet de goede wachtzin' };
