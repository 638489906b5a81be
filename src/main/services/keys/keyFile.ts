import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { z } from 'zod';
import { jurisdiction, language } from '../../../shared/model';

const wrappedKeySchema = z.object({
  kdf: z.literal('scrypt'),
  N: z.number().int().positive(),
  r: z.number().int().positive(),
  p: z.number().int().positive(),
  salt: z.string(),
  iv: z.string(),
  data: z.string(),
});

export const keyFileSchema = z.object({
  format: z.literal(1),
  /** What the sign-in screen shows while the database is still closed; nothing medical. */
  practice: z.object({ name: z.string(), language, jurisdiction }).nullable(),
  /** The salt of the accounts' name hashes (see accountSlots.ts); absent in key files from before them. */
  nameSalt: z.string().optional(),
  /**
   * One slot per account: the database key wrapped under that account's passphrase, found by a
   * hash of the account's name. Slots written before name hashing hold the folded name (`nameKey`)
   * instead, until the account's next sign-in rewrites them.
   */
  accounts: z.array(
    z.object({ userId: z.number().int(), nameHash: z.string().optional(), nameKey: z.string().optional(), key: wrappedKeySchema }),
  ),
  /** The database key wrapped under the recovery key. */
  recovery: wrappedKeySchema,
  /** The database key sealed by the operating system's keychain (Electron safeStorage), base64. */
  keychain: z.string().nullable(),
});

export type KeyFile = z.infer<typeof keyFileSchema>;
export type AccountSlot = KeyFile['accounts'][number];

/** The key file kept beside the practice database (`practice.keys`): it holds only wrapped keys. */
export const keyFileName = 'practice.keys';

export class DamagedKeyFileError extends Error {
  constructor(file: string) {
    super(`The key file ${file} cannot be read.`);
    this.name = 'DamagedKeyFileError';
  }
}

/** The key file at `file`, or null when there is none. */
export function readKeyFile(file: string): KeyFile | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new DamagedKeyFileError(file);
  }
  const result = keyFileSchema.safeParse(parsed);
  if (!result.success) throw new DamagedKeyFileError(file);
  return result.data;
}

/** Replaces the key file in one step (write aside, flush, rename), readable by this OS user only. */
export function writeKeyFile(file: string, keys: KeyFile): void {
  const temporary = `${file}.new`;
  const descriptor = openSync(temporary, 'w', 0o600);
  try {
    writeSync(descriptor, `${JSON.stringify(keys, null, 2)}\n`);
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
  renameSync(temporary, file);
}
