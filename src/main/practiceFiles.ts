import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';

/** The database file and the two SQLite keeps beside it in WAL mode. */
function databaseFiles(file: string): string[] {
  return [file, `${file}-wal`, `${file}-shm`];
}

/**
 * Only the user running Ruggensteun may enter the data folder: 0700, also when it already existed
 * with wider rights (mkdir's mode only applies to a folder it creates).
 */
export function privateFolder(directory: string): void {
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  chmodSync(directory, 0o700);
}

/**
 * Creates the database file 0600 before SQLite opens it (SQLite gives the WAL and shared-memory
 * files the same rights as the database), and narrows files that already exist to 0600.
 */
export function privateDatabaseFiles(file: string): void {
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  for (const path of databaseFiles(file)) if (existsSync(path)) chmodSync(path, 0o600);
}
