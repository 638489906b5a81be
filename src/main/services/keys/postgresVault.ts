import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { User } from '../../../shared/model';
import type { Clock } from '../store/clock';
import { openRepositories, type Store } from '../store/store';
import type { SqlDatabase } from '../store/sql';
import { keyFileName, readKeyFile, writeKeyFile, type KeyFile } from './keyFile';
import { unwrapKey, wrapKey } from './keyWrap';
import type { SignInPractice } from './practiceVault';
import { recoveryLabel } from './practiceVault';
import { newRecoveryKey, normalizeRecoveryKey } from './recoveryKey';

/**
 * The server's key file for a practice on PostgreSQL: the sign-in screen's practice, and the
 * recovery slot, which wraps a random secret that only the recovery key opens. There are no
 * account slots: the database is not encrypted with a key this process holds.
 */
async function serverKeyFile(practice: SignInPractice | null, recoveryKey: string): Promise<KeyFile> {
  return { format: 1, practice, accounts: [], recovery: await wrapKey(randomBytes(32), recoveryKey, recoveryLabel), keychain: null };
}

/** Writes the key file of a practice moved onto a server in `directory`, for the recovery key it had on its workstation. */
export async function writeServerKeyFile(directory: string, practice: SignInPractice | null, recoveryKey: string): Promise<void> {
  writeKeyFile(join(directory, keyFileName), await serverKeyFile(practice, recoveryKey));
}

/**
 * The practice of a practice server, on PostgreSQL, behind the same handler map as a workstation's
 * encrypted file (practiceVault.ts). The database is always open: PostgreSQL's roles and the
 * server's own disk protect it, so signing in checks a password but unlocks nothing, and signing
 * out closes nothing. What the file's keys also gave people stays, in the key file in the server's
 * folder: the practice's name on the sign-in screen, and the recovery key with which a doctor who
 * forgot their password sets a new one. Backups are PostgreSQL's (pg_dump, continuous archiving),
 * made by the server's administrator; the OS keychain has no place on a server.
 */
export async function openPostgresVault(directory: string, sql: SqlDatabase, clock: Clock) {
  const keyFilePath = join(directory, keyFileName);
  const store: Store = { ...openRepositories(sql, clock), sql };
  let initialized = (await store.users.count()) > 0;

  const vault = {
    engine: 'postgres' as const,
    directory,
    clock,
    recoveryKeyToShow: null as { userId: number; recoveryKey: string } | null,

    /** The database, once it holds a practice; null before the first start. */
    get store(): Store | null {
      return initialized ? store : null;
    },

    state(): 'new' | 'open' {
      return initialized ? 'open' : 'new';
    },

    /** Nothing here is ever a plain file waiting for encryption. */
    needsEncryption(): false {
      return false;
    },

    signInPractice(): SignInPractice | null {
      return readKeyFile(keyFilePath)?.practice ?? null;
    },

    /** First start on an empty database (tests, or a practice set up on its server): it gets its practice now. */
    create(): Store {
      if (initialized) throw new Error('The database holds a practice already');
      initialized = true;
      return store;
    },

    /** A first start failed half-way: what it wrote is removed, and the database is empty again. */
    async abandon(): Promise<void> {
      await sql.transaction(async (tx) => {
        for (const table of ['access_log', 'users', 'practice_settings']) await tx.run(`DELETE FROM ${table}`);
      });
      initialized = false;
    },

    /** The key file of a new practice: its sign-in screen and a new recovery key, returned once. */
    async seal(_user: User, _passphrase: string, practice: SignInPractice): Promise<string> {
      const recoveryKey = newRecoveryKey();
      writeKeyFile(keyFilePath, await serverKeyFile(practice, recoveryKey));
      return recoveryKey;
    },

    /** Whether the recovery key fits this practice (it opens the key file's recovery slot). */
    async recoverKey(recoveryKey: string): Promise<Buffer | null> {
      const file = readKeyFile(keyFilePath);
      return file ? unwrapKey(file.recovery, normalizeRecoveryKey(recoveryKey), recoveryLabel) : null;
    },

    /** Replaces the recovery key (the old one stops working) and returns the new one, to be shown once. */
    async replaceRecoveryKey(): Promise<string> {
      const recoveryKey = newRecoveryKey();
      writeKeyFile(keyFilePath, await serverKeyFile(vault.signInPractice(), recoveryKey));
      return recoveryKey;
    },

    setSignInPractice(practice: SignInPractice): void {
      const file = readKeyFile(keyFilePath);
      if (file) writeKeyFile(keyFilePath, { ...file, practice });
    },

    keychainState(): 'unavailable' {
      return 'unavailable';
    },

    /** Accounts have no key slots here: their password is checked against its hash in the database. */
    hasAccountSlot(): boolean {
      return true;
    },
    async saveAccountSlot(): Promise<void> {},
    removeAccountSlot(): void {},

    /** Signing out leaves the database to the other workstations. */
    closeAfterSignOut(): void {},

    /** Ends the pool's connections (the server stops). */
    close(): Promise<void> {
      return sql.close();
    },
  };
  return vault;
}

export type PostgresVault = Awaited<ReturnType<typeof openPostgresVault>>;
