import { loadDemoIntoEmptyPractice } from '../../services/demo/demoPractice';
import { DEFAULT_IDLE_LOCK_MINUTES, endSession, startSession } from '../../services/auth/session';
import { signInChecker } from '../../services/auth/signIn';
import { SignInThrottledError } from '../../services/domainError';
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
  | 'auth.signIn'
  | 'auth.signOut'
  | 'auth.lock'
  | 'auth.unlock';

export function accountHandlers(store: Store): Pick<Handlers, AccountChannels> {
  const signIn = signInChecker(store);

  /** A sign-in, sign-out, lock or unlock in the access log. */
  function record(user: User, action: string, channel: string): void {
    store.accessLog.record(user, { action, channel, workerId: null, outcome: 'allowed' });
  }

  return {
    'app.status': (_input, { session }) => ({
      ...practiceStatus(store),
      user: session.user,
      locked: session.locked,
      workerMode: session.workerMode !== null,
      idleLockMinutes: store.practice.settings()?.idleLockMinutes ?? DEFAULT_IDLE_LOCK_MINUTES,
    }),

    'practice.initialize': async ({ practice, account }, { session }) => {
      const user = await initializePractice(store, practice, account);
      startSession(session, user, store.clock.now());
      record(user, 'signIn', 'practice.initialize');
      return user;
    },

    'practice.settings': () => practiceSettings(store),
    'practice.updateSettings': (settings) => updatePracticeSettings(store, settings),
    'practice.loadDemo': () => ({ workers: loadDemoIntoEmptyPractice(store) }),
    'accounts.list': () => store.users.list(),
    'accounts.create': (account) => createAccount(store, account),

    'auth.signIn': async ({ name, passphrase }, { session }) => {
      const user = await signIn.check(name, passphrase, 'auth.signIn');
      startSession(session, user, store.clock.now());
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
        await signIn.check(user.name, passphrase, 'auth.unlock');
      } catch (error) {
        // Locked out while the screen was locked: the session ends; signing in again waits for the lockout.
        if (error instanceof SignInThrottledError && error.wait.kind === 'locked') endSession(session);
        throw error;
      }
      session.locked = false;
      session.lastActivityAt = store.clock.now();
      record(user, 'unlock', 'auth.unlock');
      return user;
    },
  };
}
