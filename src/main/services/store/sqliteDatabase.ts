import { AsyncLocalStorage } from 'node:async_hooks';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from './database';
import type { SqlDatabase, SqlParams, SqlRunOptions, SqlRunResult, SqlWriter } from './sql';

/**
 * A call on the database itself from inside a transaction's work: it would wait for the
 * transaction, which waits for the work, for ever. The work must use its own handle `tx`.
 */
export class DatabaseUsedInsideTransactionError extends Error {
  constructor(what: string) {
    super(`${what} on the database inside a transaction would wait for that transaction for ever: use the transaction's handle`);
    this.name = 'DatabaseUsedInsideTransactionError';
  }
}

/** A transaction's handle used after its transaction committed or rolled back. */
export class TransactionEndedError extends Error {
  constructor() {
    super("A transaction's handle was used after the transaction ended");
    this.name = 'TransactionEndedError';
  }
}

interface OpenTransaction {
  open: boolean;
}

function bind(params: SqlParams | undefined): unknown[] {
  if (params === undefined) return [];
  return Array.isArray(params) ? params : [params];
}

/**
 * Implements the asynchronous SQL handle over one better-sqlite3 connection. Statements are
 * prepared once per SQL text. Every call runs at once when no transaction is open; while one is,
 * calls on the database (and further transactions) wait in order until it ends, because a single
 * connection has a single transaction, while calls on the transaction's own handle go straight on.
 */
export function sqliteDatabase(connection: Db): SqlDatabase {
  const statements = new Map<string, Database.Statement>();
  const insideTransaction = new AsyncLocalStorage<OpenTransaction>();
  /** Transactions and calls that are open or wait their turn; calls run at once only when 0. */
  let waiting = 0;
  let queue: Promise<unknown> = Promise.resolve();

  function prepared(sql: string): Database.Statement {
    let statement = statements.get(sql);
    if (statement === undefined) {
      statement = connection.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  }

  const direct = {
    all<R>(sql: string, params?: SqlParams): R[] {
      return prepared(sql).all(...bind(params)) as R[];
    },
    get<R>(sql: string, params?: SqlParams): R | undefined {
      return prepared(sql).get(...bind(params)) as R | undefined;
    },
    run(sql: string, params?: SqlParams, options?: SqlRunOptions): SqlRunResult {
      const statement = prepared(sql);
      if (options?.durable !== false || connection.inTransaction) return { changes: statement.run(...bind(params)).changes };
      // Committed at once, safe from a crash of the app; only a power cut can lose it.
      connection.pragma('synchronous = NORMAL');
      try {
        return { changes: statement.run(...bind(params)).changes };
      } finally {
        connection.pragma('synchronous = FULL');
      }
    },
  };

  /** Runs `job` after everything that waits before it; the queue itself never rejects. */
  function inTurn<T>(job: () => T | Promise<T>): Promise<T> {
    waiting += 1;
    const result = queue.then(job);
    queue = result.then(
      () => (waiting -= 1),
      () => (waiting -= 1),
    );
    return result;
  }

  /** A call on the database itself: at once when the connection is free, otherwise in turn. */
  function onDatabase<T>(what: string, call: () => T): Promise<T> {
    if (waiting === 0) {
      try {
        return Promise.resolve(call());
      } catch (error) {
        return Promise.reject(error as Error);
      }
    }
    if (insideTransaction.getStore()?.open) return Promise.reject(new DatabaseUsedInsideTransactionError(what));
    return inTurn(call);
  }

  function transactionHandle(state: OpenTransaction): SqlWriter {
    function checked<T>(call: () => T): Promise<T> {
      if (!state.open) return Promise.reject(new TransactionEndedError());
      try {
        return Promise.resolve(call());
      } catch (error) {
        return Promise.reject(error as Error);
      }
    }
    return {
      engine: 'sqlite',
      all: (sql, params) => checked(() => direct.all(sql, params)),
      get: (sql, params) => checked(() => direct.get(sql, params)),
      run: (sql, params, options) => checked(() => direct.run(sql, params, options)),
    };
  }

  return {
    engine: 'sqlite',
    all: (sql, params) => onDatabase('A query', () => direct.all(sql, params)),
    get: (sql, params) => onDatabase('A query', () => direct.get(sql, params)),
    run: (sql, params, options) => onDatabase('A statement', () => direct.run(sql, params, options)),

    transaction<T>(work: (tx: SqlWriter) => Promise<T>): Promise<T> {
      if (insideTransaction.getStore()?.open) return Promise.reject(new DatabaseUsedInsideTransactionError('A transaction'));
      return inTurn(async () => {
        const state: OpenTransaction = { open: true };
        prepared('BEGIN IMMEDIATE').run();
        try {
          const result = await insideTransaction.run(state, () => work(transactionHandle(state)));
          prepared('COMMIT').run();
          return result;
        } catch (error) {
          // SQLite may have rolled back already (a full disk, an interrupted statement).
          if (connection.inTransaction) prepared('ROLLBACK').run();
          throw error;
        } finally {
          state.open = false;
        }
      });
    },

    async close(): Promise<void> {
      await inTurn(() => connection.close());
    },
  };
}
