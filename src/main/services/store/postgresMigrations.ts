import { migrations as allMigrations, type Migration } from './migrations';
import type { SqlDatabase, SqlReader } from './sql';

/** The PostgreSQL database was migrated by a newer Ruggensteun; this version must not touch it. */
export class NewerPostgresSchemaError extends Error {
  constructor(
    readonly databaseVersion: number,
    readonly supportedVersion: number,
  ) {
    super(
      `This practice database was set up by a newer version of Ruggensteun (schema ${databaseVersion}; ` +
        `this version knows up to ${supportedVersion}). Install the newer version on the practice server.`,
    );
    this.name = 'NewerPostgresSchemaError';
  }
}

/*
 * The schema version of a PostgreSQL practice database lives in a one-row table (SQLite keeps it
 * in the file header's user_version). Each migration runs in its own transaction together with the
 * new version number, under an advisory lock, so two servers started at once never run a step twice.
 */
const versionTable = `CREATE TABLE IF NOT EXISTS schema_version (
    id integer PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    version integer NOT NULL CHECK (version >= 0)
  )`;
/** Any fixed number: the key of the advisory lock the migrator holds while it runs a step. */
const migrationLock = 7_384_221;

/** The schema version of the database; 0 when it has none yet (an empty database). */
export async function postgresSchemaVersion(db: SqlReader): Promise<number> {
  const table = await db.get<{ found: string | null }>("SELECT to_regclass('schema_version')::text AS found");
  if (!table?.found) return 0;
  return (await db.get<{ version: number }>('SELECT version FROM schema_version'))?.version ?? 0;
}

/** Brings the database up to the newest schema (or to `list`'s last version), one step per transaction. */
export async function migratePostgres(db: SqlDatabase, list: readonly Migration[] = allMigrations): Promise<number> {
  // The practice's texts are UTF-8 (names in every alphabet); a database in another encoding would refuse or mangle them.
  const encoding = await db.get<{ encoding: string }>('SELECT pg_encoding_to_char(encoding) AS encoding FROM pg_database WHERE datname = current_database()');
  if (encoding?.encoding !== 'UTF8') {
    throw new Error(`The PostgreSQL database has encoding ${encoding?.encoding}; make it with ENCODING 'UTF8' (see the README).`);
  }
  // inVersionOrder: the list's versions are 1, 2, 3…, so its length is its last version.
  const target = list.length;
  await db.transaction(async (tx) => {
    await tx.run('SELECT pg_advisory_xact_lock(?)', [migrationLock]);
    await tx.run(versionTable);
    await tx.run('INSERT INTO schema_version (id, version) VALUES (1, 0) ON CONFLICT (id) DO NOTHING');
  });
  for (;;) {
    const done = await db.transaction(async (tx) => {
      await tx.run('SELECT pg_advisory_xact_lock(?)', [migrationLock]);
      const version = await postgresSchemaVersion(tx);
      if (version > target) throw new NewerPostgresSchemaError(version, target);
      const next = list[version];
      if (version === target || !next) return true;
      await tx.run(next.postgres);
      await tx.run('UPDATE schema_version SET version = ?', [next.version]);
      return false;
    });
    if (done) return target;
  }
}
