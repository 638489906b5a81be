import Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseUsedInsideTransactionError, sqliteDatabase, TransactionEndedError } from '../../src/main/services/store/sqliteDatabase';
import type { SqlWriter } from '../../src/main/services/store/sql';
import { temporaryDirectory } from '../support/practiceFixture';

function newDatabase() {
  const connection = new Database(join(temporaryDirectory(), 'adapter.sqlite'));
  connection.pragma('journal_mode = WAL');
  connection.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE)');
  return { connection, db: sqliteDatabase(connection) };
}

async function texts(db: SqlWriter): Promise<string[]> {
  return (await db.all<{ text: string }>('SELECT text FROM notes ORDER BY id')).map((row) => row.text);
}

describe('the SQLite adapter of the SQL handle', () => {
  it('binds positional and named parameters and answers a new row id with RETURNING', async () => {
    const { db } = newDatabase();
    const first = await db.get<{ id: number }>('INSERT INTO notes (text) VALUES (?) RETURNING id', ['een']);
    const second = await db.get<{ id: number }>('INSERT INTO notes (text) VALUES (@text) RETURNING id', { text: 'twee' });
    expect([first?.id, second?.id]).toEqual([1, 2]);
    expect(await db.run('UPDATE notes SET text = upper(text) WHERE id >= @from', { from: 1 })).toEqual({ changes: 2 });
    expect(await db.get('SELECT text FROM notes WHERE id = ?', [2])).toEqual({ text: 'TWEE' });
    expect(await db.get('SELECT text FROM notes WHERE id = ?', [3])).toBeUndefined();
    expect(await texts(db)).toEqual(['EEN', 'TWEE']);
  });

  it('writes everything of a transaction, and a write on the database issued meanwhile lands after it', async () => {
    const { db } = newDatabase();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const transaction = db.transaction(async (tx) => {
      await tx.run('INSERT INTO notes (text) VALUES (?)', ['in de transactie, eerst']);
      await held;
      await tx.run('INSERT INTO notes (text) VALUES (?)', ['in de transactie, daarna']);
      return 'klaar';
    });
    // Issued while the transaction is open: it waits, and sees nothing of the transaction halfway.
    const outside = db.run('INSERT INTO notes (text) VALUES (?)', ['erbuiten']);
    const countSeen = db.get<{ n: number }>('SELECT count(*) AS n FROM notes');
    release();
    expect(await transaction).toBe('klaar');
    await outside;
    expect(await countSeen).toEqual({ n: 3 });
    expect(await texts(db)).toEqual(['in de transactie, eerst', 'in de transactie, daarna', 'erbuiten']);
  });

  it('runs transactions one after the other', async () => {
    const { db } = newDatabase();
    const order: string[] = [];
    await Promise.all(
      ['a', 'b', 'c'].map((name) =>
        db.transaction(async (tx) => {
          order.push(`${name} begint`);
          await tx.run('INSERT INTO notes (text) VALUES (?)', [name]);
          await Promise.resolve();
          order.push(`${name} eindigt`);
        }),
      ),
    );
    expect(order).toEqual(['a begint', 'a eindigt', 'b begint', 'b eindigt', 'c begint', 'c eindigt']);
  });

  it('rolls a failed transaction back entirely and rethrows its error', async () => {
    const { db } = newDatabase();
    await db.run('INSERT INTO notes (text) VALUES (?)', ['bestaat al']);
    const failed = db.transaction(async (tx) => {
      await tx.run('INSERT INTO notes (text) VALUES (?)', ['half geschreven']);
      await tx.run('INSERT INTO notes (text) VALUES (?)', ['bestaat al']);
    });
    await expect(failed).rejects.toThrow(/UNIQUE/);
    const thrown = db.transaction(async (tx) => {
      await tx.run('INSERT INTO notes (text) VALUES (?)', ['ook half']);
      throw new Error('de service weigert');
    });
    await expect(thrown).rejects.toThrow('de service weigert');
    expect(await texts(db)).toEqual(['bestaat al']);
    // The connection is free again afterwards.
    await db.transaction((tx) => tx.run('INSERT INTO notes (text) VALUES (?)', ['daarna']));
    expect(await texts(db)).toEqual(['bestaat al', 'daarna']);
  });

  it('refuses the database itself inside a transaction instead of waiting for ever, and rolls back', async () => {
    const { db } = newDatabase();
    const viaDatabase = db.transaction(async (tx) => {
      await tx.run('INSERT INTO notes (text) VALUES (?)', ['via tx']);
      await db.run('INSERT INTO notes (text) VALUES (?)', ['via de database']);
    });
    await expect(viaDatabase).rejects.toThrow(DatabaseUsedInsideTransactionError);
    const nested = db.transaction(async (tx) => {
      await tx.run('INSERT INTO notes (text) VALUES (?)', ['via tx']);
      await db.transaction(async () => undefined);
    });
    await expect(nested).rejects.toThrow(DatabaseUsedInsideTransactionError);
    expect(await texts(db)).toEqual([]);
  });

  it("refuses a transaction's handle once the transaction has ended", async () => {
    const { db } = newDatabase();
    const kept = await db.transaction(async (tx) => tx);
    await expect(kept.run('INSERT INTO notes (text) VALUES (?)', ['te laat'])).rejects.toThrow(TransactionEndedError);
    expect(await texts(db)).toEqual([]);
  });

  it('writes a statement that need not wait for the disk, and keeps the connection durable afterwards', async () => {
    const { connection, db } = newDatabase();
    connection.pragma('synchronous = FULL');
    await db.run('INSERT INTO notes (text) VALUES (?)', ['gezocht'], { durable: false });
    expect(await texts(db)).toEqual(['gezocht']);
    expect(connection.pragma('synchronous', { simple: true })).toBe(2);
  });
});

