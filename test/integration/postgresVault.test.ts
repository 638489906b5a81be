import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPostgresPractice } from '../../src/main/openPostgresPractice';
import { readKeyFile } from '../../src/main/services/keys/keyFile';
import { openPostgresDatabase } from '../../src/main/services/store/postgresDatabase';
import { usePostgresCluster } from '../support/postgresCluster';
import { doctorAccount, fixedClock, temporaryDirectory, valueOf } from '../support/practiceFixture';

/* The practice on a PostgreSQL database behind the handler map: its first start, and what it keeps beside the database. */

const cluster = usePostgresCluster();
const practice = { name: 'Arbodienst op de server', jurisdiction: 'BE' as const, language: 'fr' as const };

async function emptyDatabase() {
  const directory = temporaryDirectory();
  const connection = await cluster().createDatabase();
  const opened = await openPostgresPractice(directory, { connection, clock: fixedClock(), checkOutputs: true });
  return { directory, connection, opened };
}

describe('a practice on PostgreSQL', () => {
  it('starts on an empty database, keeps no database key beside it, and shows the recovery key once', async () => {
    const { directory, opened } = await emptyDatabase();
    try {
      expect(opened.vault.state()).toBe('new');
      expect(valueOf(await opened.handlers.call('app.status', {}))).toMatchObject({ initialized: false, user: null });
      const user = valueOf(await opened.handlers.call('practice.initialize', { practice, account: doctorAccount }));
      expect(user).toMatchObject({ name: doctorAccount.name, role: 'doctor' });
      expect(opened.vault.state()).toBe('open');
      const status = valueOf(await opened.handlers.call('app.status', {}));
      expect(status.recoveryKey).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4})+$/);
      expect(status.practice).toMatchObject({ name: practice.name, jurisdiction: 'BE', language: 'fr' });

      const keys = readKeyFile(join(directory, 'practice.keys'));
      expect(keys).toMatchObject({ practice, accounts: [], keychain: null });
      expect(await opened.vault.recoverKey(status.recoveryKey ?? '')).not.toBeNull();
      expect(await opened.handlers.call('practice.initialize', { practice, account: doctorAccount })).toMatchObject({ ok: false });
      // Signing out closes nothing: the other workstations go on.
      valueOf(await opened.handlers.call('auth.signOut', {}));
      expect(opened.vault.state()).toBe('open');
      expect(await opened.store.users.count()).toBe(1);
    } finally {
      await opened.close();
    }
  });

  it('leaves the database empty when the first start fails half-way, and can start again', async () => {
    const { directory, connection, opened } = await emptyDatabase();
    const sql = openPostgresDatabase({ connection });
    try {
      // The key file cannot be written: a folder (with something in it) stands in its place.
      mkdirSync(join(directory, 'practice.keys'));
      writeFileSync(join(directory, 'practice.keys', 'in-de-weg'), '');
      expect(await opened.handlers.call('practice.initialize', { practice, account: doctorAccount })).toMatchObject({ ok: false, error: { code: 'internal' } });
      expect(opened.vault.state()).toBe('new');
      for (const table of ['users', 'practice_settings', 'access_log']) {
        expect(await sql.get(`SELECT COUNT(*) AS count FROM ${table}`)).toEqual({ count: 0 });
      }

      rmSync(join(directory, 'practice.keys'), { recursive: true });
      valueOf(await opened.handlers.call('practice.initialize', { practice, account: doctorAccount }));
      expect(await sql.get('SELECT COUNT(*) AS count FROM users')).toEqual({ count: 1 });
    } finally {
      await sql.close();
      await opened.close();
    }
  });
});
