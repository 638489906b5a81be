import Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NewerDatabaseError } from '../../src/main/services/store/database';
import { schemaVersion } from '../../src/main/services/store/migrations';
import type { SqlReader } from '../../src/main/services/store/sql';
import { openStore } from '../../src/main/services/store/store';
import { fixedClock, temporaryDirectory } from '../support/practiceFixture';
import { addEmployer, addWorker } from '../support/testStore';

function newStore() {
  const file = join(temporaryDirectory(), 'practice.sqlite');
  return { file, store: openStore(file, fixedClock()) };
}

describe('the practice store’s SQLite file', () => {
  it('creates every table on an empty file and records the schema version', async () => {
    const { store } = newStore();
    expect(store.sqliteConnection.pragma('user_version', { simple: true })).toBe(schemaVersion);
    const tables = store.sqliteConnection
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map((row) => row.name);
    for (const table of ['practice_settings', 'users', 'employers', 'departments', 'job_positions', 'workers',
      'episodes', 'consultations', 'return_to_work_plans', 'return_to_work_plan_versions', 'access_log']) {
      expect(tables).toContain(table);
    }
    expect(store.sqliteConnection.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.sqliteConnection.pragma('foreign_keys', { simple: true })).toBe(1);
    store.close();
  });

  it('keeps what was written when the file is opened again', async () => {
    const { file, store } = newStore();
    const employerId = await addEmployer(store);
    const workerId = await addWorker(store, employerId, 'Ana', 'Müller', 'P-001');
    store.close();

    const reopened = openStore(file, fixedClock());
    expect(await reopened.workers.get(workerId)).toMatchObject({ firstName: 'Ana', lastName: 'Müller', employerName: 'Bakkerij Öztürk' });
    expect(reopened.sqliteConnection.pragma('user_version', { simple: true })).toBe(schemaVersion);
    reopened.close();
  });

  it('refuses a file written by a newer version and leaves it untouched', async () => {
    const { file, store } = newStore();
    store.close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${schemaVersion + 1}`);
    raw.close();

    expect(() => openStore(file, fixedClock())).toThrow(NewerDatabaseError);
    expect(() => openStore(file, fixedClock())).toThrow(/newer version of Ruggensteun/);
    const check = new Database(file);
    expect(check.pragma('user_version', { simple: true })).toBe(schemaVersion + 1);
    check.close();
  });
});

describe('the read handle', () => {
  it('has no run: code that only reads cannot write', async () => {
    const reader: SqlReader = { engine: 'sqlite', all: async () => [], get: async () => undefined };
    // Checked by the type checker: a read handle has no run().
    // @ts-expect-error run is not part of a SqlReader
    void reader.run;
    expect('run' in reader).toBe(false);
  });
});
