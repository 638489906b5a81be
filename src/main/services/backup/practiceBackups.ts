import { mkdirSync, rmSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { RefusedError } from '../domainError';
import type { PracticeVault } from '../keys/practiceVault';
import { listBackups, writePrivateFile, type BackupInFolder } from './backupFiles';
import { BackupCheckFailedError, pruneBackups, writeBackup } from './writeBackup';

/** A backup older than this is flagged on the practice screen. */
export const staleAfterDays = 2;
const day = 24 * 60 * 60 * 1000;

export interface BackupStatus {
  folder: string | null;
  lastGood: string | null;
  lastFailure: string | null;
  /** No good backup, or the last good one is older than two days. */
  stale: boolean;
}

function openStore(vault: PracticeVault) {
  if (!vault.store) throw new RefusedError('unauthenticated');
  return vault.store;
}

export function backupStatus(vault: PracticeVault): BackupStatus {
  const store = openStore(vault);
  const lastGood = store.backups.lastGood()?.writtenAt ?? null;
  const lastFailure = store.backups.lastFailure();
  const stale = lastGood === null || Date.parse(store.clock.now()) - Date.parse(lastGood) > staleAfterDays * day;
  return { folder: store.backups.folder(), lastGood, lastFailure: lastFailure && (!lastGood || lastFailure > lastGood) ? lastFailure : null, stale };
}

/**
 * Chooses the backup folder (a NAS share, a USB disk): it must be an absolute path where this
 * user can create the folder and write a file.
 */
export function chooseBackupFolder(vault: PracticeVault, folder: string | null): void {
  const store = openStore(vault);
  if (folder !== null) {
    if (!isAbsolute(folder)) throw new RefusedError('backupFolderUnusable');
    try {
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      const probe = join(folder, '.ruggensteun-write-test');
      writePrivateFile(probe, 'ok');
      rmSync(probe, { force: true });
    } catch {
      throw new RefusedError('backupFolderUnusable');
    }
  }
  store.transaction(() => store.backups.setFolder(folder));
}

/** Writes, checks and logs a backup, then thins out the old ones. A failed check is logged too. */
export function backUpNow(vault: PracticeVault, kind: 'daily' | 'manual', appVersion: string): void {
  const store = openStore(vault);
  const folder = store.backups.folder();
  if (!folder) throw new RefusedError('noBackupFolder');
  try {
    const written = writeBackup({
      store,
      key: vault.databaseKey(),
      keys: vault.keyFileContents(),
      folder,
      kind,
      appVersion,
      ...(vault.nativeBinding ? { nativeBinding: vault.nativeBinding } : {}),
    });
    store.transaction(() => store.backups.record({ fileName: written.fileName, kind, outcome: 'ok' }));
  } catch (error) {
    const detail = error instanceof BackupCheckFailedError ? error.detail : error instanceof Error ? error.message : 'failed';
    store.transaction(() => store.backups.record({ fileName: '', kind, outcome: 'failed', detail }));
    throw new RefusedError('backupFailed');
  }
  pruneBackups(folder);
}

/** The daily backup, when the file is open, a folder is chosen and the last good daily one is a day old. */
export function backUpIfDue(vault: PracticeVault, appVersion: string): boolean {
  const store = vault.store;
  if (!store || vault.needsEncryption() || !store.backups.folder()) return false;
  const last = store.backups.lastGoodOfKind('daily');
  if (last !== null && Date.parse(store.clock.now()) - Date.parse(last) < day) return false;
  backUpNow(vault, 'daily', appVersion);
  return true;
}

export function backupsInFolder(vault: PracticeVault): BackupInFolder[] {
  const folder = openStore(vault).backups.folder();
  return folder ? listBackups(folder) : [];
}
