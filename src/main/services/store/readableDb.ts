import type Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from './database';

/** A statement of a read handle: it answers rows and cannot be run to write. */
export type ReadStatement<P extends unknown[], R> = Omit<Database.Statement<P, R>, 'run'>;

/**
 * The handle of code that only reads (as Signal Desktop's ReadableDB beside its WritableDB): it
 * prepares statements that read, and has no `run`, `exec` or transactions. A repository that only
 * reads (the aggregates, the agenda) gets this handle, so a write there fails to compile, and a
 * statement that would write (INSERT, UPDATE, DELETE, DDL) is refused when it is prepared.
 */
export interface ReadableDb {
  prepare<P extends unknown[] | object = unknown[], R = unknown>(source: string): P extends unknown[] ? ReadStatement<P, R> : ReadStatement<[P], R>;
}

export class WriteThroughReadHandleError extends Error {
  constructor(source: string) {
    super(`A read handle cannot prepare a statement that writes: ${source.trim().slice(0, 60)}`);
    this.name = 'WriteThroughReadHandleError';
  }
}

/** The read handle of a connection (the writable `Db` stays with the repositories that write). */
export function readable(db: Db): ReadableDb {
  return {
    prepare(source: string) {
      const statement = db.prepare(source);
      if (!statement.readonly) throw new WriteThroughReadHandleError(source);
      return statement;
    },
  } as ReadableDb;
}
