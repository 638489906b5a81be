import type { SqlParams, SqlReader, SqlRunResult, SqlWriter } from './sql';

/** A statement's parameters as its calls take them: several positional values, or one object of named ones. */
type Arguments<P> = P extends readonly unknown[] ? P : [P];

/** A repository's statement that reads, with the types of its parameters and rows. */
export interface ReadStatement<P, R> {
  get(...params: Arguments<P>): Promise<R | undefined>;
  all(...params: Arguments<P>): Promise<R[]>;
}

/** A statement that may also write (INSERT … RETURNING id reads its new id with `get`). */
export interface WriteStatement<P, R> extends ReadStatement<P, R> {
  run(...params: Arguments<P>): Promise<SqlRunResult>;
  /** Runs an `INSERT … RETURNING id` and answers the new row's id. */
  insert(...params: Arguments<P>): Promise<number>;
}

function sqlParams(params: readonly unknown[]): SqlParams {
  const [first] = params;
  const named = params.length === 1 && typeof first === 'object' && first !== null && !Array.isArray(first) && !Buffer.isBuffer(first);
  return (named ? first : params) as SqlParams;
}

/** A statement that reads through `db`; a read handle has no other kind. */
export function readStatement<P extends unknown[] | object = unknown[], R = unknown>(db: SqlReader, sql: string): ReadStatement<P, R> {
  return {
    get: (...params) => db.get<R>(sql, sqlParams(params)),
    all: (...params) => db.all<R>(sql, sqlParams(params)),
  };
}

/** A statement that writes through `db` (SQL text prepared once by the engine's adapter). */
export function statement<P extends unknown[] | object = unknown[], R = unknown>(db: SqlWriter, sql: string): WriteStatement<P, R> {
  return {
    ...readStatement<P, R>(db, sql),
    run: (...params) => db.run(sql, sqlParams(params)),
    async insert(...params) {
      const row = await db.get<{ id: number | string }>(sql, sqlParams(params));
      if (row === undefined) throw new Error(`An insert answered no id: ${sql.trim().slice(0, 60)}`);
      return Number(row.id);
    },
  };
}

