import type { SqlWriter } from './sql';
import { statement } from './statement';

export interface SignInFailures {
  failures: number;
  lastFailureAt: string;
  lockedUntil: string | null;
}

/** Failed sign-ins per subject: 'account:<name key>' for one account, 'machine' for all together. */
export function createSignInFailureRepository(db: SqlWriter) {
  const select = statement<[string], SignInFailures>(
    db,
    'SELECT failures, last_failure_at AS "lastFailureAt", locked_until AS "lockedUntil" FROM sign_in_failures WHERE subject = ?',
  );
  const upsert = statement(
    db,
    `INSERT INTO sign_in_failures (subject, failures, last_failure_at, locked_until)
     VALUES (@subject, @failures, @lastFailureAt, @lockedUntil)
     ON CONFLICT (subject) DO UPDATE SET failures = excluded.failures, last_failure_at = excluded.last_failure_at,
       locked_until = excluded.locked_until`,
  );
  const remove = statement<[string]>(db, 'DELETE FROM sign_in_failures WHERE subject = ?');

  return {
    async get(subject: string): Promise<SignInFailures | null> {
      return (await select.get(subject)) ?? null;
    },
    async save(subject: string, state: SignInFailures): Promise<void> {
      await upsert.run({ subject, ...state });
    },
    async clear(subject: string): Promise<void> {
      await remove.run(subject);
    },
  };
}
export type SignInFailureRepository = ReturnType<typeof createSignInFailureRepository>;
