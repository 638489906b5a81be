import { z } from 'zod';
import { passphrase, requiredText, userSchema } from '../model';
import { channel, noInput } from './channel';

const keychainState = z.enum(['unavailable', 'off', 'on']);

/** The keys of the encrypted practice file: recovery key, passphrase changes, the OS keychain. */
export const keyChannels = {
  /**
   * Forgotten passphrase: the recovery key opens the file and gives the named account a new
   * passphrase, then signs it in.
   */
  'auth.recover': channel({
    input: z.object({
      recoveryKey: z.string().trim().min(1, { error: 'required' }).max(80, { error: 'tooLong' }),
      name: requiredText(80),
      passphrase,
    }),
    output: userSchema,
    access: 'public',
  }),
  /** The signed-in user has written down the recovery key that app.status showed once. */
  'keys.recoveryKeyNoted': channel({ input: noInput, output: z.null(), access: 'session' }),
  /** A new recovery key replaces the old one; shown once through app.status. */
  'keys.newRecoveryKey': channel({ input: noInput, output: z.null(), access: 'practice.admin' }),
  'accounts.changePassphrase': channel({
    input: z.object({ current: z.string().min(1, { error: 'required' }).max(200, { error: 'tooLong' }), next: passphrase }),
    output: z.null(),
    access: 'session',
  }),
  'keys.keychain': channel({ input: noInput, output: keychainState, access: 'practice.admin' }),
  'keys.setKeychain': channel({ input: z.object({ enabled: z.boolean() }), output: keychainState, access: 'practice.admin' }),
} as const;
