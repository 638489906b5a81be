import Database from 'better-sqlite3-multiple-ciphers';
import { migrations, schemaVersion, type Migration } from './migrations';
import { nameWords } from './searchKey';

export type Db = Database.Database;

/** The database file was written by a newer Ruggensteun; opening it could damage it. */
export class NewerDatabaseError extends Error {
  constructor(
    readonly fileVersion: number,
    readonly supportedVersion: number,
  ) {
    super(
      `This practice file was written by a newer version of Ruggensteun (schema ${fileVersion}; ` +
        `this version knows up to ${supportedVersion}). Install the newer version to open it.`,
    );
    this.name = 'NewerDatabaseError';
  }
}

/** The key does not open the file (or the file is no database). */
export class WrongDatabaseKeyError extends Error {
  constructor() {
    super('The key does not open this practice file.');
    this.name = 'WrongDatabaseKeyError';
  }
}

export interface DatabaseOptions {
  /** The 256-bit database key; null opens a plain (unencrypted) file, as before version 0.2. */
  key: Buffer | null;
  /** A better-sqlite3 build for Electron, when the app runs from source under Electron. */
  nativeBinding?: string;
  readonly?: boolean;
}

/**
 * Opens a SQLite connection without touching the schema. With a key the file is SQLCipher 4
 * (AES-256, HMAC-SHA512 per page) keyed with the raw key, so `PRAGMA key = "x'…'"` opens it in any
 * SQLCipher 4 tool. Temporary tables and sort files stay in memory: nothing plain reaches the disk.
 */
export function connect(file: string, options: DatabaseOptions): Db {
  const db = new Database(file, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.readonly ? { readonly: true, fileMustExist: true } : {}),
  });
  try {
    if (options.key) applyKey(db, options.key);
    db.pragma('temp_store = MEMORY');
    // Reading the schema fails on a wrong key before anything else happens.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (error) {
    db.close();
    if (error instanceof Error && (error as { code?: string }).code === 'SQLITE_NOTADB') throw new WrongDatabaseKeyError();
    throw error;
  }
}

/** Keys a fresh connection in SQLCipher 4 mode. */
export function applyKey(db: Db, key: Buffer): void {
  if (key.length !== 32) throw new Error('A database key is 32 bytes');
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  db.pragma(`key = "x'${key.toString('hex')}'"`);
}

/** Opens (and creates or upgrades) the practice database at `file`. */
export function openDatabase(file: string, options: DatabaseOptions = { key: null }): Db {
  const db = connect(file, options);
  try {
    db.pragma('journal_mode = WAL');
    // FULL: a saved consultation survives a power cut, not only a crash.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // What is deleted (an erased dossier) is overwritten, not left in free pages.
    db.pragma('secure_delete = ON');
    // 64 MiB of page cache (SQLite's default is 2 MiB): a page read from the encrypted file is
    // decrypted and checked on every cache miss, and the aggregates of a large employer read
    // thousands of pages per run.
    db.pragma('cache_size = -65536');
    // A worker's name words (searchKey.ts), for the name search to check the words it did not ask
    // the FTS5 table for: that table keeps no text to check them on.
    db.function('name_words', { deterministic: true, directOnly: true }, (firstName: unknown, lastName: unknown) => nameWords(String(firstName), String(lastName)));
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The schema version written in a file, read without upgrading it. */
export function schemaVersionOf(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function migrate(db: Db): void {
  const current = schemaVersionOf(db);
  if (current > schemaVersion) throw new NewerDatabaseError(current, schemaVersion);
  for (let version = current + 1; version <= schemaVersion; version += 1) {
    const migration = migrations[version - 1] as Migration;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${version}`);
    })();
  }
}
