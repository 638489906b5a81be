import Database from 'better-sqlite3-multiple-ciphers';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseFileName } from '../../src/main/dataDirectory';
import { openPractice } from '../../src/main/openPractice';
import { hashPassphrase } from '../../src/main/services/auth/passphrase';
import { keyFileName, readKeyFile } from '../../src/main/services/keys/keyFile';
import { unwrapKey, wrapKey } from '../../src/main/services/keys/keyWrap';
import { newRecoveryKey, normalizeRecoveryKey } from '../../src/main/services/keys/recoveryKey';
import { connect, WrongDatabaseKeyError } from '../../src/main/services/store/database';
import { isPlainDatabase, rowCounts } from '../../src/main/services/store/databaseFile';
import { openStore } from '../../src/main/services/store/store';
import { practiceSettingsSchema } from '../../src/shared/model';
import { acuteIntake, warehouseWorker } from './clinicalFixture';
import { doctorAccount, fixedClock, sqlitePracticeWithDoctor, temporaryDirectory, valueOf } from '../support/practiceFixture';

/** A word no other test uses: if it shows up in a file's bytes, medical text is readable there. */
const uniqueWord = 'Zwaluwstaartpijn';

function bytesContain(file: string, word: string): boolean {
  const bytes = readFileSync(file);
  return bytes.includes(Buffer.from(word, 'utf8')) || bytes.includes(Buffer.from(word, 'utf16le'));
}

/** Every file in the practice folder and below: the database, its WAL and shared memory, keys, logs. */
function practiceFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

async function practiceWithFinding(word: string) {
  const practice = await sqlitePracticeWithDoctor();
  const worker = await warehouseWorker(practice.handlers);
  valueOf(
    await practice.handlers.call('consultations.save', {
      workerId: worker.id,
      consultationId: null,
      intake: acuteIntake({ findings: `Drukpijn L4-L5, ${word} bij flexie`, conclusion: `${word} zonder alarmsignalen` }),
    }),
  );
  return { ...practice, workerId: worker.id };
}

describe('the practice file at rest', () => {
  it('keeps a saved finding out of the readable bytes of the database and its WAL', async () => {
    const practice = await practiceWithFinding(uniqueWord);
    const file = join(practice.directory, databaseFileName);
    expect(existsSync(`${file}-wal`)).toBe(true);
    for (const path of practiceFiles(practice.directory)) expect(bytesContain(path, uniqueWord), path).toBe(false);
    expect(isPlainDatabase(file)).toBe(false);
    // The same text is there to find in the database through the key.
    expect(JSON.stringify(practice.store.sqliteConnection.prepare('SELECT * FROM consultations').all())).toContain(uniqueWord);
    practice.practice.close();
    for (const path of practiceFiles(practice.directory)) expect(bytesContain(path, uniqueWord), path).toBe(false);
  });

  it('would show the finding in a plain file (the search above can find it)', () => {
    const file = join(temporaryDirectory(), 'plain.sqlite');
    const store = openStore(file, fixedClock());
    store.sqliteConnection.exec(`CREATE TABLE note (text TEXT); INSERT INTO note VALUES ('${uniqueWord}')`);
    store.close();
    expect(bytesContain(file, uniqueWord)).toBe(true);
  });

  it('is SQLCipher 4: it opens with the raw key in SQLCipher mode and with no other key', async () => {
    const practice = await sqlitePracticeWithDoctor();
    const file = join(practice.directory, databaseFileName);
    const key = practice.practice.vault.databaseKey();
    const db = new Database(file, { readonly: true });
    db.pragma(`cipher = 'sqlcipher'`);
    db.pragma('legacy = 4');
    db.pragma(`key = "x'${key.toString('hex')}'"`);
    expect(db.prepare('SELECT name FROM users').all()).toEqual([{ name: doctorAccount.name }]);
    db.close();
    expect(() => connect(file, { key: Buffer.alloc(32, 7) })).toThrow(WrongDatabaseKeyError);
    expect(() => connect(file, { key: null })).toThrow(WrongDatabaseKeyError);
    practice.practice.close();
  });

  it('keeps only wrapped keys in the key file, one slot per account and one for the recovery key', async () => {
    const practice = await sqlitePracticeWithDoctor();
    const key = practice.practice.vault.databaseKey();
    const keyFileText = readFileSync(join(practice.directory, keyFileName), 'utf8');
    expect(keyFileText).not.toContain(key.toString('hex'));
    expect(keyFileText).not.toContain(key.toString('base64'));
    const keys = readKeyFile(join(practice.directory, keyFileName));
    expect(keys?.accounts.map((slot) => slot.userId)).toEqual([practice.doctor?.id]);
    expect(keys?.practice).toEqual({ name: 'Testpraktijk', language: 'nl', jurisdiction: 'NL' });
    practice.practice.close();
  });
});

