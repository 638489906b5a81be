import Database from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseFileName } from '../../src/main/dataDirectory';
import { openPractice } from '../../src/main/openPractice';
import { openDatabase } from '../../src/main/services/store/database';
import { schemaVersion } from '../../src/main/services/store/migrations';
import { fixedClock, temporaryDirectory, valueOf } from '../support/practiceFixture';
import { schemaOf } from '../support/schema';

/*
 * fixtures/demo-practice-v<N-1>.db is a practice file written by the previous version (schema
 * N-1) holding the demo practice, made with `npm run fixtures:demo` before migration N was added.
 * The current version must open it, migrate it to the same schema as a new file, and keep every row.
 */

const previousVersion = schemaVersion - 1;
const fixture = join(__dirname, 'fixtures', `demo-practice-v${previousVersion}.db`);
const passphrase = 'een lange demo wachtzin';

function rowCounts(db: Database.Database): Record<string, number> {
  const tables = db
    .prepare<[], { name: string }>(`SELECT name FROM pragma_table_list WHERE type = 'table' AND schema = 'main' AND name NOT LIKE 'sqlite_%'`)
    .all();
  return Object.fromEntries(
    tables.map(({ name }) => [name, db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM "${name}"`).get()?.n ?? 0]),
  );
}

describe(`a practice file from the previous version (schema ${previousVersion}) with the demo practice`, () => {
  it('exists for the version before the current one', () => {
    expect(existsSync(fixture), `${fixture} is missing: run npm run fixtures:demo before adding a migration`).toBe(true);
  });

  it('opens migrated to the current schema with every row kept and still usable', async () => {
    const directory = temporaryDirectory();
    copyFileSync(fixture, join(directory, databaseFileName));
    const old = new Database(join(directory, databaseFileName), { readonly: true });
    expect(old.pragma('user_version', { simple: true })).toBe(previousVersion);
    const before = rowCounts(old);
    old.close();
    expect(before).toMatchObject({ workers: 50, users: 2, employers: 3 });
    expect(before.consultations).toBeGreaterThan(0);

    const practice = openPractice(directory, { clock: fixedClock(), checkOutputs: true });
    const { store, handlers } = practice;
    const fresh = openDatabase(join(temporaryDirectory(), databaseFileName));
    expect(schemaOf(store.sqliteConnection)).toBe(schemaOf(fresh));
    fresh.close();
    expect(rowCounts(store.sqliteConnection)).toMatchObject(before);

    // The doctor signs in, finds a worker by name (full-text index) and opens every dossier.
    valueOf(await handlers.call('auth.signIn', { name: 'Dr. Demo Arts', passphrase }));
    const everyone = valueOf(await handlers.call('workers.search', { query: '', limit: 200 }));
    expect(everyone).toHaveLength(50);
    const someone = everyone[0];
    if (!someone) throw new Error('no worker');
    const found = valueOf(await handlers.call('workers.search', { query: someone.lastName, limit: 200 }));
    expect(found.map((worker) => worker.id)).toContain(someone.id);
    const dossiers = [];
    for (const worker of everyone) dossiers.push(valueOf(await handlers.call('dossier.get', { workerId: worker.id })));
    expect(dossiers.flatMap((dossier) => dossier.episodes.flatMap((episode) => episode.consultations))).toHaveLength(before.consultations ?? 0);
    valueOf(await handlers.call('agenda.list', { horizon: 'thisWeek' }));

    // The prevention advisor still sees the workplace aggregates.
    valueOf(await handlers.call('auth.signIn', { name: 'Demo Preventieadviseur', passphrase }));
    const employers = valueOf(await handlers.call('workplace.list', {}));
    const aggregates = valueOf(
      await handlers.call('prevention.aggregates', { employerId: employers[0]?.id ?? 0, from: '2025-03-01', to: '2026-02-28' }),
    );
    expect(aggregates).toBeDefined();
    practice.close();
  });
});
