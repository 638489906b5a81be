import { rmSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { RefusedError } from '../domainError';
import type { SqliteVault } from '../keys/practiceVault';
import { listBackups, writePrivateFile, type BackupInFolder } from './backupFiles';
import { BackupCheckFailedError } from './backupWorker';
import { pruneBackups, writeBackup } from './writeBackup';

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

function openStore(vault: SqliteVault) {
  if (!vault.store) throw new RefusedError('unauthenticated');
  return vault.store;
}

export async function backupStatus(vault: SqliteVault): Promise<BackupStatus> {
  const store = openStore(vault);
  const lastGood = (await store.backups.lastGood())?.writtenAt ?? null;
  const lastFailure = await store.backups.lastFailure();
  const stale = lastGood === null || Date.parse(store.clock.now()) - Date.parse(lastGood) > staleAfterDays * day;
  return { folder: await store.backups.folder(), lastGood, lastFailure: lastFailure && (!lastGood || lastFailure > lastGood) ? lastFailure : null, stale };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Chooses the backup folder (a NAS share, a USB disk): an absolute path of a folder that exists
 * (a typo or a disk that is not connected is caught now, not at the first backup) and where this
 * user can write a file.
 */
export async function chooseBackupFolder(vault: SqliteVault, folder: string | null): Promise<void> {
  const store = openStore(vault);
  if (folder !== null) {
    if (!isAbsolute(folder)) throw new RefusedError('backupFolderUnusable');
    if (!isFolder(folder)) throw new RefusedError('backupFolderMissing');
    try {
      const probe = join(folder, '.ruggensteun-write-test');
      writePrivateFile(probe, 'ok');
      rmSync(probe, { force: true });
    } catch {
      throw new RefusedError('backupFolderUnusable');
    }
  }
  await store.transaction((tx) => tx.backups.setFolder(folder));
}

/** The backup being written per practice: backups run one after another, never two copies at once. */
const running = new WeakMap<SqliteVault, Promise<unknown>>();

/**
 * Writes, checks and logs a backup in a worker thread (the API keeps answering meanwhile), then
 * thins out the old ones. A failed check is logged too. Answers whether a backup was written:
 * signing out closes the file, and a backup that had not started copying by then is skipped, not
 * failed (the daily check comes again after the next sign-in); one that had goes on to the end.
 */
export function backUpNow(vault: SqliteVault, kind: 'daily' | 'manual', appVersion: string): Promise<boolean> {
  const previous = running.get(vault) ?? Promise.resolve();
  const backup = previous.catch(() => undefined).then(() => writeAndRecord(vault, kind, appVersion));
  running.set(vault, backup);
  return backup;
}

async function writeAndRecord(vault: SqliteVault, kind: 'daily' | 'manual', appVersion: string): Promise<boolean> {
  const store = vault.store;
  if (!store) return false;
  const stillOpen = () => vault.store === store;
  // Taken now, while the file is open: closing it wipes the vault's own key.
  const key = Buffer.from(vault.databaseKey());
  const keys = vault.keyFileContents();
  try {
    let folder: string | null;
    try {
      folder = await store.backups.folder();
    } catch (error) {
      if (!stillOpen()) return false;
      throw error;
    }
    if (!folder) throw new RefusedError('noBackupFolder');
    let written;
    try {
      written = await writeBackup({
        file: vault.databaseFile,
        now: store.clock.now(),
        key,
        keys,
        folder,
        kind,
        appVersion,
        ...(vault.nativeBinding ? { nativeBinding: vault.nativeBinding } : {}),
      });
    } catch (error) {
      const detail = error instanceof BackupCheckFailedError ? error.detail : error instanceof Error ? error.message : 'failed';
      // The file may have been locked or closed while the worker ran; then there is nothing to record in.
      if (stillOpen()) await store.transaction((tx) => tx.backups.record({ fileName: '', kind, outcome: 'failed', detail }));
      throw new RefusedError('backupFailed');
    }
    if (stillOpen()) await store.transaction((tx) => tx.backups.record({ fileName: written.fileName, kind, outcome: 'ok' }));
    pruneBackups(folder);
    return true;
  } finally {
    key.fill(0);
  }
}

/** The daily backup, when the file is open, a folder is chosen and the last good daily one is a day old. */
export async function backUpIfDue(vault: SqliteVault, appVersion: string): Promise<boolean> {
  const store = vault.store;
  if (!store || vault.needsEncryption() || !(await store.backups.folder())) return false;
  const last = await store.backups.lastGoodOfKind('daily');
  if (last !== null && Date.parse(store.clock.now()) - Date.parse(last) < day) return false;
  return backUpNow(vault, 'daily', appVersion);
}

export async function backupsInFolder(vault: SqliteVault): Promise<BackupInFolder[]> {
  const folder = await openStore(vault).backups.folder();
  return folder ? listBackups(folder) : [];
}
