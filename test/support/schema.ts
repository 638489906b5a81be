import type Database from 'better-sqlite3-multiple-ciphers';

/**
 * The schema of a practice file as text: every table, index and trigger as SQLite stores its
 * definition (columns added by ALTER TABLE included), sorted by name, then the schema version.
 * Shadow tables of the full-text index are left out: SQLite makes them from the virtual table.
 */
export function schemaOf(db: Database.Database): string {
  const shadowTables = new Set(
    db
      .prepare<[], { name: string }>(`SELECT name FROM pragma_table_list WHERE type = 'shadow'`)
      .all()
      .map((row) => row.name),
  );
  const objects = db
    .prepare<[], { type: string; name: string; sql: string }>(
      `SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type DESC, name`,
    )
    .all()
    .filter((object) => !shadowTables.has(object.name));
  const statements = objects.map((object) => `-- ${object.type} ${object.name}\n${object.sql.trim()};\n`);
  const version = db.pragma('user_version', { simple: true }) as number;
  return [`-- Practice file schema, user_version ${version}. Regenerate with: npm run schema:snapshot`, '', ...statements].join('\n');
}