describe('account names in the key file', { timeout: 20_000 }, () => {
  it('finds an account by a salted hash of its name, and shows no name', async () => {
    const practice = await sqlitePracticeWithDoctor();
    valueOf(await practice.handlers.call('accounts.create', { name: 'Nina Verpleeg', role: 'nurse', passphrase: 'wachtzin van nina' }));
    const keyFile = join(practice.directory, keyFileName);
    const text = readFileSync(keyFile, 'utf8').toLowerCase();
    for (const name of ['test arts', 'nina', 'verpleeg']) expect(text).not.toContain(name);
    expect(readKeyFile(keyFile)?.accounts.every((slot) => slot.nameHash !== undefined && slot.nameKey === undefined)).toBe(true);
    practice.practice.close();

    const reopened = openPractice(practice.directory, { clock: fixedClock() });
    // Typed in other case and spacing, the name still finds its slot.
    valueOf(await reopened.handlers.call('auth.signIn', { name: '  nina   VERPLEEG ', passphrase: 'wachtzin van nina' }));
    expect(reopened.vault.state()).toBe('open');
    reopened.close();
  });

  it('rewrites a slot from before name hashing at the next sign-in of its account', async () => {
    const practice = await sqlitePracticeWithDoctor();
    const keyFile = join(practice.directory, keyFileName);
    const key = practice.practice.vault.databaseKey();
    const userId = practice.doctor?.id ?? 0;
    // The key file as the previous version wrote it: the folded name in the slot, bound to it.
    const { nameSalt: _salt, ...previous } = readKeyFile(keyFile) ?? ({} as never);
    const legacy = { userId, nameKey: 'dr. test arts', key: await wrapKey(key, doctorAccount.passphrase, `account:${userId}:dr. test arts`) };
    writeFileSync(keyFile, JSON.stringify({ ...previous, accounts: [legacy] }));
    practice.practice.close();

    const reopened = openPractice(practice.directory, { clock: fixedClock() });
    valueOf(await reopened.handlers.call('auth.signIn', { name: doctorAccount.name, passphrase: doctorAccount.passphrase }));
    expect(readFileSync(keyFile, 'utf8').toLowerCase()).not.toContain('test arts');
    reopened.close();
    const third = openPractice(practice.directory, { clock: fixedClock() });
    valueOf(await third.handlers.call('auth.signIn', { name: doctorAccount.name, passphrase: doctorAccount.passphrase }));
    third.close();
  });
});

describe('key slots', () => {
  const key = Buffer.alloc(32, 0xab);

  it('unwraps with the passphrase it was wrapped with, and not with another passphrase or owner', async () => {
    const wrapped = await wrapKey(key, 'een lange wachtzin', 'account:1:dr. a');
    expect(wrapped).toMatchObject({ kdf: 'scrypt', N: 32768, r: 8, p: 1 });
    expect(await unwrapKey(wrapped, 'een lange wachtzin', 'account:1:dr. a')).toEqual(key);
    expect(await unwrapKey(wrapped, 'een lange wachtzin!', 'account:1:dr. a')).toBeNull();
    expect(await unwrapKey(wrapped, 'een lange wachtzin', 'account:2:dr. b')).toBeNull();
    const again = await wrapKey(key, 'een lange wachtzin', 'account:1:dr. a');
    expect(again.salt).not.toBe(wrapped.salt);
    expect(again.data).not.toBe(wrapped.data);
  });

  it('makes recovery keys of 160 bits that survive being typed sloppily', () => {
    const recoveryKey = newRecoveryKey();
    expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(normalizeRecoveryKey(` ${recoveryKey.toLowerCase().replace(/-/g, ' ')} `)).toBe(recoveryKey);
    expect(normalizeRecoveryKey('oil0-1234')).toBe('0110-1234');
  });
});

