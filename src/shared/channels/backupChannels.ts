import { z } from 'zod';
import { channel, noInput } from './channel';

const backupStatus = z.object({
  folder: z.string().nullable(),
  lastGood: z.string().nullable(),
  /** A backup failed after the last good one. */
  lastFailure: z.string().nullable(),
  /** No good backup yet, or the last good one is older than two days. */
  stale: z.boolean(),
});

const backupFile = z.string().trim().min(1, { error: 'required' }).max(1000, { error: 'tooLong' });

/** A backup and what opens it: the recovery key, or an account's name and passphrase of the backup's time. */
const backupWithSecret = z.union([
  z.object({ file: backupFile, recoveryKey: z.string().trim().min(1, { error: 'required' }).max(80, { error: 'tooLong' }) }),
  z.object({
    file: backupFile,
    name: z.string().trim().min(1, { error: 'required' }).max(80, { error: 'tooLong' }),
    passphrase: z.string().min(1, { error: 'required' }).max(200, { error: 'tooLong' }),
  }),
]);

const backupPreview = z.object({
  writtenAt: z.string(),
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  practiceName: z.string().nullable(),
  workers: z.number().int(),
  consultations: z.number().int(),
  employers: z.number().int(),
  accounts: z.number().int(),
});

/** Encrypted backups to a folder the practice chooses, and restoring one. */
export const backupChannels = {
  'backups.status': channel({ input: noInput, output: backupStatus, access: 'session' }),
  'backups.setFolder': channel({
    input: z.object({ folder: z.string().trim().max(1000, { error: 'tooLong' }).nullable() }),
    output: backupStatus,
    access: 'practice.admin',
  }),
  /** Electron: the operating system's folder dialog picks the folder (cancelled: nothing changes). */
  'backups.chooseFolder': channel({ input: noInput, output: backupStatus, access: 'practice.admin' }),
  'backups.runNow': channel({ input: noInput, output: backupStatus, access: 'practice.admin' }),
  'backups.list': channel({
    input: noInput,
    output: z.array(z.object({ file: z.string(), fileName: z.string(), kind: z.enum(['daily', 'manual']), writtenAt: z.string() })),
    access: 'practice.admin',
  }),
  /**
   * Restore: a doctor (signed in), or anyone at first start on an empty machine, previews a backup
   * and then puts it in place; everyone signs in again afterwards.
   */
  'backups.preview': channel({ input: backupWithSecret, output: backupPreview, access: 'public' }),
  'backups.restore': channel({ input: backupWithSecret, output: backupPreview, access: 'public' }),
} as const;

