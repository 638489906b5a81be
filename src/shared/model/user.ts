import { z } from 'zod';
import { id, requiredText } from './common';
import { passphraseProblem } from './passphrasePolicy';

export const role = z.enum(['doctor', 'nurse', 'preventionAdvisor']);
export type Role = z.infer<typeof role>;

/** A new passphrase: at most 200 characters, and none of the trivial ones (passphrasePolicy.ts). */
export const passphrase = z
  .string()
  .max(200, { error: 'tooLong', abort: true })
  .superRefine((value, context) => {
    const problem = passphraseProblem(value);
    if (problem !== null) context.addIssue({ code: 'custom', message: problem, input: value });
  });

/** Refuses a passphrase equal to the account's own name (the other rules are the field's own). */
export function passphraseNotName<T extends { name: string; passphrase: string }>(account: T, context: z.RefinementCtx) {
  if (passphraseProblem(account.passphrase, account.name) === 'passphraseIsName') {
    context.addIssue({ code: 'custom', message: 'passphraseIsName', path: ['passphrase'], input: account.passphrase });
  }
}

export const accountFields = z.object({
  name: requiredText(80),
  role,
  passphrase,
});

export const newAccountSchema = accountFields.superRefine(passphraseNotName);
export type NewAccount = z.infer<typeof newAccountSchema>;

export const signInSchema = z.object({
  name: requiredText(80),
  passphrase: z.string().min(1, { error: 'required' }).max(200, { error: 'tooLong' }),
});

export const userSchema = z.object({ id, name: z.string(), role });
export type User = z.infer<typeof userSchema>;