/* These tests derive several keys with the real scrypt cost (32 MiB each); on a shared machine that takes seconds. */
describe('signing in unlocks the file', { timeout: 20_000 }, () => {
  it('stays closed before sign-in, shows the practice name, and opens with a passphrase', async () => {
    const { directory, practice } = await sqlitePracticeWithDoctor();
    practice.close();
    const reopened = openPractice(directory, { clock: fixedClock() });
    expect(reopened.vault.state()).toBe('locked');
    expect(valueOf(await reopened.handlers.call('app.status', {}))).toEqual({
      initialized: true,
      practice: { name: 'Testpraktijk', language: 'nl', jurisdiction: 'NL' },
      user: null,
      empty: false,
      locked: false,
      workerMode: false,
      idleLockMinutes: 10,
      recoveryKey: null,
    });
    expect(await reopened.handlers.call('workers.search', { query: 'a' })).toEqual({ ok: false, error: { code: 'unauthenticated' } });
    expect(await reopened.handlers.call('auth.signIn', { name: doctorAccount.name, passphrase: 'verkeerde wachtzin' })).toEqual({
      ok: false,
      error: { code: 'invalidCredentials' },
    });
    expect(await reopened.handlers.call('auth.signIn', { name: 'Onbekend', passphrase: doctorAccount.passphrase })).toEqual({
      ok: false,
      error: { code: 'invalidCredentials' },
    });
    expect(reopened.vault.state()).toBe('locked');
    valueOf(await reopened.handlers.call('auth.signIn', { name: doctorAccount.name, passphrase: doctorAccount.passphrase }));
    expect(reopened.vault.state()).toBe('open');
    expect(valueOf(await reopened.handlers.call('accounts.list', {}))).toHaveLength(1);
    reopened.close();
  });

  it('shows the recovery key once to the first doctor, until noted', async () => {
    const practice = await sqlitePracticeWithDoctor();
    const status = valueOf(await practice.handlers.call('app.status', {}));
    expect(status.recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    valueOf(await practice.handlers.call('keys.recoveryKeyNoted', {}));
    expect(valueOf(await practice.handlers.call('app.status', {})).recoveryKey).toBeNull();
    practice.practice.close();
  });

  it('gives a new account its own slot, and a changed passphrase a rewrapped one', async () => {
    const practice = await sqlitePracticeWithDoctor();
    const nurse = valueOf(await practice.handlers.call('accounts.create', { name: 'Nina Verpleeg', role: 'nurse', passphrase: 'wachtzin van nina' }));
    const before = readKeyFile(join(practice.directory, keyFileName))?.accounts.find((slot) => slot.userId === nurse.id);
    expect(before).toBeDefined();
    valueOf(await practice.handlers.call('auth.signIn', { name: 'Nina Verpleeg', passphrase: 'wachtzin van nina' }));
    expect(await practice.handlers.call('accounts.changePassphrase', { current: 'fout', next: 'nieuwe zin van nina' })).toEqual({
      ok: false,
      error: { code: 'invalidCredentials' },
    });
    valueOf(await practice.handlers.call('accounts.changePassphrase', { current: 'wachtzin van nina', next: 'nieuwe zin van nina' }));
    const after = readKeyFile(join(practice.directory, keyFileName))?.accounts.filter((slot) => slot.userId === nurse.id);
    expect(after).toHaveLength(1);
    expect(after?.[0]?.key.data).not.toBe(before?.key.data);
    practice.practice.close();

    const reopened = openPractice(practice.directory, { clock: fixedClock() });
    expect((await reopened.handlers.call('auth.signIn', { name: 'Nina Verpleeg', passphrase: 'wachtzin van nina' })).ok).toBe(false);
    expect(reopened.vault.state()).toBe('locked');
    valueOf(await reopened.handlers.call('auth.signIn', { name: 'Nina Verpleeg', passphrase: 'nieuwe zin van nina' }));
    expect(reopened.vault.state()).toBe('open');
    reopened.close();
  });

  it('lets the recovery key open the file and set a new passphrase; a wrong one is refused', async () => {
    const practice = await sqlitePracticeWithDoctor();
    const recoveryKey = valueOf(await practice.handlers.call('app.status', {})).recoveryKey ?? '';
    practice.practice.close();

    const reopened = openPractice(practice.directory, { clock: fixedClock() });
    expect(await reopened.handlers.call('auth.recover', { recoveryKey: newRecoveryKey(), name: doctorAccount.name, passphrase: 'vergeten en vervangen' })).toEqual({
      ok: false,
      error: { code: 'invalidRecoveryKey' },
    });
    expect(reopened.vault.state()).toBe('locked');
    const user = valueOf(
      await reopened.handlers.call('auth.recover', { recoveryKey: recoveryKey.toLowerCase(), name: doctorAccount.name, passphrase: 'vergeten en vervangen' }),
    );
    expect(user).toMatchObject({ name: doctorAccount.name, role: 'doctor' });
    reopened.close();

    const third = openPractice(practice.directory, { clock: fixedClock() });
    valueOf(await third.handlers.call('auth.signIn', { name: doctorAccount.name, passphrase: 'vergeten en vervangen' }));
    third.close();
  });

  it('lets the OS keychain open the file at start, while sign-in is still asked', async () => {
    // A stand-in keychain: sealing is reversible only by this "OS user" (the secret below).
    const osSecret = Buffer.alloc(32, 9);
    const xor = (data: Buffer) => Buffer.from(data.map((byte, i) => byte ^ (osSecret[i % 32] as number)));
    const keychain = { isAvailable: () => true, seal: xor, unseal: xor };
    const practice = await sqlitePracticeWithDoctor();
    practice.practice.close();

    const first = openPractice(practice.directory, { clock: fixedClock(), keychain });
    valueOf(await first.handlers.call('auth.signIn', { name: doctorAccount.name, passphrase: doctorAccount.passphrase }));
    expect(valueOf(await first.handlers.call('keys.keychain', {}))).toBe('off');
    expect(valueOf(await first.handlers.call('keys.setKeychain', { enabled: true }))).toBe('on');
    expect(readFileSync(join(practice.directory, keyFileName), 'utf8')).not.toContain(first.vault.databaseKey().toString('hex'));
    first.close();

    const unattended = openPractice(practice.directory, { clock: fixedClock(), keychain });
    expect(unattended.vault.state()).toBe('open');
    expect(valueOf(await unattended.handlers.call('app.status', {})).user).toBeNull();
    expect(await unattended.handlers.call('workers.search', { query: 'a' })).toEqual({ ok: false, error: { code: 'unauthenticated' } });
    unattended.close();

    // Another machine or OS user has no such keychain: the file stays locked until a sign-in.
    const elsewhere = openPractice(practice.directory, { clock: fixedClock(), keychain: { ...keychain, isAvailable: () => false } });
    expect(elsewhere.vault.state()).toBe('locked');
    elsewhere.close();
  });

  it('removes a slot so that account can no longer open the locked file', async () => {
    const practice = await sqlitePracticeWithDoctor();
    const nurse = valueOf(await practice.handlers.call('accounts.create', { name: 'Nina Verpleeg', role: 'nurse', passphrase: 'wachtzin van nina' }));
    practice.practice.vault.removeAccountSlot(nurse.id);
    practice.practice.close();
    const reopened = openPractice(practice.directory, { clock: fixedClock() });
    expect((await reopened.handlers.call('auth.signIn', { name: 'Nina Verpleeg', passphrase: 'wachtzin van nina' })).ok).toBe(false);
    expect(reopened.vault.state()).toBe('locked');
    reopened.close();
  });
});

describe('upgrading a plain practice file', { timeout: 20_000 }, () => {
  /** A practice file as the version before encryption left it, with a finding in a consultation table. */
  async function plainPractice(directory: string) {
    const store = openStore(join(directory, databaseFileName), fixedClock());
    await store.practice.create(practiceSettingsSchema.parse({ name: 'Oude Praktijk', jurisdiction: 'NL', language: 'nl' }));
    await store.users.create({ name: 'Dr. Oud', role: 'doctor', passphraseHash: await hashPassphrase('een oude lange wachtzin') });
    await store.users.create({ name: 'Nel Oud', role: 'nurse', passphraseHash: await hashPassphrase('wachtzin van de nurse') });
    await store.transaction((tx) => tx.workplaces.saveEmployer({ name: `Bouw ${uniqueWord}`, sector: 'private', contactName: null, contactEmail: null }));
    // The access log grows with every sign-in; the other tables must come through unchanged.
    const { access_log: _log, ...counts } = rowCounts(store.sqliteConnection);
    store.close();
    return counts;
  }

  it('encrypts the file at the first sign-in, keeps every row, and leaves no plain copy', async () => {
    const directory = temporaryDirectory();
    const counts = await plainPractice(directory);
    const file = join(directory, databaseFileName);
    expect(bytesContain(file, uniqueWord)).toBe(true);

    const practice = openPractice(directory, { clock: fixedClock() });
    expect(practice.vault.needsEncryption()).toBe(true);
    expect(valueOf(await practice.handlers.call('app.status', {}))).toMatchObject({ initialized: true, practice: { name: 'Oude Praktijk' } });
    valueOf(await practice.handlers.call('auth.signIn', { name: 'Dr. Oud', passphrase: 'een oude lange wachtzin' }));
    expect(practice.vault.needsEncryption()).toBe(false);
    expect(isPlainDatabase(file)).toBe(false);
    expect(rowCounts(practice.store.sqliteConnection)).toMatchObject(counts);
    expect(valueOf(await practice.handlers.call('app.status', {})).recoveryKey).not.toBeNull();
    expect(readdirSync(directory).filter((name) => name !== 'logs').sort()).toEqual([databaseFileName, `${databaseFileName}-shm`, `${databaseFileName}-wal`, keyFileName].sort());
    for (const path of practiceFiles(directory)) expect(bytesContain(path, uniqueWord), path).toBe(false);

    // The nurse had no slot yet: she gets one when she signs in while the file is open.
    valueOf(await practice.handlers.call('auth.signIn', { name: 'Nel Oud', passphrase: 'wachtzin van de nurse' }));
    practice.close();
    const reopened = openPractice(directory, { clock: fixedClock() });
    valueOf(await reopened.handlers.call('auth.signIn', { name: 'Nel Oud', passphrase: 'wachtzin van de nurse' }));
    expect(rowCounts(reopened.store.sqliteConnection)).toMatchObject(counts);
    reopened.close();
  });

  it('does not encrypt on a failed sign-in', async () => {
    const directory = temporaryDirectory();
    await plainPractice(directory);
    const practice = openPractice(directory, { clock: fixedClock() });
    expect((await practice.handlers.call('auth.signIn', { name: 'Dr. Oud', passphrase: 'niet de goede zin' })).ok).toBe(false);
    expect(isPlainDatabase(join(directory, databaseFileName))).toBe(true);
    expect(existsSync(join(directory, keyFileName))).toBe(false);
    practice.close();
  });

  it('starts over from the plain original when an upgrade stopped after setting it aside', async () => {
    const directory = temporaryDirectory();
    const counts = await plainPractice(directory);
    const file = join(directory, databaseFileName);
    // The state a crash between the two renames leaves: the original aside, a half-made copy.
    const { renameSync, writeFileSync } = await import('node:fs');
    renameSync(file, `${file}.plain-before-encryption`);
    writeFileSync(`${file}.encrypting`, 'half');

    const practice = openPractice(directory, { clock: fixedClock() });
    expect(practice.vault.needsEncryption()).toBe(true);
    expect(existsSync(`${file}.encrypting`)).toBe(false);
    valueOf(await practice.handlers.call('auth.signIn', { name: 'Dr. Oud', passphrase: 'een oude lange wachtzin' }));
    expect(rowCounts(practice.store.sqliteConnection)).toMatchObject(counts);
    expect(existsSync(`${file}.plain-before-encryption`)).toBe(false);
    practice.close();
  });
});
