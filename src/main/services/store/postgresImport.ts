import { createHash } from 'node:crypto';
import type { Db } from './database';
import { schemaVersion } from './migrations';
import { migratePostgres } from './postgresMigrations';
import { nameWords } from './searchKey';
import type { SqlDatabase, SqlValue, SqlWriter } from './sql';

/** What each table holds after the import, on both sides: rows and a SHA-256 over them in key order. */
export interface ImportedTable {
  table: string;
  rows: number;
  sha256: string;
}

/** The copy differs from the practice file; nothing was kept. */
export class ImportMismatchError extends Error {
  constructor(
    readonly table: string,
    readonly source: { rows: number; sha256: string },
    readonly copy: { rows: number; sha256: string },
  ) {
    super(
      source.rows === copy.rows
        ? `The copy of table ${table} differs from the practice file (same ${source.rows} rows, different contents); nothing was imported.`
        : `The copy of table ${table} has ${copy.rows} rows where the practice file has ${source.rows}; nothing was imported.`,
    );
    this.name = 'ImportMismatchError';
  }
}

/** How one table is copied and compared. */
interface TableCopy {
  table: string;
  /** Columns on PostgreSQL, in the order the source query gives them. */
  columns: string[];
  /** The source rows in key order, each as values in `columns` order. */
  sourceRows(): Iterable<SqlValue[]>;
  /** The same rows, for comparing: what identifies them on the source (may be fewer columns than copied). */
  sourceCheck(): Iterable<SqlValue[]>;
  /** The PostgreSQL query that reads back what `sourceCheck` reads, in the same order. */
  targetCheck: string;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Copies a single-workstation practice file (`source`, open and at the current schema) into an
 * empty PostgreSQL database (`target`; migrated here first) in one transaction: every table, then
 * the identity sequences set past the highest id, then each table compared with the file by its row
 * count and a SHA-256 over its rows in primary-key order (values normalised the same way on both
 * sides, as read back through the driver). Any difference rolls everything back and names the table.
 * After the commit the database is vacuumed, frozen and analysed, so the first queries are planned
 * on the real sizes and read pages that need no more work.
 *
 * The worker name index is not copied (SQLite's full-text table keeps no text to read): it is made
 * again from the workers' names, for the same workers, and compared with the file's index row by
 * row (its worker ids, each with the words of that worker's names).
 */
export async function importIntoPostgres(source: Db, target: SqlDatabase): Promise<ImportedTable[]> {
  const fileVersion = source.pragma('user_version', { simple: true }) as number;
  if (fileVersion !== schemaVersion) {
    throw new Error(`The practice file is at schema ${fileVersion}; open it with this version of Ruggensteun first (schema ${schemaVersion}).`);
  }
  await migratePostgres(target);
  const copies = tableCopies(source);

  const report = await target.transaction(async (tx) => {
    await refuseNonEmpty(tx);
    // Rows go in table by table; the foreign keys are checked once, at COMMIT.
    await tx.run('SET CONSTRAINTS ALL DEFERRED');
    for (const copy of copies) await insertAll(tx, copy);
    await restartIdentities(tx);
    const report: ImportedTable[] = [];
    for (const copy of copies) {
      const expected = checksum(copy.sourceCheck());
      const actual = await targetChecksum(tx, copy.targetCheck);
      if (expected.rows !== actual.rows || expected.sha256 !== actual.sha256) throw new ImportMismatchError(copy.table, expected, actual);
      report.push({ table: copy.table, ...expected });
    }
    return report;
  });
  // Ready to serve now rather than when autovacuum first comes by: the planner's statistics for the
  // new rows, and every page marked all-visible and frozen. Otherwise the first hours of the server
  // read a freshly written practice (each first read of a row also checks and marks its commit),
  // while autovacuum sweeps every table beside the doctors' work, and again later to freeze it.
  await target.run('VACUUM (FREEZE, ANALYZE)');
  return report;
}

function tableCopies(source: Db): TableCopy[] {
  const tables = source
    .prepare<[], { name: string }>(`SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all()
    .map((row) => row.name);
  const copies = tables.map((table): TableCopy => {
    const info = source.prepare<[string], { name: string; type: string; pk: number }>('SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid').all(table);
    const columns = info.map((column) => column.name);
    const key = info.filter((column) => column.pk > 0).sort((a, b) => a.pk - b.pk);
    if (key.length === 0) throw new Error(`Table ${table} has no primary key to compare its rows by`);
    const list = columns.map(quote).join(', ');
    const sourceSql = `SELECT ${list} FROM ${quote(table)} ORDER BY ${key.map((column) => quote(column.name)).join(', ')}`;
    // Text keys in byte order, as SQLite's BINARY collation sorts them, whatever the database's collation.
    const targetOrder = key.map((column) => `${quote(column.name)}${column.type === 'TEXT' ? ' COLLATE "C"' : ''}`).join(', ');
    const rows = () => source.prepare(sourceSql).raw().iterate() as Iterable<SqlValue[]>;
    return { table, columns, sourceRows: rows, sourceCheck: rows, targetCheck: `SELECT ${list} FROM ${quote(table)} ORDER BY ${targetOrder}` };
  });
  const names = source.prepare('SELECT w.id, w.first_name, w.last_name, w.employer_id, w.sort_key FROM workers w WHERE w.id IN (SELECT rowid FROM worker_names) ORDER BY w.id');
  // Every row of the file's index, with the words its worker's names give (none for a row without a worker).
  const indexed = source.prepare('SELECT n.rowid, w.first_name, w.last_name FROM worker_names n LEFT JOIN workers w ON w.id = n.rowid ORDER BY n.rowid');
  copies.push({
    table: 'worker_names',
    // With its worker's employer and sort key (migration 0016); a foreign key holds them to the worker's.
    columns: ['worker_id', 'words', 'employer_id', 'sort_key'],
    *sourceRows() {
      for (const [id, first, last, employerId, sortKey] of names.raw().iterate() as Iterable<[number, string, string, number, string]>) {
        yield [id, nameWords(first, last), employerId, sortKey];
      }
    },
    *sourceCheck() {
      for (const [id, first, last] of indexed.raw().iterate() as Iterable<[number, string | null, string | null]>) {
        yield [id, first === null || last === null ? null : nameWords(first, last)];
      }
    },
    targetCheck: 'SELECT worker_id, words FROM worker_names ORDER BY worker_id',
  });
  return copies;
}

async function refuseNonEmpty(tx: SqlWriter): Promise<void> {
  const tables = await tx.all<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_version' ORDER BY tablename`);
  for (const { name } of tables) {
    if (await tx.get(`SELECT 1 AS found FROM ${quote(name)} LIMIT 1`)) {
      throw new Error(`The PostgreSQL database already holds data (table ${name}); import into a new, empty database.`);
    }
  }
}

/** Rows per INSERT: many per round trip, well under PostgreSQL's 65535 parameters. */
const batchParameters = 8000;

async function insertAll(tx: SqlWriter, copy: TableCopy): Promise<void> {
  const perBatch = Math.max(1, Math.floor(batchParameters / copy.columns.length));
  const head = `INSERT INTO ${quote(copy.table)} (${copy.columns.map(quote).join(', ')}) VALUES `;
  const tuple = `(${copy.columns.map(() => '?').join(', ')})`;
  let batch: SqlValue[][] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    try {
      await tx.run(head + batch.map(() => tuple).join(', '), batch.flat());
    } catch (error) {
      throw new Error(`Copying table ${copy.table} failed; nothing was imported: ${(error as Error).message}`, { cause: error });
    }
    batch = [];
  };
  // Only this import uses the practice file, so its cursor may stay open across the awaits.
  for (const row of copy.sourceRows()) {
    batch.push(row);
    if (batch.length === perBatch) await flush();
  }
  await flush();
}

/** New rows get ids after the imported ones. */
async function restartIdentities(tx: SqlWriter): Promise<void> {
  const identities = await tx.all<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND is_identity = 'YES' ORDER BY table_name`,
  );
  for (const { table_name: table, column_name: column } of identities) {
    await tx.run(
      `SELECT setval(pg_get_serial_sequence(@table, @column), (SELECT COALESCE(max(${quote(column)}), 0) + 1 FROM ${quote(table)}), false)`,
      { table: quote(table), column },
    );
  }
}

/** One line per row: its values as JSON, a Buffer as its hex; the same for both engines' rows. */
function rowLine(row: readonly unknown[]): string {
  return JSON.stringify(row.map((value) => (Buffer.isBuffer(value) ? { bytes: value.toString('hex') } : value)));
}

function checksum(rows: Iterable<readonly unknown[]>): { rows: number; sha256: string } {
  const hash = createHash('sha256');
  let count = 0;
  for (const row of rows) {
    hash.update(`${rowLine(row)}\n`);
    count += 1;
  }
  return { rows: count, sha256: hash.digest('hex') };
}

/** The checksum of a query's rows, fetched through a cursor so a large table never sits in memory whole. */
async function targetChecksum(tx: SqlWriter, query: string): Promise<{ rows: number; sha256: string }> {
  const hash = createHash('sha256');
  let count = 0;
  await tx.run(`DECLARE import_check NO SCROLL CURSOR FOR ${query}`);
  for (;;) {
    const rows = await tx.all<Record<string, unknown>>('FETCH 1000 FROM import_check');
    if (rows.length === 0) break;
    for (const row of rows) {
      hash.update(`${rowLine(Object.values(row))}\n`);
      count += 1;
    }
  }
  await tx.run('CLOSE import_check');
  return { rows: count, sha256: hash.digest('hex') };
}
