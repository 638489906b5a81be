import Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NewerDatabaseError } from '../../src/main/services/store/database';
import { schemaVersion } from '../../src/main/services/store/migrations';
import { readable, WriteThroughReadHandleError } from '../../src/main/services/store/readableDb';
import { openStore } from '../../src/main/services/store/store';
import { fixedClock, temporaryDirectory } from '../support/practiceFixture';

function newStore() {
  const file = join(temporaryDirectory(), 'practice.sqlite');
  return { file, store: openStore(file, fixedClock()) };
}

function addEmployer(store: ReturnType<typeof openStore>) {
  return store.transaction(() =>
    store.workplaces.saveEmployer({ name: 'Bakkerij Öztürk', sector: 'private', contactName: null, contactEmail: null }),
  );
}

function addWorker(store: ReturnType<typeof openStore>, employerId: number, firstName: string, lastName: string, personnelNumber: string) {
  return store.transaction(() =>
    store.workers.save({
      employerId,
      departmentId: null,
      jobPositionId: null,
      personnelNumber,
      firstName,
      lastName,
      birthDate: '1980-05-01',
      contractHoursPerWeek: 38,
      email: null,
      phone: null,
    }),
  );
}

describe('the practice store', () => {
  it('creates every table on an empty file and records the schema version', () => {
    const { store } = newStore();
    expect(store.db.pragma('user_version', { simple: true })).toBe(schemaVersion);
    const tables = store.db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map((row) => row.name);
    for (const table of ['practice_settings', 'users', 'employers', 'departments', 'job_positions', 'workers',
      'episodes', 'consultations', 'return_to_work_plans', 'return_to_work_plan_versions', 'access_log']) {
      expect(tables).toContain(table);
    }
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    store.close();
  });

  it('keeps what was written when the file is opened again', () => {
    const { file, store } = newStore();
    const employerId = addEmployer(store);
    const workerId = addWorker(store, employerId, 'Ana', 'Müller', 'P-001');
    store.close();

    const reopened = openStore(file, fixedClock());
    expect(reopened.workers.get(workerId)).toMatchObject({ firstName: 'Ana', lastName: 'Müller', employerName: 'Bakkerij Öztürk' });
    expect(reopened.db.pragma('user_version', { simple: true })).toBe(schemaVersion);
    reopened.close();
  });

  it('refuses a file written by a newer version and leaves it untouched', () => {
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

  it('finds names regardless of accents, case and word order', () => {
    const { store } = newStore();
    const employerId = addEmployer(store);
    const muller = addWorker(store, employerId, 'Jürgen', 'Müller', 'A-100');
    const celik = addWorker(store, employerId, 'Ayşe', 'Çelik', 'A-101');
    const broeck = addWorker(store, employerId, 'Jan', 'Van den Broeck', 'B-200');
    addWorker(store, employerId, 'Els', 'Peeters', 'C-300');
    const ids = (query: string) => store.workers.search(query, null, 50).map((w) => w.id);

    expect(ids('muller')).toEqual([muller]);
    expect(ids('MÜLLER')).toEqual([muller]);
    expect(ids('jurgen mul')).toEqual([muller]);
    expect(ids('celik')).toEqual([celik]);
    expect(ids('ayse')).toEqual([celik]);
    expect(ids('broeck')).toEqual([broeck]);
    expect(ids('van den broeck')).toEqual([broeck]);
    expect(ids('vandenbroeck')).toEqual([broeck]);
    expect(ids('broeck jan')).toEqual([broeck]);
    expect(ids('xyz')).toEqual([]);
    store.close();
  });

  it('finds workers by personnel number prefix, ignoring separators and case', () => {
    const { store } = newStore();
    const employerId = addEmployer(store);
    const first = addWorker(store, employerId, 'Ana', 'Maes', 'A-100');
    const second = addWorker(store, employerId, 'Bert', 'Maes', 'A-101');
    addWorker(store, employerId, 'Carl', 'Maes', 'B-100');

    expect(store.workers.search('a100', null, 50).map((w) => w.id)).toEqual([first]);
    expect(store.workers.search('A-10', null, 50).map((w) => w.id).sort()).toEqual([first, second].sort());
    store.close();
  });

  it('puts surnames that begin with what was typed before other name matches', () => {
    const { store } = newStore();
    const employerId = addEmployer(store);
    const firstName = addWorker(store, employerId, 'Vanessa', 'Peeters', '1');
    const dijk = addWorker(store, employerId, 'Bart', 'Van Dijk', '2');
    const broeck = addWorker(store, employerId, 'Anna', 'Van den Broeck', '3');
    const names = (query: string) => store.workers.search(query, null, 50).map((w) => w.id);

    expect(names('van')).toEqual([broeck, dijk, firstName]);
    expect(names('Van d')).toEqual([broeck, dijk]);
    expect(names('van de')).toEqual([broeck]);
    expect(names('ness')).toEqual([]);
    expect(store.workers.search('van', null, 2).map((w) => w.id)).toEqual([broeck, dijk]);
    store.close();
  });

  it('finds the same workers whether few or very many names match', () => {
    const { store } = newStore();
    const employerId = addEmployer(store);
    store.transaction(() => {
      for (let i = 0; i < 5100; i += 1) {
        store.workers.save({
          employerId, departmentId: null, jobPositionId: null, personnelNumber: `N${i}`,
          firstName: i % 2 === 0 ? 'Ann' : 'Anton', lastName: `Zeeman${String(i).padStart(4, '0')}`,
          birthDate: '1980-05-01', contractHoursPerWeek: 38, email: null, phone: null,
        });
      }
    });
    // 'a*' matches all 5,101 workers: the alphabetical walk.
    const anna = addWorker(store, employerId, 'Anna', 'Aalders', 'X');
    const broad = store.workers.search('a', null, 3);
    expect(broad.map((w) => `${w.firstName} ${w.lastName}`)).toEqual(['Anna Aalders', 'Ann Zeeman0000', 'Anton Zeeman0001']);
    expect(broad[0]?.id).toBe(anna);
    // 'ant' matches 2,550: looked up and sorted.
    expect(store.workers.search('ant', null, 2).map((w) => w.lastName)).toEqual(['Zeeman0001', 'Zeeman0003']);
    store.close();
  });

  it('lists workers alphabetically by surname, accents folded', () => {
    const { store } = newStore();
    const employerId = addEmployer(store);
    addWorker(store, employerId, 'Zoë', 'Öztürk', '1');
    addWorker(store, employerId, 'Ann', 'Claes', '2');
    addWorker(store, employerId, 'Eva', 'Çelik', '3');
    expect(store.workers.search('', null, 50).map((w) => w.lastName)).toEqual(['Çelik', 'Claes', 'Öztürk']);
    store.close();
  });

  it('follows a renamed worker in search', () => {
    const { store } = newStore();
    const employerId = addEmployer(store);
    const id = addWorker(store, employerId, 'Ana', 'Janssens', 'P-1');
    store.transaction(() =>
      store.workers.save({
        id,
        rowVersion: 1,
        employerId,
        departmentId: null,
        jobPositionId: null,
        personnelNumber: 'P-1',
        firstName: 'Ana',
        lastName: 'Dubois',
        birthDate: '1980-05-01',
        contractHoursPerWeek: 38,
        email: null,
        phone: null,
      }),
    );
    expect(store.workers.search('janssens', null, 50)).toEqual([]);
    expect(store.workers.search('dubois', null, 50).map((w) => w.id)).toEqual([id]);
    store.close();
  });
});

describe('the read handle', () => {
  it('prepares statements that read, and refuses one that writes when it is prepared', () => {
    const { store } = newStore();
    const reader = readable(store.db);
    expect(reader.prepare<[], { n: number }>('SELECT count(*) AS n FROM workers').get()).toEqual({ n: 0 });
    for (const sql of ['DELETE FROM workers', "UPDATE users SET name = 'x'", 'CREATE TABLE t (x)', 'INSERT INTO employers (name) VALUES (1)']) {
      expect(() => reader.prepare(sql), sql).toThrow(WriteThroughReadHandleError);
    }
    // Checked by the type checker: a read statement has no run().
    // @ts-expect-error run is not part of a ReadStatement
    void reader.prepare('SELECT 1').run;
    store.close();
  });
});
