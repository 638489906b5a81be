import { z } from 'zod';

/** Calendar date `YYYY-MM-DD`, validated as a real day. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date' })
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, { error: 'date' });

export const id = z.number().int().positive();

/**
 * How many times a record was saved: an edit screen reads it with the record and sends it back with
 * the change, and the save is refused ('changedMeanwhile') when someone else saved in between.
 */
export const rowVersion = z.number().int().positive();

/** Trimmed, non-empty text of at most `max` characters. */
export function requiredText(max: number) {
  return z.string().trim().min(1, { error: 'required' }).max(max, { error: 'tooLong' });
}

/** Trimmed optional text; an empty string becomes null. */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, { error: 'tooLong' })
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .default(null);
}

export const language = z.enum(['nl', 'fr', 'en']);
export type Language = z.infer<typeof language>;

export const jurisdiction = z.enum(['NL', 'BE']);
export type Jurisdiction = z.infer<typeof jurisdiction>;
