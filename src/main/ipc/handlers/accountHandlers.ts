import { loadDemoIntoEmptyPractice } from '../../services/demo/demoPractice';
import { DEFAULT_IDLE_LOCK_MINUTES, endSession, startSession } from '../../services/auth/session';
import { signInChecker } from '../../services/auth/signIn';
import { RefusedError, SignInThrottledError } from '../../services/domainError';
import type { PracticeVault } from '../../services/keys/practiceVault';
import { createAccount, initializePractice } from '../../services/practice/accounts';
import { practiceSettings, practiceStatus, updatePracticeSettings } from '../../services/practice/practiceSettings';
import type { Store } from '../../services/store/store';
import type { User } from '../../../shared/model';
import type { Handlers } from '../handler';

type AccountChannels =
  | 'app.status'
  | 'practice.initialize'
  | 'practice.settings'
  | 'practice.updateSettings'
  | 'practice.loadDemo'
  | 'accounts.list'
  | 'accounts.create'
  | 'accounts.profile'
  | 'accounts.updateProfile'
  | 'auth.signIn'
  | 'auth.signOut'
  | 'auth.lock'
  | 'auth.unlock';

/** The practice, its accounts and signing in; they work while the practice file is still locked. */
export function accountHandlers(vault: PracticeVault): Pick<Handlers, AccountChannels> {
  /** The open store; a locked file has no signed-in user, so channels past sign-in always find it. */
  function open(): Store {
    if (!vault.store) throw new RefusedError('unauthenticated');
    return vault.store;
  }

  /** The passphrase checker (throttled, logged) of the open store; a new one when another file is opened. */
  let checker: { store: Store; signIn: ReturnType<typeof signInChecker> } | null = null;
  function signIn() {
    const store = open();
    if (checker?.store !== store) checker = { store, signIn: signInChecker(store) };
    return checker.signIn;
  }

  /** A sign-in, sign-out, lock or unlock in the access log. */
  function record(user: User, action: string, channel: string): void {
    open().accessLog.record(user, { action, channel, workerId: null, outcome: 'allowed' });
  }

  function signInPractice(store: Store) {
    const { name, language, jurisdiction } = practiceSettings(store);
    return { name, language, jurisdiction };
  }

  return {
    'app.status': (_input, { session }) => {
      const shown = vault.recoveryKeyToShow;
      const recoveryKey = shown && session.user?.id === shown.userId ? shown.recoveryKey : null;
      const store = vault.store;
      if (store) {
        return {
          ...practiceStatus(store),
          user: session.user,
          locked: session.locked,
          workerMode: session.workerMode !== null,
          idleLockMinutes: store.practice.settings()?.idleLockMinutes ?? DEFAULT_IDLE_LOCK_MINUTES,
          recoveryKey,
        };
      }
      // Locked file: the sign-in screen's copy of the practice's name and language, from the key file.
      return {
        initialized: vault.state() === 'locked',
        practice: vault.signInPractice(),
        user: null,
        empty: false,
        locked: false,
        workerMode: false,
        idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES,
        recoveryKey: null,
      };
    },

    'practice.initialize': async ({ practice, account }, { session }) => {
      const fresh = vault.state() === 'new';
      if (!fresh && !vault.store) throw new RefusedError('alreadyInitialized');
      const store = fresh ? vault.create() : open();
      try {
        const user = await initializePractice(store, practice, account);
        const signInScreen = { name: practice.name, language: practice.language, jurisdiction: practice.jurisdiction };
        if (fresh) {
          vault.recoveryKeyToShow = { userId: user.id, recoveryKey: await vault.seal(user, account.passphrase, signInScreen) };
        } else if (vault.needsEncryption()) {
          vault.recoveryKeyToShow = { userId: user.id, recoveryKey: await vault.encrypt(user, account.passphrase, signInScreen) };
        } else {
          await vault.saveAccountSlot(user, account.passphrase);
        }
        startSession(session, user, open().clock.now());
        record(user, 'signIn', 'practice.initialize');
        return user;
      } catch (error) {
        // Nothing of a first start that failed stays on disk.
        if (fresh) vault.abandon();
        throw error;
      }
    },

    'practice.settings': () => practiceSettings(open()),

    'practice.updateSettings': async (settings) => {
      const store = open();
      const saved = await updatePracticeSettings(store, settings);
      vault.setSignInPractice(signInPractice(store));
      return saved;
    },

    'practice.loadDemo': () => ({ workers: loadDemoIntoEmptyPractice(open()) }),
    'accounts.list': () => open().users.list(),

    'accounts.create': async (account) => {
      const user = await createAccount(open(), account);
      await vault.saveAccountSlot(user, account.passphrase);
      return user;
    },

    'accounts.profile': (_input, { user }) => ({ name: user.name, professionalRegistration: open().users.professionalRegistration(user.id) }),

    'accounts.updateProfile': ({ professionalRegistration }, { user }) => {
      const store = open();
      store.transaction(() => store.users.setProfessionalRegistration(user.id, professionalRegistration));
      return { name: user.name, professionalRegistration: store.users.professionalRegistration(user.id) };
    },

    'auth.signIn': async ({ name, passphrase }, { session }) => {
      if (vault.state() === 'new') throw new RefusedError('invalidCredentials');
      // A locked file opens with the account's own key slot: signing in is what unlocks it. Until
      // it is open there is no throttle or access log to write to; each guess costs a scrypt.
      if (vault.state() === 'locked' && !(await vault.unlockWithPassphrase(name, passphrase))) {
        throw new RefusedError('invalidCredentials');
      }
      const user = await signIn().check(name, passphrase, 'auth.signIn');
      if (vault.needsEncryption()) {
        // The first sign-in after the upgrade encrypts the plain file under a new key.
        vault.recoveryKeyToShow = { userId: user.id, recoveryKey: await vault.encrypt(user, passphrase, signInPractice(open())) };
      } else if (!vault.hasAccountSlot(user.id)) {
        // Accounts from before encryption get their key slot at their first sign-in.
        await vault.saveAccountSlot(user, passphrase);
      }
      startSession(session, user, open().clock.now());
      record(user, 'signIn', 'auth.signIn');
      return user;
    },

    'auth.signOut': (_input, { session, user }) => {
      record(user, 'signOut', 'auth.signOut');
      endSession(session);
      return null;
    },

    'auth.lock': (_input, { session, user }) => {
      if (!session.locked) record(user, 'lock', 'auth.lock');
      session.locked = true;
      return null;
    },

    'auth.unlock': async ({ passphrase }, { session, user }) => {
      try {
        await signIn().check(user.name, passphrase, 'auth.unlock');
      } catch (error) {
        // Locked out while the screen was locked: the session ends; signing in again waits for the lockout.
        if (error instanceof SignInThrottledError && error.wait.kind === 'locked') endSession(session);
        throw error;
      }
      session.locked = false;
      session.lastActivityAt = open().clock.now();
      record(user, 'unlock', 'auth.unlock');
      return user;
    },
  };
}
