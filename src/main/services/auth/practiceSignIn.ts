import type { NewAccount, PracticeSettings, User } from '../../../shared/model';
import { passphraseProblem } from '../../../shared/model/passphrasePolicy';
import { InvalidInputError, RefusedError, SignInThrottledError } from '../domainError';
import type { PracticeVault, SqliteVault } from '../keys/practiceVault';
import { initializePractice, setPassphrase } from '../practice/accounts';
import { practiceSettings } from '../practice/practiceSettings';
import type { Store } from '../store/store';
import { lockedSignIns } from './lockedSignIns';
import { endSession, startSession, type Session } from './session';
import { signInChecker, type CheckedChannel } from './signIn';
import { accountSubject, placeSubject, signInThrottle } from './signInThrottle';

/**
 * Starting a practice, signing in (which opens the encrypted file), locking and unlocking the
 * screen, signing out (the last one closes the file again): each throttled and in the access log. While the file is locked the throttle
 * and the refusals live beside it (lockedSignIns.ts) and reach the access log once it opens.
 */
export function practiceSignIn(vault: PracticeVault) {
  const locked = lockedSignIns(vault.directory);
  const lockedThrottle = signInThrottle(locked.failures);
  /** One attempt on the locked file at a time, so parallel guesses gain nothing. */
  let unlocking: Promise<unknown> = Promise.resolve();
  /** The sessions signed in here (several on a practice server); the file closes when the last one signs out. */
  const signedIn = new Set<Session>();

  function begin(session: Session, user: User): void {
    startSession(session, user, open().clock.now());
    signedIn.add(session);
  }

  /** Ends the session; after the last one (sessions that ended otherwise no longer count) the file closes. */
  function end(session: Session): void {
    endSession(session);
    for (const other of signedIn) if (other.user === null) signedIn.delete(other);
    if (signedIn.size === 0) vault.closeAfterSignOut();
  }

  /** The open store; a locked file has no signed-in user, so calls past sign-in always find it. */
  function open(): Store {
    if (!vault.store) throw new RefusedError('unauthenticated');
    return vault.store;
  }

  /** The passphrase checker (throttled, logged) of the open store; a new one when another file is opened. */
  let checker: { store: Store; check: ReturnType<typeof signInChecker> } | null = null;
  /** `session.workstation` is where the attempt comes from (a practice server's workstation), or null here. */
  function check(session: Session, name: string, passphrase: string, channel: CheckedChannel): Promise<User> {
    const store = open();
    if (checker?.store !== store) checker = { store, check: signInChecker(store) };
    return checker.check.check(name, passphrase, channel, session.workstation);
  }

  /** A sign-in, sign-out, lock or unlock in the access log. */
  async function record(user: User, action: string, channel: string): Promise<void> {
    await open().accessLog.record(user, { action, channel, workerId: null, outcome: 'allowed' });
  }

  async function signInPractice(store: Store) {
    const { name, language, jurisdiction } = await practiceSettings(store);
    return { name, language, jurisdiction };
  }

  /** Opens the locked file with the account's own key slot, under the throttle kept beside the file. */
  async function openLockedFile(vault: SqliteVault, session: Session, name: string, passphrase: string): Promise<void> {
    const now = vault.clock.now();
    const account = accountSubject(`hash:${await vault.nameHash(name)}`);
    const place = placeSubject(session.workstation);
    const wait = await lockedThrottle.wait([account, place], now);
    if (wait !== null) {
      locked.note('signInThrottled', 'auth.signIn', now);
      throw new SignInThrottledError(wait);
    }
    if (!(await vault.unlockWithPassphrase(name, passphrase))) {
      locked.note('signInFailed', 'auth.signIn', now);
      for (const subject of [account, place]) {
        if (await lockedThrottle.fail(subject, now)) locked.note('lockout', 'auth.signIn', now);
      }
      throw new RefusedError('invalidCredentials');
    }
    await lockedThrottle.succeed(account);
    await open().transaction((tx) => locked.flushInto(tx.accessLog));
  }

  return {
    /** First start (a new encrypted file) or the first account of a plain file from before encryption. */
    async initialize(session: Session, practice: PracticeSettings, account: Omit<NewAccount, 'role'>): Promise<User> {
      const fresh = vault.state() === 'new';
      if (!fresh && !vault.store) throw new RefusedError('alreadyInitialized');
      const store = fresh ? vault.create() : open();
      try {
        const user = await initializePractice(store, practice, account);
        const signInScreen = { name: practice.name, language: practice.language, jurisdiction: practice.jurisdiction };
        if (fresh) {
          vault.recoveryKeyToShow = { userId: user.id, recoveryKey: await vault.seal(user, account.passphrase, signInScreen) };
        } else if (vault.engine === 'sqlite' && vault.needsEncryption()) {
          vault.recoveryKeyToShow = { userId: user.id, recoveryKey: await vault.encrypt(user, account.passphrase, signInScreen) };
        } else {
          await vault.saveAccountSlot(user, account.passphrase);
        }
        begin(session, user);
        await record(user, 'signIn', 'practice.initialize');
        return user;
      } catch (error) {
        // Nothing of a first start that failed stays on disk.
        if (fresh) await vault.abandon();
        throw error;
      }
    },

    async signIn(session: Session, name: string, passphrase: string): Promise<User> {
      if (vault.state() === 'new') throw new RefusedError('invalidCredentials');
      // A locked file opens with the account's own key slot: signing in is what unlocks it.
      if (vault.engine === 'sqlite' && vault.state() === 'locked') {
        const file = vault;
        const attempt = unlocking.then(() => (file.state() === 'locked' ? openLockedFile(file, session, name, passphrase) : undefined));
        unlocking = attempt.catch(() => undefined);
        await attempt;
      }
      const user = await check(session, name, passphrase, 'auth.signIn');
      if (vault.engine === 'sqlite' && vault.needsEncryption()) {
        // The first sign-in after the upgrade encrypts the plain file under a new key.
        vault.recoveryKeyToShow = { userId: user.id, recoveryKey: await vault.encrypt(user, passphrase, await signInPractice(open())) };
      } else if (!vault.hasAccountSlot(user.id)) {
        // Accounts from before encryption (or before name hashing) get their slot at their first sign-in.
        await vault.saveAccountSlot(user, passphrase);
      }
      begin(session, user);
      await record(user, 'signIn', 'auth.signIn');
      return user;
    },

    async signOut(session: Session, user: User): Promise<void> {
      await record(user, 'signOut', 'auth.signOut');
      end(session);
    },

    /** A session that ran out (its hours are over): ended as a sign-out is, and the file closes after the last. */
    expire: end,

    async lock(session: Session, user: User): Promise<void> {
      if (!session.locked) await record(user, 'lock', 'auth.lock');
      session.locked = true;
    },

    async unlock(session: Session, user: User, passphrase: string): Promise<User> {
      try {
        await check(session, user.name, passphrase, 'auth.unlock');
      } catch (error) {
        // Locked out while the screen was locked: the session ends; signing in again waits for the lockout.
        if (error instanceof SignInThrottledError && error.wait.kind === 'locked') end(session);
        throw error;
      }
      session.locked = false;
      session.lastActivityAt = open().clock.now();
      await record(user, 'unlock', 'auth.unlock');
      return user;
    },

    /**
     * Forgotten passphrase: the recovery key opens the file and gives the named account a new
     * passphrase (and key slot), then signs it in.
     */
    async recover(session: Session, recoveryKey: string, name: string, passphrase: string): Promise<User> {
      if (vault.state() === 'new' || vault.needsEncryption()) throw new RefusedError('invalidRecoveryKey');
      if (!(await vault.recoverKey(recoveryKey))) throw new RefusedError('invalidRecoveryKey');
      if (vault.engine === 'sqlite' && vault.state() === 'locked') await vault.unlockWithRecoveryKey(recoveryKey);
      const store = open();
      const stored = await store.users.findByName(name);
      if (!stored) throw new RefusedError('notFound');
      const user = { id: stored.id, name: stored.name, role: stored.role };
      await setPassphrase(store, user.id, passphrase);
      await vault.saveAccountSlot(user, passphrase);
      begin(session, user);
      await record(user, 'recovered', 'auth.recover');
      return user;
    },

    /** The signed-in user's own passphrase: the current one checked under the throttle, the key slot rewrapped. */
    async changePassphrase(session: Session, user: User, current: string, next: string): Promise<void> {
      if (passphraseProblem(next, user.name) === 'passphraseIsName') throw InvalidInputError.field(['next'], 'passphraseIsName');
      await check(session, user.name, current, 'accounts.changePassphrase');
      await setPassphrase(open(), user.id, next);
      await vault.saveAccountSlot(user, next);
      await record(user, 'passphraseChanged', 'accounts.changePassphrase');
    },
  };
}
export type PracticeSignIn = ReturnType<typeof practiceSignIn>;
