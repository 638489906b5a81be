import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/services/store/database';
import { migrations, schemaVersion } from '../../src/main/services/store/migrations';
import { openPostgresDatabase } from '../../src/main/services/store/postgresDatabase';
import { migratePostgres, NewerPostgresSchemaError, postgresSchemaVersion } from '../../src/main/services/store/postgresMigrations';
import { nameSortKey, nameWords } from '../../src/main/services/store/searchKey';
import type { SqlDatabase } from '../../src/main/services/store/sql';
import { usePostgresCluster } from '../support/postgresCluster';
import { postgresSchemaOf } from '../support/postgresSchema';
import { temporaryDirectory } from '../support/practiceFixture';

/*
 * The PostgreSQL form of every migration: the committed postgres-schema-snapshot.sql is what a
 * freshly migrated database must have (regenerate with `npm run schema:snapshot` and review the
 * difference), and it must hold the same tables, columns and indexes as the SQLite practice file.
 */

const cluster = usePostgresCluster();
const opened: SqlDatabase[] = [];

async function emptyDatabase(): Promise<SqlDatabase> {
  const db = openPostgresDatabase({ connection: await cluster().createDatabase(), poolSize: 2 });
  opened.push(db);
  return db;
}

afterAll(async () => {
  await Promise.all(opened.map((db) => db.close()));
});

/** SQLite's declared types and the PostgreSQL types the migrations translate them to. */
const sameType: Record<string, string[]> = {
  INTEGER: ['bigint', 'integer'],
  TEXT: ['text'],
  REAL: ['double precision'],
  BLOB: ['bytea'],
};

