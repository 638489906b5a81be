/**
 * The one way repositories reach a database, whatever the engine: the embedded SQLite file of a
 * single workstation, or PostgreSQL behind a practice server. Every call is asynchronous, because a
 * server's database answers over a socket; on SQLite the promise is already settled when it returns.
 *
 * SQL is written once, in the subset both engines read the same way. Parameters are positional
 * (`?`) or named (`@name`, with an object whose keys have no `@`); each engine's adapter turns them
 * into its own form. Where the engines differ (text search, date arithmetic), a repository asks
 * `engine` and keeps both statements side by side.
 */

export type SqlEngine = 'sqlite' | 'postgres';

/** A value that can be bound to a parameter. Booleans are stored as 0 and 1 on both engines. */
export type SqlValue = string | number | null | Buffer;

export type SqlParams = readonly SqlValue[] | Readonly<Record<string, SqlValue>>;

export interface SqlRunResult {
  /** Rows inserted, changed or deleted. Use `INSERT … RETURNING id` with `get` for a new row's id. */
  changes: number;
}

/** A handle that only reads: it has no `run`, so code given this handle cannot write. */
export interface SqlReader {
  readonly engine: SqlEngine;
  all<R>(sql: string, params?: SqlParams): Promise<R[]>;
  get<R>(sql: string, params?: SqlParams): Promise<R | undefined>;
}

export interface SqlRunOptions {
  /**
   * false: a statement on its own is committed without waiting for the disk (SQLite's
   * `synchronous = NORMAL`, PostgreSQL's `synchronous_commit = off`): safe from a crash of the app,
   * but a power cut can lose the last ones. For reads noted in the access log (a search while
   * typing), never for a dossier's data. Inside a transaction the transaction's commit decides.
   * Only for an INSERT, UPDATE or DELETE without RETURNING.
   */
  durable?: boolean;
}

/** A handle that also writes: inside a transaction, or one statement on its own. */
export interface SqlWriter extends SqlReader {
  run(sql: string, params?: SqlParams, options?: SqlRunOptions): Promise<SqlRunResult>;
}

/** A connection (SQLite) or a pool of them (PostgreSQL). */
export interface SqlDatabase extends SqlWriter {
  /**
   * Runs `work` in one transaction on its own handle `tx`: all of it is written, or none of it.
   * Nobody else sees it halfway: on SQLite (one connection) calls on the database itself wait until
   * it ends; on PostgreSQL they run on other pooled connections and see it once it commits.
   */
  transaction<T>(work: (tx: SqlWriter) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * `column` as an ORDER BY term that ignores case the way SQLite's NOCASE does (ASCII letters
 * only, otherwise byte order), so that both engines list names in the same order.
 */
export function orderIgnoringCase(engine: SqlEngine, column: string): string {
  return engine === 'sqlite'
    ? `${column} COLLATE NOCASE`
    : `translate(${column}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') COLLATE "C"`;
}
