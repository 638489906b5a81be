import type { Db } from './database';

export interface SignInFailures {
  failures: number;
  lastFailureAt: string;
  lockedUntil: string | null;
}

/** Failed sign-ins per subject: 'account:<name key>' for one account, 'machine' for all together. */
export function createSignInFailureRepository(db: Db) {
  const select = db.prepare<[string], SignInFailures>(
    'SELECT failures, last_failure_at AS lastFailureAt, locked_until AS lockedUntil FROM sign_in_failures WHERE subject = ?',
  );
  const upsert = db.prepare(
    `INSERT INTO sign_in_failures (subject, failures, last_failure_at, locked_until)
     VALUES (@subject, @failures, @lastFailureAt, @lockedUntil)
     ON CONFLICT (subject) DO UPDATE SET failures = excluded.failures, last_failure_at = excluded.last_failure_at,
       locked_until = excluded.locked_until`,
  );
  const remove = db.prepare<[string]>('DELETE FROM sign_in_failures WHERE subject = ?');

  return {
    get(subject: string): SignInFailures | null {
      return select.get(subject) ?? null;
    },
    save(subject: string, state: SignInFailures): void {
      upsert.run({ subject, ...state });
    },
    clear(subject: string): void {
      remove.run(subject);
    },
  };
}
export type SignInFailureRepository = ReturnType<typeof createSignInFailureRepository>;
