import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/main/services/store/database';
import { rowCounts } from '../../src/main/services/store/databaseFile';
import { schemaVersion } from '../../src/main/services/store/migrations';
import { openPostgresDatabase, type PostgresOptions } from '../../src/main/services/store/postgresDatabase';
import { ImportMismatchError, importIntoPostgres } from '../../src/main/services/store/postgresImport';
import { migratePostgres } from '../../src/main/services/store/postgresMigrations';
import { nameWords } from '../../src/main/services/store/searchKey';
import type { SqlDatabase } from '../../src/main/services/store/sql';
import { importOptions } from '../../src/main/server/importOptions';
import { importPracticeFolder } from '../../src/main/server/importPracticeFolder';
import { usePostgresCluster } from '../support/postgresCluster';
import { employerWithJob, fixedClock, temporaryDirectory, valueOf } from '../support/practiceFixture';
import { practiceFolder } from '../support/practiceServerFixture';

/*
 * Moving a single-workstation practice to the practice server: the demo practice written by the
 * previous version (opened, and so migrated, as the app opens it) copied into an empty PostgreSQL
 * database and compared table by table; a copy that differs is refused and nothing stays behind.
 */

const cluster = usePostgresCluster();
const opened: Array<{ close(): unknown }> = [];

afterAll(async () => {
  for (const handle of opened.reverse()) await handle.close();
});

function demoPractice(): Db {
  const file = join(temporaryDirectory(), 'practice.sqlite');
  copyFileSync(join(__dirname, 'fixtures', `demo-practice-v${schemaVersion - 1}.db`), file);
  const db = openDatabase(file);
  opened.push(db);
  return db;
}

function connect(connection: PostgresOptions['connection']): SqlDatabase {
  const db = openPostgresDatabase({ connection });
  opened.push(db);
  return db;
}

async function emptyDatabase(): Promise<SqlDatabase> {
  return connect(await cluster().createDatabase());
}

async function postgresCounts(db: SqlDatabase): Promise<Record<string, number>> {
  const tables = await db.all<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_version'`);
  const counts: Record<string, number> = {};
  for (const { name } of tables) counts[name] = (await db.get<{ n: number }>(`SELECT count(*) AS n FROM "${name}"`))?.n ?? -1;
  return counts;
}

describe('importing a practice file into PostgreSQL', () => {
  it('copies every table of the demo practice, verified, with the sequences after the last ids and names searchable', async () => {
    const source = demoPractice();
    const target = await emptyDatabase();
    const started = performance.now();
    const report = await importIntoPostgres(source, target);
    console.log(`Imported the demo practice into PostgreSQL in ${Math.round(performance.now() - started)} ms`);

    // SQLite's own tables behind the full-text index are not the practice's.
    const sourceCounts = Object.fromEntries(Object.entries(rowCounts(source)).filter(([name]) => !name.startsWith('worker_names_')));
    expect(sourceCounts).toMatchObject({ workers: 50, users: 2, employers: 3 });
    expect(Object.fromEntries(report.map((table) => [table.table, table.rows]))).toEqual(sourceCounts);
    expect(await postgresCounts(target)).toEqual(sourceCounts);
    for (const table of report) expect(table.sha256).toMatch(/^[0-9a-f]{64}$/);

    // The same values came across: a consultation's documents and a double, as SQLite has them.
    const original = source.prepare('SELECT id, intake, evaluation, updated_at FROM consultations ORDER BY id LIMIT 1').get();
    expect(await target.get('SELECT id, intake, evaluation, updated_at FROM consultations ORDER BY id LIMIT 1')).toEqual(original);
    const hours = source.prepare('SELECT sum(contract_hours) AS total FROM workers').get();
    expect(await target.get('SELECT sum(contract_hours) AS total FROM workers')).toEqual(hours);

    // A new row gets the next id.
    const lastEmployer = source.prepare<[], { id: number }>('SELECT max(id) AS id FROM employers').get()?.id ?? 0;
    const added = await target.get<{ id: number }>(`INSERT INTO employers (name, sector, created_at, updated_at) VALUES ('Nieuw', 'other', 'now', 'now') RETURNING id`);
    expect(added?.id).toBe(lastEmployer + 1);

    // Every worker can be found by the start of a name word, through the full-text index of the names.
    const someone = source.prepare<[], { id: number; first_name: string; last_name: string }>('SELECT id, first_name, last_name FROM workers ORDER BY id DESC LIMIT 1').get();
    if (!someone) throw new Error('no worker');
    const word = nameWords(someone.first_name, someone.last_name).split(' ').at(-1) ?? '';
    const found = await target.all<{ worker_id: number }>(`SELECT worker_id FROM worker_names WHERE to_tsvector('simple', words) @@ to_tsquery('simple', ? || ':*')`, [
      word.slice(0, 3),
    ]);
    expect(found.map((row) => row.worker_id)).toContain(someone.id);

    // Ready to serve: every table of the practice vacuumed (its pages all-visible and frozen) and analysed.
    const maintained = await target.all<{ name: string; vacuumed: number; analysed: number }>(
      `SELECT relname AS name, (last_vacuum IS NOT NULL) AS vacuumed, (last_analyze IS NOT NULL) AS analysed
         FROM pg_stat_user_tables WHERE relname IN ('workers', 'consultations', 'episodes') ORDER BY relname`,
    );
    expect(maintained).toEqual(['consultations', 'episodes', 'workers'].map((name) => ({ name, vacuumed: 1, analysed: 1 })));
  });

  it('refuses a database that holds data already, and leaves it as it was', async () => {
    const target = await emptyDatabase();
    await importIntoPostgres(demoPractice(), target);
    const before = await postgresCounts(target);
    await expect(importIntoPostgres(demoPractice(), target)).rejects.toThrow(/already holds data/);
    expect(await postgresCounts(target)).toEqual(before);
  });

  it.each([
    { table: 'workers', change: "IF NEW.id = 3 THEN NEW.last_name := NEW.last_name || 'x'; END IF;", rows: 50 },
    { table: 'worker_names', change: "IF NEW.worker_id = 7 THEN NEW.words := 'someone else'; END IF;", rows: 50 },
  ])('finds a copy whose contents differ in $table, names the table and keeps nothing', async ({ table, change, rows }) => {
    const target = await emptyDatabase();
    await migratePostgres(target);
    // Something between the file and the database changes one row on its way in.
    await target.run(`CREATE FUNCTION tamper() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${change} RETURN NEW; END $$`);
    await target.run(`CREATE TRIGGER tamper BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION tamper()`);

    const failure = importIntoPostgres(demoPractice(), target);
    await expect(failure).rejects.toBeInstanceOf(ImportMismatchError);
    await expect(failure).rejects.toThrow(`The copy of table ${table} differs from the practice file (same ${rows} rows, different contents)`);
    expect(Object.values(await postgresCounts(target)).every((n) => n === 0)).toBe(true);
  });

  it('finds a copy that lost a row, names the table and keeps nothing', async () => {
    const target = await emptyDatabase();
    await migratePostgres(target);
    await target.run(`CREATE FUNCTION drop_one() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.id = 2 THEN RETURN NULL; END IF; RETURN NEW; END $$`);
    await target.run('CREATE TRIGGER drop_one BEFORE INSERT ON workers FOR EACH ROW EXECUTE FUNCTION drop_one()');

    await expect(importIntoPostgres(demoPractice(), target)).rejects.toThrow('The copy of table workers has 49 rows where the practice file has 50');
    expect(Object.values(await postgresCounts(target)).every((n) => n === 0)).toBe(true);
  });
});

