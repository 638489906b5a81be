import { chmodSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { KeyFile } from '../keys/keyFile';
import { connect, schemaVersionOf } from '../store/database';
import { integrityCheck, rowCounts } from '../store/databaseFile';
import type { Store } from '../store/store';
import { backupBaseName, listBackups, manifestPathOf, writePrivateFile, type BackupManifest } from './backupFiles';
import { backupsToDelete } from './backupRotation';

export class BackupCheckFailedError extends Error {
  constructor(readonly detail: string) {
    super(`The backup did not pass its check: ${detail}`);
    this.name = 'BackupCheckFailedError';
  }
}

/**
 * Opens a backup with its key and checks it: SQLite's integrity_check, and the row count of every
 * table against `expected`. Throws BackupCheckFailedError when it is not the practice it should be.
 */
export function checkBackup(file: string, key: Buffer, expected: Record<string, number>, nativeBinding?: string): void {
  let db;
  try {
    db = connect(file, { key, readonly: true, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch (error) {
    throw new BackupCheckFailedError(error instanceof Error ? error.message : 'cannot open');
  }
  try {
    const integrity = integrityCheck(db);
    if (integrity !== 'ok') throw new BackupCheckFailedError(`integrity_check: ${integrity}`);
    const counts = rowCounts(db);
    const differing = Object.keys({ ...expected, ...counts }).filter((table) => counts[table] !== expected[table]);
    if (differing.length > 0) throw new BackupCheckFailedError(`row counts differ in ${differing.join(', ')}`);
  } finally {
    db.close();
  }
}

export interface WrittenBackup {
  file: string;
  fileName: string;
  manifest: BackupManifest;
}

/**
 * Writes an encrypted backup of the open practice file to `folder` and checks it before it
 * counts. The copy is SQLite's own consistent snapshot of the live database, written page by
 * page through the same encryption (VACUUM INTO), never a copy of the file's bytes: the online
 * backup API of the driver cannot key its target, and an unkeyed target would be plain. The row
 * counts are taken in the same synchronous step, so no write can fall between the two. Until
 * the check passes the copy is named `….partial`; the manifest is written last.
 */
export function writeBackup(input: {
  store: Store;
  key: Buffer;
  keys: KeyFile;
  folder: string;
  kind: 'daily' | 'manual';
  appVersion: string;
  nativeBinding?: string;
}): WrittenBackup {
  const { store, folder, kind } = input;
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const writtenAt = store.clock.now();
  const base = backupBaseName(writtenAt, kind);
  const file = join(folder, `${base}.sqlite`);
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });

  const counts = rowCounts(store.db);
  const schemaVersion = schemaVersionOf(store.db);
  store.db.prepare('VACUUM INTO ?').run(partial);
  try {
    chmodSync(partial, 0o600);
    checkBackup(partial, input.key, counts, input.nativeBinding);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  const manifest: BackupManifest = { format: 1, writtenAt, kind, appVersion: input.appVersion, schemaVersion, counts, keys: input.keys };
  writePrivateFile(manifestPathOf(file), `${JSON.stringify(manifest, null, 2)}\n`);
  renameSync(partial, file);
  return { file, fileName: `${base}.sqlite`, manifest };
}

/** Deletes the backups the rotation no longer keeps (7 daily, 8 weekly, the last one on demand). */
export function pruneBackups(folder: string): string[] {
  const deleted = backupsToDelete(listBackups(folder));
  for (const backup of deleted) {
    rmSync(backup.file, { force: true });
    rmSync(manifestPathOf(backup.file), { force: true });
  }
  return deleted.map((backup) => backup.fileName);
}
