import { Worker } from 'node:worker_threads';
import { applyKey } from '../store/database';
import { integrityCheck, rowCounts } from '../store/databaseFile';

/** What a backup worker is asked to do: copy the open practice file and check the copy, or check a backup. */
export type BackupTask =
  | { kind: 'copy'; source: string; target: string; key: Buffer; nativeBinding?: string }
  | { kind: 'check'; file: string; key: Buffer; expected: Record<string, number>; nativeBinding?: string };

/** The copy's own row counts and schema version, once it passed its check. */
export interface CheckedCopy {
  counts: Record<string, number>;
  schemaVersion: number;
}

export class BackupCheckFailedError extends Error {
  constructor(readonly detail: string) {
    super(`The backup did not pass its check: ${detail}`);
    this.name = 'BackupCheckFailedError';
  }
}

/**
 * The worker's program. It runs in a thread of its own with its own connection to the encrypted
 * file, so a copy of a 2.6 GB practice (about a minute) holds up no API call. It is built from
 * the same self-contained functions the main thread uses (`applyKey`, `rowCounts`,
 * `integrityCheck`), as source text, so it runs alike from the TypeScript sources (tests) and
 * from the bundles (app, benchmark), which have no worker file of their own.
 *
 * Copy: the row counts before, `VACUUM INTO` (SQLite's consistent snapshot of the live file,
 * written page by page through the same encryption), the row counts after. SQLite runs no VACUUM
 * inside a transaction, so a write of the app may fall between the counts and the snapshot: each
 * table of the copy must hold a count between its count before and after (equal to both when the
 * table did not change meanwhile). Then the copy is opened with the key and checked
 * (`integrity_check`, its row counts). Check: a backup's row counts must equal its manifest's.
 */
const workerProgram = `
const { parentPort, workerData } = require('node:worker_threads');
const { chmodSync } = require('node:fs');
const Database = require(workerData.driver);
const applyKey = (${applyKey.toString()});
const rowCounts = (${rowCounts.toString()});
const integrityCheck = (${integrityCheck.toString()});

class CheckFailed extends Error {}

function open(file, task) {
  const db = new Database(file, { readonly: true, fileMustExist: true, ...(task.nativeBinding ? { nativeBinding: task.nativeBinding } : {}) });
  try {
    applyKey(db, Buffer.from(task.key));
    db.pragma('temp_store = MEMORY');
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (error) {
    db.close();
    throw new CheckFailed(error instanceof Error ? error.message : 'cannot open');
  }
}

function checked(file, task, reference, fits) {
  const db = open(file, task);
  try {
    const integrity = integrityCheck(db);
    if (integrity !== 'ok') throw new CheckFailed('integrity_check: ' + integrity);
    const counts = rowCounts(db);
    const differing = Object.keys(counts).concat(reference).filter((table) => !fits(table, counts[table]));
    if (differing.length > 0) throw new CheckFailed('row counts differ in ' + [...new Set(differing)].join(', '));
    return { counts, schemaVersion: db.pragma('user_version', { simple: true }) };
  } finally {
    db.close();
  }
}

function copy(task) {
  const source = open(task.source, task);
  let before, after;
  try {
    before = rowCounts(source);
    source.prepare('VACUUM INTO ?').run(task.target);
    after = rowCounts(source);
  } finally {
    source.close();
  }
  chmodSync(task.target, 0o600);
  return checked(task.target, task, Object.keys(before).concat(Object.keys(after)), (table, count) =>
    count !== undefined && before[table] !== undefined && after[table] !== undefined &&
    count >= Math.min(before[table], after[table]) && count <= Math.max(before[table], after[table]));
}

function check(task) {
  return checked(task.file, task, Object.keys(task.expected), (table, count) => count === task.expected[table]);
}

try {
  parentPort.postMessage({ ok: true, value: workerData.task.kind === 'copy' ? copy(workerData.task) : check(workerData.task) });
} catch (error) {
  parentPort.postMessage({ ok: false, checkFailed: error instanceof CheckFailed, message: error instanceof Error ? error.message : String(error) });
}
`;

type WorkerAnswer = { ok: true; value: CheckedCopy } | { ok: false; checkFailed: boolean; message: string };

/**
 * Runs one backup task in a worker thread; the main thread stays free for the API meanwhile.
 * Rejects with BackupCheckFailedError when the file does not open with the key or fails its check.
 */
export function runBackupTask(task: BackupTask): Promise<CheckedCopy> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerProgram, {
      eval: true,
      workerData: { driver: require.resolve('better-sqlite3-multiple-ciphers'), task },
    });
    let answered = false;
    worker.once('message', (answer: WorkerAnswer) => {
      answered = true;
      if (answer.ok) resolve(answer.value);
      else reject(answer.checkFailed ? new BackupCheckFailedError(answer.message) : new Error(answer.message));
    });
    worker.once('error', (error) => {
      answered = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`The backup worker stopped (exit code ${code})`));
    });
  });
}