describe('the import command', () => {
  it('opens an encrypted practice folder with its recovery key and imports it; a wrong key imports nothing', async () => {
    const folder = await practiceFolder({
      seed: async (handlers) => {
        const { employerId, departmentId, jobPositionId } = await employerWithJob(handlers);
        valueOf(
          await handlers.call('workers.save', {
            employerId, departmentId, jobPositionId, personnelNumber: 'A-1', firstName: 'Émile', lastName: 'Van den Broeck',
            birthDate: '1980-05-01', contractHoursPerWeek: 38,
          }),
        );
      },
    });
    const connection = await cluster().createDatabase();
    const directory = temporaryDirectory();
    await expect(importPracticeFolder({ from: folder.directory, directory, recoveryKey: async () => 'AAAA-BBBB', connection, clock: fixedClock() })).rejects.toThrow(
      /recovery key does not open/,
    );
    expect(readdirSync(directory)).toEqual([]);

    const { tables, newRecoveryKey } = await importPracticeFolder({ from: folder.directory, directory, recoveryKey: async () => folder.recoveryKey, connection, clock: fixedClock() });
    expect(newRecoveryKey).toBeNull();
    expect(Object.fromEntries(tables.map((table) => [table.table, table.rows]))).toMatchObject({ users: 3, workers: 1, worker_names: 1, employers: 1 });
    const target = connect(connection);
    expect(await target.get('SELECT first_name, sort_key FROM workers')).toEqual({ first_name: 'Émile', sort_key: 'van den broeck\u0001emile' });
    expect(await target.get('SELECT words FROM worker_names')).toEqual({ words: 'emile van den broeck vandenbroeck' });
  });

  it('reads its folder and key file from the command line', () => {
    expect(importOptions(['--from', '/srv/praktijk', '--data', '/srv/server', '--recovery-key-file', '/root/key'], {})).toEqual({
      from: '/srv/praktijk',
      directory: '/srv/server',
      recoveryKeyFile: '/root/key',
    });
    expect(importOptions(['--from', '/srv/praktijk'], { RUGGENSTEUN_DATA_DIR: '/srv/server' })).toEqual({ from: '/srv/praktijk', directory: '/srv/server', recoveryKeyFile: null });
    expect(() => importOptions([])).toThrow(/--from is required/);
    expect(() => importOptions(['--from'])).toThrow(/--from needs a value/);
    expect(() => importOptions(['--to', 'x'])).toThrow(/Unknown option --to/);
  });
});
