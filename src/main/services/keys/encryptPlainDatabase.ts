import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { connect, type Db } from '../store/database';
import { integrityCheck, removeDatabaseFiles, rowCounts } from '../store/databaseFile';

/** Suffixes of the files the upgrade to an encrypted file works with. */
export const encryptingSuffix = '.encrypting';
export const plainCopySuffix = '.plain-before-encryption';

export class EncryptionCheckFailedError extends Error {
  constructor(detail: string) {
    super(`The encrypted copy of the practice file did not match the original (${detail}); the original is kept.`);
    this.name = 'EncryptionCheckFailedError';
  }
}

function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function checkedCopy(file: string, key: Buffer, expected: Record<string, number>, nativeBinding?: string): void {
  const db: Db = connect(file, { key, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    const integrity = integrityCheck(db);
    if (integrity !== 'ok') throw new EncryptionCheckFailedError(integrity);
    if (!sameCounts(rowCounts(db), expected)) throw new EncryptionCheckFailedError('row counts differ');
  } finally {
    db.close();
  }
}

/**
 * Upgrades the plain practice file at `file` to an encrypted one under `key`, in place. The plain
 * file must be closed. Steps: copy it aside and encrypt the copy (SQLCipher rekey), check the copy
 * (integrity_check and the row count of every table against the original), keep the original as
 * `<file>.plain-before-encryption`, put the encrypted file in its place, check it again, and only
 * then delete the plain copy. `beforeSwap` runs once the encrypted copy is proven (the caller
 * writes the key file there, so the file is never encrypted without a way to open it).
 */
export function encryptPlainDatabase(file: string, key: Buffer, beforeSwap: () => void, nativeBinding?: string): void {
  const binding = nativeBinding ? { nativeBinding } : {};
  const plain = connect(file, { key: null, ...binding });
  let expected: Record<string, number>;
  try {
    plain.pragma('wal_checkpoint(TRUNCATE)');
    expected = rowCounts(plain);
  } finally {
    plain.close();
  }

  const encrypting = `${file}${encryptingSuffix}`;
  removeDatabaseFiles(encrypting);
  copyFileSync(file, encrypting);
  const copy = connect(encrypting, { key: null, ...binding });
  try {
    copy.pragma('journal_mode = DELETE');
    copy.pragma(`cipher = 'sqlcipher'`);
    copy.pragma('legacy = 4');
    copy.pragma(`rekey = "x'${key.toString('hex')}'"`);
  } finally {
    copy.close();
  }
  checkedCopy(encrypting, key, expected, nativeBinding);
  beforeSwap();

  const plainCopy = `${file}${plainCopySuffix}`;
  rmSync(plainCopy, { force: true });
  renameSync(file, plainCopy);
  renameSync(encrypting, file);
  checkedCopy(file, key, expected, nativeBinding);
  removeDatabaseFiles(plainCopy);
}

/**
 * Puts back the state before an upgrade that stopped half-way (a crash between two steps): the
 * plain original returns when the encrypted file never took its place, and a half-made copy goes.
 */
export function recoverInterruptedEncryption(file: string): void {
  const plainCopy = `${file}${plainCopySuffix}`;
  if (!existsSync(file) && existsSync(plainCopy)) renameSync(plainCopy, file);
  removeDatabaseFiles(`${file}${encryptingSuffix}`);
}

/**
 * After the encrypted file opened with its key: a plain copy left by an upgrade that stopped
 * before its last check is compared with the open file and deleted when they match.
 */
export function finishInterruptedEncryption(file: string, db: Db, nativeBinding?: string): void {
  const plainCopy = `${file}${plainCopySuffix}`;
  if (!existsSync(plainCopy)) return;
  const plain = connect(plainCopy, { key: null, readonly: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    if (!sameCounts(rowCounts(plain), rowCounts(db))) return;
  } finally {
    plain.close();
  }
  removeDatabaseFiles(plainCopy);
}
