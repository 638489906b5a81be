import { loadDemoIntoEmptyPractice } from '../../services/demo/demoPractice';
import { RefusedError } from '../../services/domainError';
import type { PracticeVault } from '../../services/keys/practiceVault';
import { authenticate, createAccount, initializePractice } from '../../services/practice/accounts';
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
  | 'auth.signIn'
  | 'auth.signOut';

/** The practice, its accounts and signing in; they work while the practice file is still locked. */
export function accountHandlers(vault: PracticeVault): Pick<Handlers, AccountChannels> {
  /** The open store; a locked file has no signed-in user, so channels past sign-in always find it. */
  function open(): Store {
    if (!vault.store) throw new RefusedError('unauthenticated');
    return vault.store;
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
      if (store) return { ...practiceStatus(store), user: session.user, recoveryKey };
      // Locked: the sign-in screen's copy of the practice's name and language, from the key file.
      const practice = vault.signInPractice();
      return { initialized: vault.state() === 'locked', practice, user: null, empty: false, recoveryKey: null };
    },

    'practice.initialize': async ({ practice, account }, { session }) => {
      const fresh = vault.state() === 'new';
      if (!fresh && !vault.store) throw new RefusedError('alreadyInitialized');
      const store = fresh ? vault.create() : open();
      try {
        const user = await initializePractice(store, practice, account);
        const signIn = { name: practice.name, language: practice.language, jurisdiction: practice.jurisdiction };
        if (fresh) {
          vault.recoveryKeyToShow = { userId: user.id, recoveryKey: await vault.seal(user, account.passphrase, signIn) };
        } else if (vault.needsEncryption()) {
          vault.recoveryKeyToShow = { userId: user.id, recoveryKey: await vault.encrypt(user, account.passphrase, signIn) };
        } else {
          await vault.saveAccountSlot(user, account.passphrase);
        }
        session.user = user;
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

    'auth.signIn': async ({ name, passphrase }, { session }) => {
      if (vault.state() === 'new') throw new RefusedError('invalidCredentials');
      // A locked file opens with the account's own key slot: signing in is what unlocks it.
      if (vault.state() === 'locked' && !(await vault.unlockWithPassphrase(name, passphrase))) {
        throw new RefusedError('invalidCredentials');
      }
      const store = open();
      const user = await authenticate(store, name, passphrase);
      if (vault.needsEncryption()) {
        // The first sign-in after the upgrade encrypts the plain file under a new key.
        vault.recoveryKeyToShow = { userId: user.id, recoveryKey: await vault.encrypt(user, passphrase, signInPractice(store)) };
      } else if (!vault.hasAccountSlot(user.id)) {
        // Accounts from before encryption get their key slot at their first sign-in.
        await vault.saveAccountSlot(user, passphrase);
      }
      session.user = user;
      return user;
    },

    'auth.signOut': (_input, { session }) => {
      session.user = null;
      return null;
    },
  };
}
