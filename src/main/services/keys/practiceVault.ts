import { randomBytes } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Jurisdiction, Language, User } from '../../../shared/model';
import { databaseFileName } from '../../dataDirectory';
import { privateDatabaseFiles } from '../../practiceFiles';
import type { Clock } from '../store/clock';
import { isPlainDatabase, removeDatabaseFiles } from '../store/databaseFile';
import { openStore, type SqliteStore } from '../store/store';
import type { PostgresVault } from './postgresVault';
import { accountNameHash, accountSlot, isLegacySlot, newNameSalt, unwrapAccountKey, withNameSalt } from './accountSlots';
import { encryptPlainDatabase, finishInterruptedEncryption, recoverInterruptedEncryption } from './encryptPlainDatabase';
import { keyFileName, readKeyFile, writeKeyFile, type KeyFile } from './keyFile';
import { unwrapKey, wrapKey } from './keyWrap';
import { newRecoveryKey, normalizeRecoveryKey } from './recoveryKey';

/** The operating system's keychain (Electron's safeStorage), injected by the Electron glue. */
export interface Keychain {
  isAvailable(): boolean;
  seal(secret: Buffer): Buffer;
  unseal(sealed: Buffer): Buffer;
}

export interface SignInPractice {
  name: string;
  language: Language;
  jurisdiction: Jurisdiction;
}

/** What the recovery slot's wrapped key is bound to (authenticated with it); account slots: accountSlots.ts. */
export const recoveryLabel = 'recovery';

/** A key file with one account's slot and the recovery slot (both derivations run side by side). */
async function firstKeyFile(key: Buffer, user: User, passphrase: string, recoveryKey: string, practice: SignInPractice): Promise<KeyFile> {
  const nameSalt = newNameSalt();
  const [account, recovery] = await Promise.all([accountSlot(key, user, passphrase, nameSalt), wrapKey(key, recoveryKey, recoveryLabel)]);
  return { format: 1, practice, nameSalt, accounts: [account], recovery, keychain: null };
}

/**
 * The practice file and its keys. The database is encrypted with a random 256-bit key that exists
 * on disk only wrapped (key file `practice.keys`): once per account under its passphrase, once
 * under the recovery key, and optionally sealed by the OS keychain. Until one of them unlocks it,
 * the database is closed (`store` is null). A plain file from before encryption is opened as it is
 * and upgraded at the first sign-in, when a passphrase is at hand to wrap the new key.
 */
