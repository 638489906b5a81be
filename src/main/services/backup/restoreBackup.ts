import { existsSync } from 'node:fs';
import { RefusedError } from '../domainError';
import { unwrapKey } from '../keys/keyWrap';
import { unwrapAccountKey } from '../keys/accountSlots';
import { recoveryLabel } from '../keys/practiceVault';
import { normalizeRecoveryKey } from '../keys/recoveryKey';
import { schemaVersion } from '../store/migrations';
import { readManifest, type BackupManifest } from './backupFiles';
import { checkBackup } from './writeBackup';

/** What opens a backup: the recovery key of its time, or an account's name and passphrase of its time. */
export type BackupSecret = { recoveryKey: string } | { name: string; passphrase: string };

export interface OpenedBackup {
  manifest: BackupManifest;
  key: Buffer;
}

/**
 * Unwraps a backup's key from its manifest and checks the backup (integrity_check, row counts).
 * Refuses a backup written by a newer schema than this version knows.
 */
export async function openBackup(file: string, secret: BackupSecret, nativeBinding?: string): Promise<OpenedBackup> {
  const manifest = existsSync(file) && file.endsWith('.sqlite') ? readManifest(file) : null;
  if (!manifest) throw new RefusedError('backupUnreadable');
  let key: Buffer | null;
  if ('recoveryKey' in secret) {
    key = await unwrapKey(manifest.keys.recovery, normalizeRecoveryKey(secret.recoveryKey), recoveryLabel);
    if (!key) throw new RefusedError('invalidRecoveryKey');
  } else {
    key = await unwrapAccountKey(manifest.keys, secret.name, secret.passphrase);
    if (!key) throw new RefusedError('invalidCredentials');
  }
  if (manifest.schemaVersion > schemaVersion) throw new RefusedError('backupFromNewerVersion');
  try {
    await checkBackup(file, key, manifest.counts, nativeBinding);
  } catch {
    throw new RefusedError('backupUnreadable');
  }
  return { manifest, key };
}

/** The preview before a restore: date, versions, and how many workers, consultations… it holds. */
export function backupPreview(manifest: BackupManifest) {
  const count = (table: string) => manifest.counts[table] ?? 0;
  return {
    writtenAt: manifest.writtenAt,
    appVersion: manifest.appVersion,
    schemaVersion: manifest.schemaVersion,
    practiceName: manifest.keys.practice?.name ?? null,
    workers: count('workers'),
    consultations: count('consultations'),
    employers: count('employers'),
    accounts: count('users'),
  };
}
