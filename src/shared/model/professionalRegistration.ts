import { z } from 'zod';
import type { Jurisdiction } from './common';

/*
 * A doctor's registration number, printed under the name on a referral letter: in the Netherlands
 * the BIG number (11 digits), in Belgium the RIZIV/INAMI number (11 digits, written 1-23456-78-901).
 * The practice's country says which register it is. Stored as the 11 digits only.
 */

/** Which register a practice's doctors are in. */
export type ProfessionalRegister = 'BIG' | 'RIZIV';

export function professionalRegisterOf(country: Jurisdiction): ProfessionalRegister {
  return country === 'BE' ? 'RIZIV' : 'BIG';
}

/** Spaces, dots, hyphens and slashes people write between the digits. */
const SEPARATORS = /[\s.\-/]/g;

/**
 * The number as typed ('1-23456-78-901', '123 456 789 01'): 11 digits once the separators are
 * dropped, or empty for none (null).
 */
export const professionalRegistration = z
  .string()
  .max(40, { error: 'tooLong', abort: true })
  .transform((value) => value.replace(SEPARATORS, ''))
  .refine((digits) => digits === '' || /^\d{11}$/.test(digits), { error: 'professionalRegistration' })
  .transform((digits) => (digits === '' ? null : digits))
  .nullable();

/** The number the way its register writes it: BIG as 11 digits, RIZIV as 1-23456-78-901. */
export function formatProfessionalRegistration(digits: string, register: ProfessionalRegister): string {
  if (register === 'BIG') return digits;
  return `${digits.slice(0, 1)}-${digits.slice(1, 6)}-${digits.slice(6, 8)}-${digits.slice(8)}`;
}

export const accountProfileSchema = z.object({
  name: z.string(),
  /** 11 digits, or null while the doctor has not given one. */
  professionalRegistration: z.string().nullable(),
});
export type AccountProfile = z.infer<typeof accountProfileSchema>;

export const accountProfileUpdateSchema = z.object({ professionalRegistration }).strict();
