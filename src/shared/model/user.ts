import { z } from 'zod';
import { id, requiredText } from './common';

export const role = z.enum(['doctor', 'nurse', 'preventionAdvisor']);
export type Role = z.infer<typeof role>;

export const passphrase = z.string().min(10, { error: 'passphraseTooShort' }).max(200, { error: 'tooLong' });

export const newAccountSchema = z.object({
  name: requiredText(80),
  role,
  passphrase,
});
export type NewAccount = z.infer<typeof newAccountSchema>;

export const signInSchema = z.object({
  name: requiredText(80),
  passphrase: z.string().min(1, { error: 'required' }).max(200, { error: 'tooLong' }),
});

export const userSchema = z.object({ id, name: z.string(), role });
export type User = z.infer<typeof userSchema>;
