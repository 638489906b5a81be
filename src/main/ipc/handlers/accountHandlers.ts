import { loadDemoIntoEmptyPractice } from '../../services/demo/demoPractice';
import type { PracticeSignIn } from '../../services/auth/practiceSignIn';
import { DEFAULT_IDLE_LOCK_MINUTES } from '../../services/auth/session';
import { RefusedError } from '../../services/domainError';
import type { PracticeVault } from '../../services/keys/practiceVault';
import { addAccount, removeAccount } from '../../services/practice/practiceAccounts';
import { practiceSettings, practiceStatus, updatePracticeSettings } from '../../services/practice/practiceSettings';
import type { Store } from '../../services/store/store';
import type { Handlers } from '../handler';

type AccountChannels =
  | 'app.status'
  | 'practice.initialize'
  | 'practice.settings'
  | 'practice.updateSettings'
  | 'practice.loadDemo'
  | 'accounts.list'
  | 'accounts.create'
  | 'accounts.remove'
  | 'accounts.profile'
  | 'accounts.updateProfile'
  | 'auth.signIn'
  | 'auth.signOut'
  | 'auth.lock'
  | 'auth.unlock';

/** The practice, its accounts and signing in; they work while the practice file is still locked. */
export function accountHandlers(vault: PracticeVault, signIn: PracticeSignIn): Pick<Handlers, AccountChannels> {
  /** The open store; a locked file has no signed-in user, so channels past sign-in always find it. */
  function open(): Store {
    if (!vault.store) throw new RefusedError('unauthenticated');
    return vault.store;
  }

  return {
    'app.status': async (_input, { session }) => {
      const shown = vault.recoveryKeyToShow;
      const recoveryKey = shown && session.user?.id === shown.userId ? shown.recoveryKey : null;
      const store = vault.store;
      if (store) {
        return {
          ...(await practiceStatus(store)),
          user: session.user,
          locked: session.locked,
          workerMode: session.workerMode !== null,
          idleLockMinutes: (await store.practice.settings())?.idleLockMinutes ?? DEFAULT_IDLE_LOCK_MINUTES,
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

    'practice.initialize': ({ practice, account }, { session }) => signIn.initialize(session, practice, account),

    'practice.settings': () => practiceSettings(open()),

    'practice.updateSettings': async (settings) => {
      const saved = await updatePracticeSettings(open(), settings);
      vault.setSignInPractice({ name: saved.name, language: saved.language, jurisdiction: saved.jurisdiction });
      return saved;
    },

    'practice.loadDemo': async () => ({ workers: await loadDemoIntoEmptyPractice(open()) }),
    'accounts.list': () => open().users.list(),

    'accounts.create': (account) => addAccount(vault, account),
    'accounts.remove': ({ id }, { user }) => removeAccount(vault, user, id),

    'accounts.profile': async (_input, { user }) => ({ name: user.name, professionalRegistration: await open().users.professionalRegistration(user.id) }),

    'accounts.updateProfile': async ({ professionalRegistration }, { user }) => {
      const store = open();
      await store.transaction((tx) => tx.users.setProfessionalRegistration(user.id, professionalRegistration));
      return { name: user.name, professionalRegistration: await store.users.professionalRegistration(user.id) };
    },

    'auth.signIn': ({ name, passphrase }, { session }) => signIn.signIn(session, name, passphrase),

    'auth.signOut': async (_input, { session, user }) => {
      await signIn.signOut(session, user);
      return null;
    },

    'auth.lock': async (_input, { session, user }) => {
      await signIn.lock(session, user);
      return null;
    },

    'auth.unlock': ({ passphrase }, { session, user }) => signIn.unlock(session, user, passphrase),
  };
}
