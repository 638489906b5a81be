import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { KeyFile } from '../keys/keyFile';
import { runBackupTask } from './backupWorker';
import { backupBaseName, listBackups, manifestPathOf, writePrivateFile, type BackupManifest } from './backupFiles';
import { backupsToDelete } from './backupRotation';

/**
 * Opens a backup with its key and checks it in a worker thread: SQLite's integrity_check, and the
 * row count of every table against `expected`. Rejects with BackupCheckFailedError when it is not
 * the practice it should be.
 */
export async function checkBackup(file: string, key: Buffer, expected: Record<string, number>, nativeBinding?: string): Promise<void> {
  await runBackupTask({ kind: 'check', file, key, expected, ...(nativeBinding ? { nativeBinding } : {}) });
}

export interface WrittenBackup {
  file: string;
  fileName: string;
  manifest: BackupManifest;
}

/**
 * Writes an encrypted backup of the open practice file to `folder` and checks it before it
 * counts. A worker thread with its own connection makes the copy with SQLite's own consistent
 * snapshot of the live database, written page by page through the same encryption (VACUUM INTO),
 * never a copy of the file's bytes (the online backup API of the driver cannot key its target, and
 * an unkeyed target would be plain), and checks it (see backupWorker.ts). Until the check passes
 * the copy is named `….partial`; the manifest, with the copy's own row counts, is written last.
 */
export async function writeBackup(input: {
  file: string;
  now: string;
  key: Buffer;
  keys: KeyFile;
  folder: string;
  kind: 'daily' | 'manual';
  appVersion: string;
  nativeBinding?: string;
}): Promise<WrittenBackup> {
  const { folder, kind, now: writtenAt } = input;
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const base = backupBaseName(writtenAt, kind);
  const file = join(folder, `${base}.sqlite`);
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });

  let copy;
  try {
    copy = await runBackupTask({
      kind: 'copy',
      source: input.file,
      target: partial,
      key: input.key,
      ...(input.nativeBinding ? { nativeBinding: input.nativeBinding } : {}),
    });
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  const manifest: BackupManifest = {
    format: 1,
    writtenAt,
    kind,
    appVersion: input.appVersion,
    schemaVersion: copy.schemaVersion,
    counts: copy.counts,
    keys: input.keys,
  };
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
