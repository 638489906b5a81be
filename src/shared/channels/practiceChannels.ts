import { z } from 'zod';
import { accountFields, accountProfileSchema, accountProfileUpdateSchema, jurisdiction, language, newAccountSchema, passphraseNotName, practiceSettingsSchema, practiceSettingsUpdateSchema, savedPracticeSettingsSchema, signInSchema, userSchema } from '../model';
import { channel, noInput } from './channel';

/** The practice, its accounts and signing in. */
export const practiceChannels = {
  'app.status': channel({
    input: noInput,
    output: z.object({
      initialized: z.boolean(),
      practice: z.object({ name: z.string(), language, jurisdiction }).nullable(),
      user: userSchema.nullable(),
      /** The screen is locked: the user's passphrase unlocks it. */
      locked: z.boolean(),
      /** The screen is handed to a worker for their questionnaire; the doctor's passphrase ends it. */
      workerMode: z.boolean(),
      /** Minutes without use after which the renderer locks the screen. */
      idleLockMinutes: z.number().int(),
      /** No employers yet: the moment to offer the example practice. */
      empty: z.boolean(),
      /** The recovery key made for this user at first start or at the upgrade to encryption, until noted. */
      recoveryKey: z.string().nullable(),
    }),
    access: 'public',
  }),
  'practice.initialize': channel({
    input: z.object({ practice: practiceSettingsSchema, account: accountFields.extend({ role: z.literal('doctor') }).superRefine(passphraseNotName) }),
    output: userSchema,
    access: 'public',
  }),
  'practice.settings': channel({ input: noInput, output: savedPracticeSettingsSchema, access: 'session' }),
  /** Refused with 'changedMeanwhile' when the settings were saved by someone else since `rowVersion`. */
  'practice.updateSettings': channel({ input: practiceSettingsUpdateSchema, output: savedPracticeSettingsSchema, access: 'practice.admin' }),
  'practice.loadDemo': channel({ input: noInput, output: z.object({ workers: z.number().int() }), access: 'practice.admin' }),
  'accounts.list': channel({ input: noInput, output: z.array(userSchema), access: 'practice.admin' }),
  'accounts.create': channel({ input: newAccountSchema, output: userSchema, access: 'practice.admin' }),
  /** Removes another account (never one's own): it can no longer sign in; answers the accounts left. */
  'accounts.remove': channel({ input: z.object({ id: z.number().int().positive() }), output: z.array(userSchema), access: 'practice.admin' }),
  /** The signed-in user's own account: name and BIG or RIZIV number. */
  'accounts.profile': channel({ input: noInput, output: accountProfileSchema, access: 'session' }),
  /** Changes the signed-in user's own BIG or RIZIV number (empty removes it). */
  'accounts.updateProfile': channel({ input: accountProfileUpdateSchema, output: accountProfileSchema, access: 'session' }),
  'auth.signIn': channel({ input: signInSchema, output: userSchema, access: 'public' }),
  'auth.signOut': channel({ input: noInput, output: z.null(), access: 'session' }),
  /** Locks the screen now (idle in the renderer, or the user's own choice); main refuses other calls until unlocked. */
  'auth.lock': channel({ input: noInput, output: z.null(), access: 'session' }),
  'auth.unlock': channel({
    input: z.object({ passphrase: z.string().min(1, { error: 'required' }).max(200, { error: 'tooLong' }) }),
    output: userSchema,
    access: 'session',
  }),
} as const;