describe('the PostgreSQL migrations', () => {
  it('make the schema of the committed snapshot and record the newest version', async () => {
    const db = await emptyDatabase();
    expect(await migratePostgres(db)).toBe(schemaVersion);
    expect(await postgresSchemaVersion(db)).toBe(schemaVersion);
    await expect(await postgresSchemaOf(db)).toMatchFileSnapshot('./postgres-schema-snapshot.sql');
    // Running again changes nothing.
    expect(await migratePostgres(db)).toBe(schemaVersion);
    expect(await db.all('SELECT * FROM schema_version')).toEqual([{ id: 1, version: schemaVersion }]);
  });

  it('make the same tables, columns (name, order, type, NOT NULL) and indexes as on SQLite', async () => {
    const db = await emptyDatabase();
    await migratePostgres(db);
    const sqlite = openDatabase(join(temporaryDirectory(), 'practice.sqlite'));
    const sqliteTables = sqlite
      .prepare<[], { name: string }>(`SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
      .all()
      .map((row) => row.name);
    const postgresTables = (await db.all<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)).map(
      (row) => row.name,
    );
    // SQLite's worker_names is a full-text (virtual) table; PostgreSQL's a table with a full-text index.
    expect(postgresTables).toEqual([...sqliteTables, 'schema_version', 'worker_names'].sort());

    for (const table of sqliteTables) {
      const sqliteColumns = sqlite
        .prepare<[string], { name: string; type: string; notnull: number; pk: number }>('SELECT name, type, "notnull", pk FROM pragma_table_info(?) ORDER BY cid')
        .all(table);
      const postgresColumns = await db.all<{ name: string; type: string; notnull: number }>(
        `SELECT column_name AS name, data_type AS type, is_nullable = 'NO' AS notnull FROM information_schema.columns
          WHERE table_schema = 'public' AND table_name = ? ORDER BY ordinal_position`,
        [table],
      );
      expect(postgresColumns.map((column) => column.name), table).toEqual(sqliteColumns.map((column) => column.name));
      sqliteColumns.forEach((column, index) => {
        const other = postgresColumns[index];
        expect(sameType[column.type], `${table}.${column.name}: ${column.type} became ${other?.type}`).toContain(other?.type);
        // A primary key is NOT NULL on PostgreSQL even where SQLite does not say so.
        expect(other?.notnull, `${table}.${column.name} NOT NULL`).toBe(column.notnull === 1 || column.pk > 0 ? 1 : 0);
      });
    }

    const sqliteIndexes = sqlite
      .prepare<[], { name: string }>(`SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name`)
      .all()
      .map((row) => row.name);
    const postgresIndexes = (
      await db.all<{ name: string }>(
        `SELECT indexname AS name FROM pg_indexes WHERE schemaname = 'public'
            AND indexname NOT IN (SELECT conname FROM pg_constraint) ORDER BY indexname`,
      )
    ).map((row) => row.name);
    expect(postgresIndexes).toEqual([...sqliteIndexes, 'worker_names_lexemes'].sort());
    sqlite.close();
  });

  it('keep the checks and the draft key of the SQLite schema', async () => {
    const db = await emptyDatabase();
    await migratePostgres(db);
    await db.run(`INSERT INTO users (name, name_key, role, passphrase_hash, created_at) VALUES ('Dr. A', 'dr. a', 'doctor', 'h', 'now')`);
    const badRegistration = db.run(`UPDATE users SET professional_registration = '1234567890a'`);
    await expect(badRegistration).rejects.toThrow(/users_professional_registration_check/);
    await db.run(`UPDATE users SET professional_registration = '12345678901'`);
    await expect(db.run(`INSERT INTO users (name, name_key, role, passphrase_hash, created_at) VALUES ('X', 'x', 'dentist', 'h', 'now')`)).rejects.toThrow(
      /users_role_check/,
    );
    await db.run(`INSERT INTO employers (name, sector, created_at, updated_at) VALUES ('E', 'private', 'now', 'now')`);
    await db.run(
      `INSERT INTO workers (employer_id, personnel_number, personnel_number_key, first_name, last_name, sort_key, birth_date, contract_hours, created_at, updated_at)
       VALUES (1, 'P1', 'p1', 'Ann', 'Smet', 'smet', '1980-01-01', 38, 'now', 'now')`,
    );
    // One draft per worker, doctor and consultation, a new consultation (no id) included.
    const draft = `INSERT INTO consultation_drafts (worker_id, doctor_id, consultation_id, document, saved_at) VALUES (1, 1, NULL, '{}', 'now')`;
    await db.run(draft);
    await expect(db.run(draft)).rejects.toThrow(/consultation_drafts_key/);
    // A names row of a worker that does not exist is refused, and one whose employer or sort key
    // differs from its worker's; a change of the worker's sort key is carried over to it.
    const names = `INSERT INTO worker_names (worker_id, words, employer_id, sort_key) VALUES (?, 'ann smet', 1, ?)`;
    await expect(db.run(names, [99, 'smet'])).rejects.toThrow(/worker_names_worker_order/);
    await expect(db.run(names, [1, 'smit'])).rejects.toThrow(/worker_names_worker_order/);
    await db.run(names, [1, 'smet']);
    await db.run(`UPDATE workers SET sort_key = 'smit' WHERE id = 1`);
    expect(await db.all('SELECT worker_id, employer_id, sort_key FROM worker_names')).toEqual([{ worker_id: 1, employer_id: 1, sort_key: 'smit' }]);
    await db.run(`INSERT INTO practice_settings (id, name, jurisdiction, language, created_at) VALUES (1, 'P', 'BE', 'nl', 'now')`);
    await db.run(`UPDATE practice_settings SET logo = ?`, [Buffer.alloc(262_144)]);
    await expect(db.run(`UPDATE practice_settings SET logo = ?`, [Buffer.alloc(262_145)])).rejects.toThrow(/practice_settings_logo_check/);
  });

  it('sign saved consultations and read the red-flag screening from the stored intake (step 10)', async () => {
    const db = await emptyDatabase();
    await migratePostgres(db, migrations.slice(0, 9));
    expect(await postgresSchemaVersion(db)).toBe(9);
    await db.run(`INSERT INTO users (name, name_key, role, passphrase_hash, created_at) VALUES ('Dr. A', 'dr. a', 'doctor', 'h', 'now')`);
    await db.run(`INSERT INTO employers (name, sector, created_at, updated_at) VALUES ('E', 'private', 'now', 'now')`);
    await db.run(
      `INSERT INTO workers (employer_id, personnel_number, personnel_number_key, first_name, last_name, sort_key, birth_date, contract_hours, created_at, updated_at)
       VALUES (1, 'P1', 'p1', 'Ann', 'Smet', 'smet', '1980-01-01', 38, 'now', 'now')`,
    );
    await db.run(`INSERT INTO episodes (worker_id, onset_date, work_status, created_at, updated_at) VALUES (1, '2026-01-01', 'working', 'now', 'now')`);
    const consultation = `INSERT INTO consultations (episode_id, worker_id, doctor_id, consultation_date, status, created_at, updated_at, intake)
      VALUES (1, 1, 1, '2026-01-02', @status, 'c', 'u', @intake)`;
    await db.run(consultation, { status: 'final', intake: '{"redFlags":{"fever":false,"saddleAnaesthesia":true}}' });
    await db.run(consultation, { status: 'final', intake: '{"redFlags":{"fever":false}}' });
    await db.run(consultation, { status: 'draft', intake: '{"redFlags":{}}' });

    await migratePostgres(db);
    const rows = await db.all<{ signed_by: number | null; signed_at: string | null; screened: string }>(
      `SELECT signed_by, signed_at, intake::jsonb ->> 'redFlagsScreened' AS screened FROM consultations ORDER BY id`,
    );
    expect(rows).toEqual([
      { signed_by: 1, signed_at: 'u', screened: 'true' },
      { signed_by: 1, signed_at: 'u', screened: 'false' },
      { signed_by: null, signed_at: null, screened: 'false' },
    ]);
  });

  it('give the names rows of a server in use their worker\'s employer and sort key (step 16)', async () => {
    const db = await emptyDatabase();
    await migratePostgres(db, migrations.slice(0, 15));
    await db.run(`INSERT INTO employers (name, sector, created_at, updated_at) VALUES ('E', 'private', 'now', 'now'), ('F', 'private', 'now', 'now')`);
    for (const [employer, first, last] of [[1, 'Ann', 'Smet'], [2, 'Jan', 'Van Dijk']] as const) {
      const worker = await db.get<{ id: number }>(
        `INSERT INTO workers (employer_id, personnel_number, personnel_number_key, first_name, last_name, sort_key, birth_date, contract_hours, created_at, updated_at)
         VALUES (@employer, @last, @last, @first, @last, @sortKey, '1980-01-01', 38, 'now', 'now') RETURNING id`,
        { employer, first, last, sortKey: nameSortKey(first, last) },
      );
      await db.run('INSERT INTO worker_names (worker_id, words) VALUES (?, ?)', [worker?.id ?? 0, nameWords(first, last)]);
    }

    await migratePostgres(db);
    expect(await db.all('SELECT worker_id, employer_id, sort_key FROM worker_names ORDER BY worker_id')).toEqual([
      { worker_id: 1, employer_id: 1, sort_key: nameSortKey('Ann', 'Smet') },
      { worker_id: 2, employer_id: 2, sort_key: nameSortKey('Jan', 'Van Dijk') },
    ]);
    // A worker moved to another employer takes its names row along.
    await db.run('UPDATE workers SET employer_id = 1 WHERE id = 2');
    expect(await db.get('SELECT employer_id FROM worker_names WHERE worker_id = 2')).toEqual({ employer_id: 1 });
  });

  it('run each step in its own transaction: a failing step leaves the version before it', async () => {
    const db = await emptyDatabase();
    const broken = [migrations[0], { version: 2, sql: '', postgres: 'CREATE TABLE half_done (id integer); SELECT * FROM nowhere;' }];
    await expect(migratePostgres(db, broken as typeof migrations)).rejects.toThrow(/nowhere/);
    expect(await postgresSchemaVersion(db)).toBe(1);
    expect(await db.get("SELECT to_regclass('half_done') AS found")).toEqual({ found: null });
  });

  it('refuse a database whose encoding is not UTF-8', async () => {
    const db = openPostgresDatabase({ connection: await cluster().createDatabase({ encoding: 'LATIN1' }), poolSize: 1 });
    opened.push(db);
    await expect(migratePostgres(db)).rejects.toThrow(/encoding LATIN1; make it with ENCODING 'UTF8'/);
    expect(await db.get("SELECT to_regclass('schema_version') AS found")).toEqual({ found: null });
  });

  it('refuse a database set up by a newer version', async () => {
    const db = await emptyDatabase();
    await migratePostgres(db);
    await db.run('UPDATE schema_version SET version = ?', [schemaVersion + 1]);
    const refusal = migratePostgres(db);
    await expect(refusal).rejects.toBeInstanceOf(NewerPostgresSchemaError);
    await expect(refusal).rejects.toThrow(`schema ${schemaVersion + 1}`);
  });
});

describe('the worker name search on PostgreSQL', () => {
  it('finds workers by the start of any name word through the full-text index of the names', async () => {
    const db = await emptyDatabase();
    await migratePostgres(db);
    await db.run(`INSERT INTO employers (name, sector, created_at, updated_at) VALUES ('E', 'private', 'now', 'now')`);
    const names = [
      ['Émile', 'Van den Broeck'],
      ['Ann', 'Vandamme'],
      ['Jan', 'Devan'],
    ];
    for (const [first, last] of names) {
      const worker = await db.get<{ id: number }>(
        `INSERT INTO workers (employer_id, personnel_number, personnel_number_key, first_name, last_name, sort_key, birth_date, contract_hours, created_at, updated_at)
         VALUES (1, @last, @last, @first, @last, @last, '1980-01-01', 38, 'now', 'now') RETURNING id`,
        { first: first ?? '', last: last ?? '' },
      );
      await db.run('INSERT INTO worker_names (worker_id, words, employer_id, sort_key) VALUES (?, ?, 1, ?)', [worker?.id ?? 0, nameWords(first ?? '', last ?? ''), last ?? '']);
    }
    const search = `SELECT w.first_name FROM workers w JOIN worker_names n ON n.worker_id = w.id
      WHERE to_tsvector('simple', n.words) @@ to_tsquery('simple', ? || ':*') ORDER BY w.id`;
    expect(await db.all(search, ['van'])).toEqual([{ first_name: 'Émile' }, { first_name: 'Ann' }]);
    expect(await db.all(search, ['emi'])).toEqual([{ first_name: 'Émile' }]);
    expect(await db.all(search, ['vandenb'])).toEqual([{ first_name: 'Émile' }]);

    await db.transaction(async (tx) => {
      await tx.run('SET LOCAL enable_seqscan = off');
      const plan = await tx.all<{ 'QUERY PLAN': string }>(`EXPLAIN SELECT worker_id FROM worker_names WHERE to_tsvector('simple', words) @@ to_tsquery('simple', 'van:*')`);
      expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toMatch(/Bitmap Index Scan on worker_names_lexemes/);
    });
  });
});
