import { createHash } from 'node:crypto';
import { Pool, types, type PoolClient, type PoolConfig, type QueryResultRow } from 'pg';
import { toPostgres } from './postgresParameters';
import type { SqlDatabase, SqlParams, SqlRunResult, SqlWriter } from './sql';

export interface PostgresOptions {
  /** Where and as whom to connect: host (or a Unix socket folder), port, user, password, database. */
  connection: Omit<PoolConfig, 'max' | 'types'>;
  /** Connections kept open at most; a call waits for a free one beyond that. */
  poolSize?: number;
  /** An idle pooled connection broke (the server restarted, the network dropped); the pool replaces it. */
  onIdleError?: (error: Error) => void;
}

export const defaultPoolSize = 10;

/** pg's type ids (pg_type.oid) of the values whose default JavaScript form differs from SQLite's. */
const typeIds = { bool: 16, int8: 20, json: 114, numeric: 1700, date: 1082, timestamp: 1114, timestamptz: 1184, jsonb: 3802 } as const;
const asText = new Set<number>([typeIds.json, typeIds.jsonb, typeIds.date, typeIds.timestamp, typeIds.timestamptz]);

/**
 * Values come back as they do from SQLite: counts and sums (int8, numeric) as numbers, a truth
 * value as 1 or 0, JSON and dates as text (the repository parses a document the same way on both
 * engines), bytea as a Buffer (pg's default). An int8 beyond 2^53 would lose digits as a number:
 * that is an error, never a silently wrong id.
 */
const sqliteLikeTypes = {
  getTypeParser(id: number, format?: 'text' | 'binary') {
    if (id === typeIds.int8) return parseSafeInteger;
    if (id === typeIds.numeric) return Number;
    if (id === typeIds.bool) return (value: string) => (value === 't' ? 1 : 0);
    if (asText.has(id)) return (value: string) => value;
    return format === 'binary' ? types.getTypeParser(id, 'binary') : types.getTypeParser(id, 'text');
  },
};

function parseSafeInteger(value: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number)) throw new Error(`The integer ${value} is too large for a JavaScript number`);
  return number;
}

type Queryable = Pool | PoolClient;

/** The name a statement is prepared under, the same on every connection: from its text. */
const statementNames = new Map<string, string>();
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (name === undefined) {
    name = `rg_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    statementNames.set(text, name);
  }
  return name;
}

/**
 * A handle on the pool or on one checked-out connection. `usable` guards a transaction's handle: a
 * call made after its transaction ended (a missing `await`) would otherwise run on a connection
 * already lent to someone else's transaction.
 */
function writerOn(connection: Queryable, usable: () => boolean = () => true): SqlWriter {
  const query = <R extends QueryResultRow>(sql: string, params?: SqlParams) => {
    if (!usable()) return Promise.reject(new Error('This transaction has ended; its handle can no longer be used'));
    const { text, values } = toPostgres(sql, params);
    // A statement with parameters is prepared once per connection under a name and then only bound
    // and run: PostgreSQL no longer parses it on every call. (One without parameters goes as plain
    // text, which also lets a migration hold several statements.)
    if (values.length === 0) return connection.query<R>(text);
    return connection.query<R>({ name: statementName(text), text, values });
  };
  return {
    engine: 'postgres',
    async all<R>(sql: string, params?: SqlParams): Promise<R[]> {
      return (await query(sql, params)).rows as R[];
    },
    async get<R>(sql: string, params?: SqlParams): Promise<R | undefined> {
      return (await query(sql, params)).rows[0] as R | undefined;
    },
    async run(sql: string, params?: SqlParams): Promise<SqlRunResult> {
      return { changes: (await query(sql, params)).rowCount ?? 0 };
    },
  };
}

/**
 * The store's database on PostgreSQL: a pool of connections. A call outside a transaction runs on
 * any free connection; `transaction` checks one out for the whole work, between BEGIN and COMMIT
 * (ROLLBACK when the work throws, and the error goes on), and always gives it back.
 */
export function openPostgresDatabase(options: PostgresOptions): SqlDatabase {
  const pool = new Pool({
    // Named in pg_stat_activity, so an administrator sees which connections are the practice's.
    application_name: 'ruggensteun',
    ...options.connection,
    max: options.poolSize ?? defaultPoolSize,
    types: sqliteLikeTypes,
  });
  pool.on('error', options.onIdleError ?? ((error) => console.error(`PostgreSQL connection lost: ${error.message}`)));
  const direct = writerOn(pool);
  let ending: Promise<void> | null = null;

  const database = {
    ...direct,
    /**
     * `durable: false` commits a statement on its own without waiting for the disk
     * (synchronous_commit off for its transaction only): a crash of the server loses nothing, a power
     * cut may lose the last ones. Inside a transaction its commit decides.
     *
     * One round trip instead of BEGIN, SET LOCAL, the statement and COMMIT: the statement (an INSERT,
     * UPDATE or DELETE without RETURNING) runs inside a WITH, and `set_config(…, true)` turns
     * synchronous_commit off for the statement's own implicit transaction, as SET LOCAL would.
     */
    async run(sql: string, params?: SqlParams, options?: { durable?: boolean }): Promise<SqlRunResult> {
      if (options?.durable !== false) return direct.run(sql, params);
      const written = await direct.get<{ changes: number }>(
        `WITH written AS (${sql} RETURNING 1)
         SELECT count(*) AS changes FROM written, (SELECT set_config('synchronous_commit', 'off', true)) AS asynchronous`,
        params,
      );
      return { changes: written?.changes ?? 0 };
    },
    async transaction<T>(work: (tx: SqlWriter) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      let open = true;
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await work(writerOn(client, () => open));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        // A connection that cannot even roll back is dropped by the pool instead of lent again.
        await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
        throw error;
      } finally {
        open = false;
        client.release(broken);
      }
    },
    /** Ends the pool's connections; a second call waits for the same end. */
    close(): Promise<void> {
      ending ??= pool.end();
      return ending;
    },
  };
  return database;
}
