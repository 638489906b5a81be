import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseFileName } from '../../src/main/dataDirectory';
import { openPractice } from '../../src/main/openPractice';
import { keyFileName } from '../../src/main/services/keys/keyFile';
import { doctorAccount, fixedClock, temporaryDirectory, valueOf } from '../support/practiceFixture';

/* Only the user running Ruggensteun may read the practice's files, whatever they were before. */

function mode(path: string): string {
  return (statSync(path).mode & 0o777).toString(8);
}

async function initialise(directory: string) {
  const practice = openPractice(directory, { clock: fixedClock() });
  valueOf(
    await practice.handlers.call('practice.initialize', {
      practice: { name: 'Testpraktijk', jurisdiction: 'NL', language: 'nl' },
      account: doctorAccount,
    }),
  );
  return practice;
}

describe('the practice files', () => {
  it('creates the data folder 0700 and the database, WAL and shared-memory files 0600', async () => {
    const directory = join(temporaryDirectory(), 'nieuw');
    const practice = await initialise(directory);
    const file = join(directory, databaseFileName);
    expect(mode(directory)).toBe('700');
    for (const path of [file, `${file}-wal`, `${file}-shm`, join(directory, keyFileName)]) {
      expect(existsSync(path), path).toBe(true);
      expect(mode(path), path).toBe('600');
    }
    practice.close();
  });

  it('narrows a folder and files that already existed with wider rights', async () => {
    const directory = join(temporaryDirectory(), 'bestaand');
    mkdirSync(directory, { mode: 0o755 });
    chmodSync(directory, 0o755);
    const first = await initialise(directory);
    const file = join(directory, databaseFileName);
    for (const path of [file, `${file}-wal`, `${file}-shm`]) chmodSync(path, 0o644);
    chmodSync(directory, 0o755);
    // The first practice stays open, as an older version would have left the WAL behind.
    const second = openPractice(directory, { clock: fixedClock() });
    expect(mode(directory)).toBe('700');
    for (const path of [file, `${file}-wal`, `${file}-shm`]) expect(mode(path), path).toBe('600');
    second.close();
    first.close();
  });
});
