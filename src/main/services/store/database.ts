import Database from 'better-sqlite3';
import { migrations, schemaVersion, type Migration } from './migrations';

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

/**
 * Opens (and creates or upgrades) the practice database at `file`. `nativeBinding` points at a
 * better-sqlite3 build for Electron when the app runs from source under Electron.
 */
export function openDatabase(file: string, nativeBinding?: string): Db {
  const db = new Database(file, nativeBinding ? { nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    // FULL: a saved consultation survives a power cut, not only a crash.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > schemaVersion) throw new NewerDatabaseError(current, schemaVersion);
  for (let version = current + 1; version <= schemaVersion; version += 1) {
    const migration = migrations[version - 1] as Migration;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${version}`);
    })();
  }
}
