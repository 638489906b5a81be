import type { PracticeSignIn } from '../../services/auth/practiceSignIn';
import type { PracticeVault } from '../../services/keys/practiceVault';
import { RefusedError } from '../../services/domainError';
import type { Handlers } from '../handler';

type KeyChannels =
  | 'auth.recover'
  | 'keys.recoveryKeyNoted'
  | 'keys.newRecoveryKey'
  | 'accounts.changePassphrase'
  | 'keys.keychain'
  | 'keys.setKeychain';

/** The keys of the encrypted practice file. */
export function keyHandlers(vault: PracticeVault, signIn: PracticeSignIn): Pick<Handlers, KeyChannels> {
  return {
    'auth.recover': ({ recoveryKey, name, passphrase }, { session }) => signIn.recover(session, recoveryKey, name, passphrase),

    'keys.recoveryKeyNoted': (_input, { user }) => {
      if (vault.recoveryKeyToShow?.userId === user.id) vault.recoveryKeyToShow = null;
      return null;
    },

    'keys.newRecoveryKey': async (_input, { user }) => {
      vault.recoveryKeyToShow = { userId: user.id, recoveryKey: await vault.replaceRecoveryKey() };
      return null;
    },

    'accounts.changePassphrase': async ({ current, next }, { session, user }) => {
      await signIn.changePassphrase(session, user, current, next);
      return null;
    },

    'keys.keychain': () => vault.keychainState(),

    'keys.setKeychain': ({ enabled }) => {
      if (enabled && vault.keychainState() === 'unavailable') throw new RefusedError('keychainUnavailable');
      if (vault.engine === 'sqlite') vault.setKeychain(enabled);
      return vault.keychainState();
    },
  };
}
