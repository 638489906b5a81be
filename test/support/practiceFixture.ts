import type { ApiResult } from '../../src/shared/ipc';
import type { Role } from '../../src/shared/model';
import type { HandlerMap } from '../../src/main/ipc/handlerMap';
import type { FolderDialog } from '../../src/main/ipc/handlers/backupHandlers';
import { openPractice } from '../../src/main/openPractice';
import type { Clock } from '../../src/main/services/store/clock';
import type { SqlReader } from '../../src/main/services/store/sql';
import { openPostgresPractice, type PostgresPractice } from '../../src/main/openPostgresPractice';
import { closeAfterFile, practiceDatabase, testEngine } from './testEngine';
import { temporaryFolder } from './temporaryFolders';

/** A clock standing still at a given day, for deterministic tests. */
export function fixedClock(day = '2026-03-16', time = '09:30:00'): Clock {
  return { now: () => `${day}T${time}.000Z`, today: () => day };
}

/** A practice folder of the test's own, removed when the test file ends. */
export function temporaryDirectory(): string {
  return temporaryFolder('ruggensteun-test-');
}

export const doctorAccount = { name: 'Dr. Test Arts', role: 'doctor' as const, passphrase: 'een lange test wachtzin' };

/** Unwraps a successful result, failing the test with the error otherwise. */
export function valueOf<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`Expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
}

type PracticeOptions = NonNullable<Parameters<typeof openPractice>[1]>;

/** A practice on either engine: what the tests use of it (the vault's engine tells them apart). */
export type TestPractice = ReturnType<typeof openPractice> | PostgresPractice;

/**
 * The practice in `directory` on the engine of the test project (testEngine.ts): its encrypted
 * SQLite file, or its own PostgreSQL database (the same one again when the folder is opened again).
 */
export async function openTestPractice(directory: string, options: PracticeOptions = {}): Promise<TestPractice> {
  if (testEngine === 'sqlite') return openPractice(directory, options);
  const { clock, log, checkOutputs } = options;
  return closeAfterFile(
    await openPostgresPractice(directory, {
      connection: await practiceDatabase(directory),
      poolSize: 4,
      ...(clock ? { clock } : {}),
      ...(log ? { log } : {}),
      ...(checkOutputs !== undefined ? { checkOutputs } : {}),
    }),
  );
}

/**
 * Signing out leaves the practice open, as on a practice server: a workstation's file is held open
 * (its vault closes it at the last sign-out otherwise); a PostgreSQL practice is always open.
 */
export function keepOpenAfterSignOut(practice: TestPractice): void {
  if ('holdOpen' in practice.vault) practice.vault.holdOpen();
}

/** The number of rows in `table` (a test's own check that something was written, or nothing). */
export async function rowCount(db: SqlReader, table: string): Promise<number> {
  return (await db.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))?.n ?? 0;
}

/** The practice's own tables (without SQLite's internal ones, the name index's shadow tables or the schema version). */
export async function tableNames(db: SqlReader): Promise<string[]> {
  const rows = await db.all<{ name: string }>(
    db.engine === 'sqlite'
      ? `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'worker_names_%' ORDER BY name`
      : `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_version' ORDER BY tablename`,
  );
  return rows.map((row) => row.name);
}

interface PracticeWithDoctorOptions {
  jurisdiction?: 'NL' | 'BE';
  clock?: Clock;
  folderDialog?: FolderDialog;
}

/** `practice`, new in `directory`, set up with its first doctor signed in. */
async function setUpWithDoctor<P extends TestPractice>(directory: string, practice: P, options: PracticeWithDoctorOptions) {
  const { handlers } = practice;
  valueOf(
    await handlers.call('practice.initialize', {
      practice: { name: 'Testpraktijk', jurisdiction: options.jurisdiction ?? 'NL', language: 'nl' },
      account: doctorAccount,
    }),
  );
  const doctor = handlers.session.user;
  return {
    directory,
    store: practice.store as P['store'],
    practice,
    handlers,
    doctor,
    async as(role: Role, name = `Test ${role}`) {
      const passphrase = 'nog een lange wachtzin';
      await handlers.call('auth.signIn', { name: doctorAccount.name, passphrase: doctorAccount.passphrase });
      valueOf(await handlers.call('accounts.create', { name, role, passphrase }));
      return valueOf(await handlers.call('auth.signIn', { name, passphrase }));
    },
    async asDoctor() {
      return valueOf(await handlers.call('auth.signIn', { name: doctorAccount.name, passphrase: doctorAccount.passphrase }));
    },
  };
}

function practiceOptions(options: PracticeWithDoctorOptions): PracticeOptions {
  return { clock: options.clock ?? fixedClock(), checkOutputs: true, ...(options.folderDialog ? { folderDialog: options.folderDialog } : {}) };
}

/**
 * A practice with its first doctor signed in, on the test project's engine (SQLite or PostgreSQL).
 * `as(role)` creates an account with that role and signs it in instead.
 */
export async function practiceWithDoctor(options: PracticeWithDoctorOptions = {}) {
  const directory = temporaryDirectory();
  return setUpWithDoctor(directory, await openTestPractice(directory, practiceOptions(options)), options);
}

/** The same on an encrypted SQLite file whatever the project: for the tests of the file itself (vitest.config.ts' sqliteOnly). */
export async function sqlitePracticeWithDoctor(options: PracticeWithDoctorOptions = {}) {
  const directory = temporaryDirectory();
  return setUpWithDoctor(directory, openPractice(directory, practiceOptions(options)), options);
}

/** An employer with one department and job, ready for workers. */
export async function employerWithJob(handlers: HandlerMap) {
  const employerId = valueOf(await handlers.call('workplace.saveEmployer', { name: 'Testbedrijf', sector: 'private' }));
  const departmentId = valueOf(await handlers.call('workplace.saveDepartment', { employerId, name: 'Magazijn' }));
  const jobPositionId = valueOf(
    await handlers.call('workplace.saveJobPosition', {
      employerId,
      departmentId,
      title: 'Magazijnier',
      maxLoadKg: 20,
      exposures: { liftingCarrying: 'high' },
    }),
  );
  return { employerId, departmentId, jobPositionId };
}
