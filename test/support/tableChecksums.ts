import { createHash } from 'node:crypto';
import type { Db } from '../../src/main/services/store/database';

/** Per table: its row count and a SHA-256 of its rows (in sorted order), to prove two databases hold the same. */
export function tableChecksums(db: Db): Record<string, { rows: number; sha256: string }> {
  const tables = db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all();
  const result: Record<string, { rows: number; sha256: string }> = {};
  for (const { name } of tables) {
    const rows = db
      .prepare(`SELECT * FROM "${name}"`)
      .raw()
      .all()
      .map((row) => JSON.stringify(row))
      .sort();
    const hash = createHash('sha256');
    for (const row of rows) hash.update(`${row}\n`);
    result[name] = { rows: rows.length, sha256: hash.digest('hex') };
  }
  return result;
}
