import Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseFileName } from '../../src/main/dataDirectory';
import { hashPassphrase } from '../../src/main/services/auth/passphrase';
import { migrations, schemaVersion } from '../../src/main/services/store/migrations';
import { openPractice } from '../../src/main/openPractice';
import { fixedClock, temporaryDirectory, valueOf } from '../support/practiceFixture';
import { solidPng } from '../support/pngImage';

/*
 * Migration 5 adds the letterhead (address, phone, email, logo) to practice_settings. A practice
 * file written before it must open with everything kept and the new columns empty.
 */

const LETTERHEAD_MIGRATION = 5;

/** A practice file as the version before the letterhead left it: schema 4, with a practice, an account and an employer. */
async function practiceFileAtVersion4(directory: string): Promise<void> {
  const db = new Database(join(directory, databaseFileName));
  for (const [index, migration] of migrations.slice(0, LETTERHEAD_MIGRATION - 1).entries()) {
    db.exec(migration.sql);
    db.pragma(`user_version = ${index + 1}`);
  }
  db.prepare(
    `INSERT INTO practice_settings (id, name, jurisdiction, language, small_cell_k, orebro_cut_off, created_at)
     VALUES (1, 'Oude Praktijk', 'BE', 'nl', 8, 45, '2025-06-01T08:00:00.000Z')`,
  ).run();
  db.prepare(
    `INSERT INTO users (name, name_key, role, passphrase_hash, created_at)
     VALUES ('Dr. Oud', 'dr. oud', 'doctor', ?, '2025-06-01T08:00:00.000Z')`,
  ).run(await hashPassphrase('een oude lange wachtzin'));
  db.prepare(
    `INSERT INTO employers (name, sector, created_at, updated_at) VALUES ('Bouwbedrijf Oud', 'private', '2025-06-01', '2025-06-01')`,
  ).run();
  db.close();
}

function columnsOf(db: Database.Database, table: string) {
  return db.prepare<[], { name: string; type: string }>(`SELECT name, type FROM pragma_table_info('${table}')`).all();
}

describe('migration 5: the letterhead', () => {
  it('is migration 5', () => {
    expect(migrations[LETTERHEAD_MIGRATION - 1]?.sql).toContain('ALTER TABLE practice_settings ADD COLUMN logo BLOB');
  });

  it('keeps a practice written by the previous version and adds empty letterhead columns', async () => {
    const directory = temporaryDirectory();
    await practiceFileAtVersion4(directory);

    const practice = openPractice(directory, { clock: fixedClock(), checkOutputs: true });
    const { store, handlers } = practice;

    expect(store.db.pragma('user_version', { simple: true })).toBe(schemaVersion);
    expect(columnsOf(store.db, 'practice_settings')).toEqual(
      expect.arrayContaining([
        { name: 'address', type: 'TEXT' },
        { name: 'phone', type: 'TEXT' },
        { name: 'email', type: 'TEXT' },
        { name: 'logo', type: 'BLOB' },
      ]),
    );
    expect(store.practice.settings()).toEqual({
      name: 'Oude Praktijk',
      jurisdiction: 'BE',
      language: 'nl',
      smallCellK: 8,
      idleLockMinutes: 10,
      orebroCutOff: 45,
      address: null,
      phone: null,
      email: null,
      rowVersion: 1,
    });
    expect(store.practice.logo()).toBeNull();
    expect(store.workplaces.list().map((employer) => employer.name)).toEqual(['Bouwbedrijf Oud']);

    // The old account still signs in (which encrypts the file) and can fill in the letterhead.
    valueOf(await handlers.call('auth.signIn', { name: 'Dr. Oud', passphrase: 'een oude lange wachtzin' }));
    const logo = solidPng(4, 4, [200, 30, 30]).toString('base64');
    const saved = valueOf(
      await handlers.call('practice.updateSettings', {
        ...valueOf(await handlers.call('practice.settings', {})),
        address: 'Kerkstraat 1\n9000 Gent',
        phone: '09 111 22 33',
        logo,
      }),
    );
    expect(saved).toMatchObject({ name: 'Oude Praktijk', smallCellK: 8, address: 'Kerkstraat 1\n9000 Gent', phone: '09 111 22 33', logo });
    practice.close();

    // Opened again: nothing to migrate, everything still there.
    const reopened = openPractice(directory, { clock: fixedClock(), checkOutputs: true });
    valueOf(await reopened.handlers.call('auth.signIn', { name: 'Dr. Oud', passphrase: 'een oude lange wachtzin' }));
    expect(reopened.store.db.pragma('user_version', { simple: true })).toBe(schemaVersion);
    expect(reopened.store.practice.settings()).toMatchObject({ name: 'Oude Praktijk', address: 'Kerkstraat 1\n9000 Gent', phone: '09 111 22 33' });
    expect(reopened.store.practice.logo()?.toString('base64')).toBe(logo);
    reopened.close();
  });

  it('refuses a logo above 256 KB in the file itself', async () => {
    const directory = temporaryDirectory();
    await practiceFileAtVersion4(directory);
    const { store } = openPractice(directory, { clock: fixedClock(), checkOutputs: true });
    expect(() => store.practice.setLogo(Buffer.alloc(256 * 1024 + 1))).toThrow(/CHECK constraint failed/);
    expect(store.practice.logo()).toBeNull();
    store.close();
  });
});
