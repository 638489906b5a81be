import { createAccessLogRepository } from './accessLogRepository';
import { createBackupRepository } from './backupRepository';
import { createRetentionRepository } from './retentionRepository';
import type { Clock } from './clock';
import { openDatabase, type DatabaseOptions } from './database';
import { createPracticeRepository } from './practiceRepository';
import { createUserRepository } from './userRepository';
import { createSignInFailureRepository } from './signInFailureRepository';
import { createWorkerRepository } from './workerRepository';
import { createWorkplaceRepository } from './workplaceRepository';
import { createEpisodeRepository } from './episodeRepository';
import { createConsultationRepository } from './consultationRepository';
import { createReturnToWorkPlanRepository } from './returnToWorkPlanRepository';
import { createAgendaRepository } from './agendaRepository';
import { createLiftingTaskRepository } from './liftingTaskRepository';
import { createAggregatesRepository } from './aggregatesRepository';
import { createLegalDocumentRepository } from './legalDocumentRepository';
import type { SqlDatabase, SqlReader, SqlWriter } from './sql';
import { sqliteDatabase } from './sqliteDatabase';

/** The read handle of `db`: without `run`, also when the code that gets it looks past its type. */
function readOnly(db: SqlReader): SqlReader {
  return { engine: db.engine, all: (sql, params) => db.all(sql, params), get: (sql, params) => db.get(sql, params) };
}

/** Every repository over one handle: the database itself, or one transaction's. */
function repositoriesOver(db: SqlWriter, clock: Clock) {
  return {
    clock,
    practice: createPracticeRepository(db, clock),
    users: createUserRepository(db, clock),
    signInFailures: createSignInFailureRepository(db),
    workplaces: createWorkplaceRepository(db, clock),
    workers: createWorkerRepository(db, clock),
    accessLog: createAccessLogRepository(db, clock),
    episodes: createEpisodeRepository(db, clock),
    consultations: createConsultationRepository(db, clock),
    plans: createReturnToWorkPlanRepository(db, clock),
    // The agenda and the aggregates only read: they get a handle that cannot write.
    agenda: createAgendaRepository(readOnly(db)),
    liftingTasks: createLiftingTaskRepository(db, clock),
    aggregates: createAggregatesRepository(readOnly(db)),
    backups: createBackupRepository(db, clock),
    retention: createRetentionRepository(db),
    legalDocuments: createLegalDocumentRepository(db, clock),
  };
}

/** What services work with: the repositories, and a transaction that gives them bound to it. */
export interface Repositories extends ReturnType<typeof repositoriesOver> {
  /**
   * Runs `work` in one transaction: all of it is written, or none of it. `work` writes through
   * `tx`, the same repositories bound to the transaction (the store's own wait until it ends).
   * Inside a transaction, `tx.transaction` nests (a savepoint): a failure undoes only its part.
   */
  transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T>;
}

/** The repositories of one open transaction; a nested transaction is a savepoint of it. */
function inTransaction(tx: SqlWriter, clock: Clock): Repositories {
  let depth = 0;
  const repositories: Repositories = {
    ...repositoriesOver(tx, clock),
    async transaction<T>(work: (nested: Repositories) => Promise<T>): Promise<T> {
      depth += 1;
      const savepoint = `nested_${depth}`;
      await tx.run(`SAVEPOINT ${savepoint}`);
      try {
        const result = await work(repositories);
        await tx.run(`RELEASE SAVEPOINT ${savepoint}`);
        return result;
      } catch (error) {
        await tx.run(`ROLLBACK TO SAVEPOINT ${savepoint}`);
        await tx.run(`RELEASE SAVEPOINT ${savepoint}`);
        throw error;
      } finally {
        depth -= 1;
      }
    },
  };
  return repositories;
}

/** The repositories over an open database of either engine, with its transactions. */
export function openRepositories(sql: SqlDatabase, clock: Clock) {
  return {
    ...repositoriesOver(sql, clock),
    transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T> {
      return sql.transaction((tx) => work(inTransaction(tx, clock)));
    },
  };
}

/** The practice's store on either engine: its repositories, their transactions and the SQL handle under them. */
export type Store = ReturnType<typeof openRepositories> & { readonly sql: SqlDatabase };

/** The practice's SQLite file with its repositories; without a key the file is plain (tests, benchmark, upgrade). */
export function openStore(file: string, clock: Clock, options: Partial<DatabaseOptions> = {}) {
  const connection = openDatabase(file, { key: null, ...options });
  const sql = sqliteDatabase(connection);
  return {
    ...openRepositories(sql, clock),
    file,
    /** The asynchronous SQL handle the repositories use. */
    sql,
    /**
     * SQLite only: the raw better-sqlite3 connection, for what happens before anything else can run
     * (finishing an encryption when the file opens) and for tests and the benchmark to look inside.
     */
    sqliteConnection: connection,
    /** Closes the file at once; a transaction still open is rolled back. */
    close(): void {
      connection.close();
    },
  };
}
export type SqliteStore = ReturnType<typeof openStore>;