export function openVault(directory: string, options: { clock: Clock; nativeBinding?: string; keychain?: Keychain }) {
  const databaseFile = join(directory, databaseFileName);
  const keyFilePath = join(directory, keyFileName);
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  let store: SqliteStore | null = null;
  let databaseKey: Buffer | null = null;
  /** Set by `holdOpen`: signing out does not close the file. */
  let heldOpen = false;

  function open(key: Buffer | null): SqliteStore {
    privateDatabaseFiles(databaseFile);
    store = openStore(databaseFile, options.clock, { key, ...binding });
    // The WAL and shared-memory files exist now; an older version may have left them 0644.
    privateDatabaseFiles(databaseFile);
    databaseKey = key;
    if (key) finishInterruptedEncryption(databaseFile, store.sqliteConnection, options.nativeBinding);
    return store;
  }

  function keys(): KeyFile {
    const file = readKeyFile(keyFilePath);
    if (!file) throw new Error('The practice file has no key file beside it');
    return file;
  }

  function openKey(): Buffer {
    if (!databaseKey) throw new Error('The practice file is not open with its key');
    return databaseKey;
  }

  function keychainAvailable(): boolean {
    return options.keychain?.isAvailable() ?? false;
  }

  /** An empty file is what a start that stopped before the first page left: no practice yet. */
  function databaseExists(): boolean {
    return existsSync(databaseFile) && statSync(databaseFile).size > 0;
  }

  recoverInterruptedEncryption(databaseFile);
  // Narrowed at every start, also while the file stays locked.
  if (existsSync(databaseFile)) privateDatabaseFiles(databaseFile);
  if (isPlainDatabase(databaseFile)) {
    open(null);
  } else if (databaseExists()) {
    const sealed = readKeyFile(keyFilePath)?.keychain;
    if (sealed && options.keychain && keychainAvailable()) {
      try {
        open(options.keychain.unseal(Buffer.from(sealed, 'base64')));
      } catch {
        // A keychain that no longer opens (another OS user, a new machine): sign in with a passphrase.
        store = null;
      }
    }
  }

  const vault = {
    engine: 'sqlite' as const,
    directory,
    databaseFile,
    keyFile: keyFilePath,
    clock: options.clock,
    nativeBinding: options.nativeBinding,

    /** A recovery key to show once to the user it was made for, until they confirm they noted it. */
    recoveryKeyToShow: null as { userId: number; recoveryKey: string } | null,

    /** The open database, or null while it is locked (or not made yet). */
    get store(): SqliteStore | null {
      return store;
    },

    /** 'new' before the first start, 'locked' while encrypted and closed, 'open' otherwise. */
    state(): 'new' | 'locked' | 'open' {
      if (store) return 'open';
      return databaseExists() ? 'locked' : 'new';
    },

    /** The file is still plain (made by a version without encryption); the next sign-in encrypts it. */
    needsEncryption(): boolean {
      return store !== null && databaseKey === null;
    },

    /** The practice's name and language for the sign-in screen, readable while the file is locked. */
    signInPractice(): SignInPractice | null {
      return readKeyFile(keyFilePath)?.practice ?? null;
    },

    /** First start: a new encrypted database under a fresh random key. */
    create(): SqliteStore {
      if (vault.state() !== 'new') throw new Error('The practice file exists already');
      return open(randomBytes(32));
    },

    /** First start failed half-way: nothing of it stays on disk. */
    async abandon(): Promise<void> {
      store?.close();
      store = null;
      databaseKey = null;
      removeDatabaseFiles(databaseFile);
    },

    /** Writes the key file of a new practice: its first account and a new recovery key, returned once. */
    async seal(user: User, passphrase: string, practice: SignInPractice): Promise<string> {
      const recoveryKey = newRecoveryKey();
      writeKeyFile(keyFilePath, await firstKeyFile(openKey(), user, passphrase, recoveryKey, practice));
      return recoveryKey;
    },

    /** Upgrades a plain file: a new key, wrapped for `user` and a new recovery key (returned once). */
    async encrypt(user: User, passphrase: string, practice: SignInPractice): Promise<string> {
      if (!vault.needsEncryption() || !store) throw new Error('The practice file is already encrypted');
      const key = randomBytes(32);
      const recoveryKey = newRecoveryKey();
      const keyFile = await firstKeyFile(key, user, passphrase, recoveryKey, practice);
      store.close();
      store = null;
      try {
        encryptPlainDatabase(databaseFile, key, () => writeKeyFile(keyFilePath, keyFile), options.nativeBinding);
      } catch (error) {
        open(isPlainDatabase(databaseFile) ? null : key);
        throw error;
      }
      open(key);
      return recoveryKey;
    },

    /** Opens the locked file with an account's passphrase; false when it has no slot or the passphrase is wrong. */
    async unlockWithPassphrase(name: string, passphrase: string): Promise<boolean> {
      const file = readKeyFile(keyFilePath);
      const key = file ? await unwrapAccountKey(file, name, passphrase) : null;
      if (!key) return false;
      if (!store) open(key);
      return true;
    },

    /** The database key from the recovery key, or null when it does not fit this practice. */
    async recoverKey(recoveryKey: string): Promise<Buffer | null> {
      const file = readKeyFile(keyFilePath);
      return file ? unwrapKey(file.recovery, normalizeRecoveryKey(recoveryKey), recoveryLabel) : null;
    },

    /** Opens the locked file with the recovery key; false when it does not fit. */
    async unlockWithRecoveryKey(recoveryKey: string): Promise<boolean> {
      const key = await vault.recoverKey(recoveryKey);
      if (!key) return false;
      if (!store) open(key);
      return true;
    },

    /** The account has a slot found by its name hash (accounts from before encryption or name hashing get one at sign-in). */
    hasAccountSlot(userId: number): boolean {
      return databaseKey === null || keys().accounts.some((account) => account.userId === userId && !isLegacySlot(account));
    },

    /** Wraps the key for an account (a new account, or a new passphrase: the old slot is replaced). */
    async saveAccountSlot(user: User, passphrase: string): Promise<void> {
      if (!databaseKey) return;
      const file = withNameSalt(keys());
      const slot = await accountSlot(databaseKey, user, passphrase, file.nameSalt);
      writeKeyFile(keyFilePath, { ...file, accounts: [...file.accounts.filter((account) => account.userId !== user.id), slot] });
    },

    /**
     * The hash of a name as the key file knows it, for throttling guesses while the file is locked
     * without writing a name down (a key file from before name hashing gets its salt now).
     */
    async nameHash(name: string): Promise<string> {
      let file = keys();
      if (!file.nameSalt) {
        file = withNameSalt(file);
        writeKeyFile(keyFilePath, file);
      }
      return accountNameHash(name, file.nameSalt as string);
    },

    /** A removed account can no longer open the file. */
    removeAccountSlot(userId: number): void {
      if (!databaseKey) return;
      const file = keys();
      writeKeyFile(keyFilePath, { ...file, accounts: file.accounts.filter((account) => account.userId !== userId) });
    },

    /** Replaces the recovery key (the old one stops working) and returns the new one, to be shown once. */
    async replaceRecoveryKey(): Promise<string> {
      const key = openKey();
      const recoveryKey = newRecoveryKey();
      const wrapped = await wrapKey(key, recoveryKey, recoveryLabel);
      writeKeyFile(keyFilePath, { ...keys(), recovery: wrapped });
      return recoveryKey;
    },

    /** Keeps the sign-in screen's copy of the practice's name and language up to date. */
    setSignInPractice(practice: SignInPractice): void {
      if (!databaseKey) return;
      writeKeyFile(keyFilePath, { ...keys(), practice });
    },

    /** Whether the OS keychain can hold the key here, and whether it does. */
    keychainState(): 'unavailable' | 'off' | 'on' {
      if (!keychainAvailable()) return 'unavailable';
      return databaseKey && readKeyFile(keyFilePath)?.keychain ? 'on' : 'off';
    },

    /** Lets the OS keychain open the file at start (the sign-in screen still asks for a passphrase), or stops it. */
    setKeychain(enabled: boolean): void {
      const key = openKey();
      if (enabled && (!options.keychain || !keychainAvailable())) throw new Error('No keychain on this machine');
      const sealed = enabled && options.keychain ? options.keychain.seal(key).toString('base64') : null;
      writeKeyFile(keyFilePath, { ...keys(), keychain: sealed });
    },

    /** The key file as it is now (wrapped keys only), for a backup's manifest. */
    keyFileContents(): KeyFile {
      return keys();
    },

    /** The database key, for writing and checking backups; only while open. */
    databaseKey(): Buffer {
      return openKey();
    },

    /**
     * Replaces the practice file with a checked backup: the current file (and its key file) are
     * set aside as `….before-restore-<time>`, the backup is copied in with the key slots of its
     * time, and opened (older schemas are migrated). Returns the name the old file was set aside as.
     */
    restore(backupFile: string, backupKeys: KeyFile, key: Buffer): string {
      const stamp = options.clock.now().replace(/[-:.]/g, '');
      const aside = `${databaseFile}.before-restore-${stamp}`;
      store?.close();
      store = null;
      databaseKey = null;
      for (const suffix of ['', '-wal', '-shm']) {
        if (existsSync(`${databaseFile}${suffix}`)) renameSync(`${databaseFile}${suffix}`, `${aside}${suffix}`);
      }
      if (existsSync(keyFilePath)) renameSync(keyFilePath, `${keyFilePath}.before-restore-${stamp}`);
      try {
        copyFileSync(backupFile, databaseFile);
        chmodSync(databaseFile, 0o600);
        writeKeyFile(keyFilePath, backupKeys);
        open(key);
      } catch (error) {
        removeDatabaseFiles(databaseFile);
        for (const suffix of ['', '-wal', '-shm']) {
          if (existsSync(`${aside}${suffix}`)) renameSync(`${aside}${suffix}`, `${databaseFile}${suffix}`);
        }
        if (existsSync(`${keyFilePath}.before-restore-${stamp}`)) renameSync(`${keyFilePath}.before-restore-${stamp}`, keyFilePath);
        throw error;
      }
      return aside;
    },

    /** Keeps the file open after the last sign-out (tests that look inside after signing out). */
    holdOpen(): void {
      heldOpen = true;
    },

    /**
     * After the last sign-out: closes an encrypted file, its key leaving memory, until the next
     * sign-in opens it again. A plain file from before encryption (no key slots yet) stays open.
     */
    closeAfterSignOut(): void {
      if (databaseKey && !heldOpen) vault.close();
    },

    /** Closes the database; the key leaves memory with it. */
    close(): void {
      store?.close();
      store = null;
      databaseKey?.fill(0);
      databaseKey = null;
    },
  };
  return vault;
}

export type SqliteVault = ReturnType<typeof openVault>;

/** A practice's store and what opens it: a workstation's encrypted file, or a practice server's PostgreSQL database. */
export type PracticeVault = SqliteVault | PostgresVault;
