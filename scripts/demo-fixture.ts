/**
 * `npm run fixtures:demo`: writes test/integration/fixtures/demo-practice-v<N>.db, a practice file
 * at the current schema version N holding the demo practice (a doctor, a prevention advisor and the
 * fictitious employers, workers and consultations). Run it just before adding migration N+1: the
 * migration test then opens this file with the new version and checks nothing is lost. The file is
 * written decrypted (no key file needed beside it), so the test also walks the upgrade of a plain
 * file to an encrypted one at the first sign-in.
 */
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openPractice } from '../src/main/openPractice';
import { databaseFileName } from '../src/main/dataDirectory';
import { schemaVersion } from '../src/main/services/store/migrations';
import type { ApiResult } from '../src/shared/ipc';

function check<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

async function main(): Promise<void> {
  const directory = mkdtempSync(join(tmpdir(), 'ruggensteun-fixture-'));
  const clock = { now: () => '2026-03-16T09:30:00.000Z', today: () => '2026-03-16' };
  const practice = openPractice(directory, { clock });
  const { handlers } = practice;
  check(
    await handlers.call('practice.initialize', {
      practice: { name: 'Demopraktijk Vorige Versie', jurisdiction: 'BE', language: 'nl' },
      account: { name: 'Dr. Demo Arts', role: 'doctor', passphrase: 'een lange demo wachtzin' },
    }),
  );
  check(await handlers.call('accounts.create', { name: 'Demo Preventieadviseur', role: 'preventionAdvisor', passphrase: 'een lange demo wachtzin' }));
  check(await handlers.call('practice.loadDemo', {}));
  const db = practice.store.sqliteConnection;
  db.pragma('journal_mode = DELETE');
  db.pragma(`rekey = ''`);
  db.exec('VACUUM');
  practice.close();
  const target = resolve('test/integration/fixtures', `demo-practice-v${schemaVersion}.db`);
  rmSync(target, { force: true });
  renameSync(join(directory, databaseFileName), target);
  rmSync(directory, { recursive: true, force: true });
  console.log(`Wrote ${target}`);
}

void main();
