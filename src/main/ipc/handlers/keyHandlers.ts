import { hashPassphrase, verifyPassphrase } from '../../services/auth/passphrase';
import type { PracticeVault } from '../../services/keys/practiceVault';
import { RefusedError } from '../../services/domainError';
import { startSession } from '../../services/auth/session';
import type { Handlers } from '../handler';

type KeyChannels =
  | 'auth.recover'
  | 'keys.recoveryKeyNoted'
  | 'keys.newRecoveryKey'
  | 'accounts.changePassphrase'
  | 'keys.keychain'
  | 'keys.setKeychain';

/** The keys of the encrypted practice file. */
export function keyHandlers(vault: PracticeVault): Pick<Handlers, KeyChannels> {
  function open() {
    if (!vault.store) throw new RefusedError('unauthenticated');
    return vault.store;
  }

  return {
    'auth.recover': async ({ recoveryKey, name, passphrase }, { session }) => {
      if (vault.state() === 'new' || vault.needsEncryption()) throw new RefusedError('invalidRecoveryKey');
      const key = await vault.recoverKey(recoveryKey);
      if (!key) throw new RefusedError('invalidRecoveryKey');
      if (vault.state() === 'locked') await vault.unlockWithRecoveryKey(recoveryKey);
      const store = open();
      const stored = store.users.findByName(name);
      if (!stored) throw new RefusedError('notFound');
      const passphraseHash = await hashPassphrase(passphrase);
      store.transaction(() => store.users.setPassphraseHash(stored.id, passphraseHash));
      const user = { id: stored.id, name: stored.name, role: stored.role };
      await vault.saveAccountSlot(user, passphrase);
      // A full session (signed in now, so it expires and idles like any other).
      startSession(session, user, store.clock.now());
      return user;
    },

    'keys.recoveryKeyNoted': (_input, { user }) => {
      if (vault.recoveryKeyToShow?.userId === user.id) vault.recoveryKeyToShow = null;
      return null;
    },

    'keys.newRecoveryKey': async (_input, { user }) => {
      vault.recoveryKeyToShow = { userId: user.id, recoveryKey: await vault.replaceRecoveryKey() };
      return null;
    },

    'accounts.changePassphrase': async ({ current, next }, { user }) => {
      const store = open();
      const stored = store.users.findByName(user.name);
      if (!stored || !(await verifyPassphrase(current, stored.passphraseHash))) {
        throw new RefusedError('invalidCredentials');
      }
      const passphraseHash = await hashPassphrase(next);
      store.transaction(() => store.users.setPassphraseHash(user.id, passphraseHash));
      await vault.saveAccountSlot(user, next);
      return null;
    },

    'keys.keychain': () => vault.keychainState(),

    'keys.setKeychain': ({ enabled }) => {
      if (enabled && vault.keychainState() === 'unavailable') throw new RefusedError('keychainUnavailable');
      vault.setKeychain(enabled);
      return vault.keychainState();
    },
  };
}
