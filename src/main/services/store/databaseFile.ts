import { closeSync, existsSync, openSync, readSync, rmSync } from 'node:fs';
import type { Db } from './database';

const plainHeader = Buffer.from('SQLite format 3\0', 'latin1');

/** True when `file` is an unencrypted SQLite database (its first 16 bytes are SQLite's header). */
export function isPlainDatabase(file: string): boolean {
  if (!existsSync(file)) return false;
  const header = Buffer.alloc(16);
  const descriptor = openSync(file, 'r');
  try {
    readSync(descriptor, header, 0, 16, 0);
  } finally {
    closeSync(descriptor);
  }
  return header.equals(plainHeader);
}

/** Removes a database file with its WAL and shared-memory files. */
export function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
}

/** Rows per table, by table name: what a copy must have to be the same practice. */
export function rowCounts(db: Db): Record<string, number> {
  const tables = db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all();
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    // Table names come from the schema itself, quoted as identifiers.
    counts[name] = (db.prepare(`SELECT count(*) AS n FROM "${name.replace(/"/g, '""')}"`).get() as { n: number }).n;
  }
  return counts;
}

/** SQLite's own check of every page and index; 'ok' when sound. */
export function integrityCheck(db: Db): string {
  const rows = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
  return rows.map((row) => row.integrity_check).join('; ');
}
