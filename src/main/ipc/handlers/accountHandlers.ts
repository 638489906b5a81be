import { hashPassphrase, verifyPassphrase } from '../../services/auth/passphrase';
import { loadDemoPractice } from '../../services/demo/demoPractice';
import type { PracticeVault } from '../../services/keys/practiceVault';
import type { Store } from '../../services/store/store';
import { RefusedError, DuplicateAccountError, notFound } from '../../services/domainError';
import type { Handlers } from '../handler';

/** A stored hash to compare against when the name is unknown, so timing does not reveal names. */
const unknownUserHash = hashPassphrase('unknown user: never matches');

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

  function requireSettings() {
    const settings = open().practice.settings();
    if (!settings) throw notFound();
    return settings;
  }

  /** The settings with the logo as base64, as the settings screen shows them. */
  function fullSettings() {
    const logo = open().practice.logo();
    return { ...requireSettings(), logo: logo === null ? null : logo.toString('base64') };
  }

  function signInPractice() {
    const { name, language, jurisdiction } = requireSettings();
    return { name, language, jurisdiction };
  }

  return {
    'app.status': (_input, { session }) => {
      const store = vault.store;
      const settings = store?.practice.settings() ?? null;
      const shown = vault.recoveryKeyToShow;
      return {
        initialized: vault.state() === 'locked' || settings !== null,
        practice: settings
          ? { name: settings.name, language: settings.language, jurisdiction: settings.jurisdiction }
          : vault.signInPractice(),
        user: session.user,
        empty: store ? store.workplaces.list().length === 0 : false,
        recoveryKey: shown && session.user?.id === shown.userId ? shown.recoveryKey : null,
      };
    },

    'practice.initialize': async ({ practice, account }, { session }) => {
      if (vault.state() !== 'new' && (vault.store?.practice.settings() !== null || (vault.store?.users.count() ?? 0) > 0)) {
        throw new RefusedError('alreadyInitialized');
      }
      const passphraseHash = await hashPassphrase(account.passphrase);
      const fresh = vault.state() === 'new';
      const store = fresh ? vault.create() : open();
      try {
        const user = store.transaction(() => {
          if (store.practice.settings() !== null || store.users.count() > 0) {
            throw new RefusedError('alreadyInitialized');
          }
          store.practice.create(practice);
          if (practice.logo !== null) store.practice.setLogo(Buffer.from(practice.logo, 'base64'));
          const id = store.users.create({ name: account.name, role: 'doctor', passphraseHash });
          return { id, name: account.name, role: 'doctor' as const };
        });
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
        if (fresh) vault.abandon();
        throw error;
      }
    },

    'practice.settings': () => fullSettings(),

    'practice.updateSettings': ({ logo, ...settings }) => {
      const store = open();
      store.transaction(() => {
        requireSettings();
        store.practice.update(settings);
        if (logo !== undefined) store.practice.setLogo(logo === null ? null : Buffer.from(logo, 'base64'));
      });
      vault.setSignInPractice(signInPractice());
      return fullSettings();
    },

    'practice.loadDemo': () => {
      const store = open();
      return store.transaction(() => {
        if (store.workplaces.list().length > 0) throw new RefusedError('practiceNotEmpty');
        return { workers: loadDemoPractice(store) };
      });
    },

    'accounts.list': () => open().users.list(),

    'accounts.create': async ({ name, role, passphrase }) => {
      const store = open();
      const passphraseHash = await hashPassphrase(passphrase);
      const id = store.transaction(() => {
        if (store.users.findByName(name)) throw new DuplicateAccountError(name);
        return store.users.create({ name, role, passphraseHash });
      });
      await vault.saveAccountSlot({ id, name, role }, passphrase);
      return { id, name, role };
    },

    'auth.signIn': async ({ name, passphrase }, { session }) => {
      if (vault.state() === 'new') throw new RefusedError('invalidCredentials');
      // A locked file opens with the account's own key slot: signing in is what unlocks it.
      if (vault.state() === 'locked' && !(await vault.unlockWithPassphrase(name, passphrase))) {
        throw new RefusedError('invalidCredentials');
      }
      const store = open();
      const stored = store.users.findByName(name);
      const matches = await verifyPassphrase(passphrase, stored?.passphraseHash ?? (await unknownUserHash));
      if (!stored || !matches) throw new RefusedError('invalidCredentials');
      const user = { id: stored.id, name: stored.name, role: stored.role };
      if (vault.needsEncryption()) {
        // The first sign-in after the upgrade encrypts the plain file under a new key.
        vault.recoveryKeyToShow = { userId: user.id, recoveryKey: await vault.encrypt(user, passphrase, signInPractice()) };
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
