import { z } from 'zod';
import { jurisdiction, language, optionalText, requiredText, rowVersion } from './common';
import { imageSize } from './imageSize';

/** Largest logo accepted for the letterhead: 256 KB of PNG or JPEG. */
export const MAX_LOGO_BYTES = 256 * 1024;

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Number of bytes that a well-formed base64 text decodes to. */
function decodedLength(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length / 4) * 3 - padding;
}

export type LogoType = 'image/png' | 'image/jpeg';

/** The image type by its first bytes (PNG signature, JPEG start-of-image marker), or null. */
export function logoTypeOf(base64: string): LogoType | null {
  if (!BASE64.test(base64.slice(0, 12))) return null;
  const head = Array.from(atob(base64.slice(0, 12)), (character) => character.charCodeAt(0));
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.every((byte, index) => head[index] === byte)) return 'image/png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  return null;
}

/** Largest width or height of a logo in pixels, read from the image's header before decoding. */
export const MAX_LOGO_PIXELS = 4000;

function bytesOf(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
}

/**
 * Whether the header's declared size is within bounds: a 68-byte PNG may declare 100,000 x 100,000
 * pixels, and decoding it would exhaust memory. A header that cannot be read is 'logoUnreadable'.
 */
function logoSizeProblem(base64: string): 'logoUnreadable' | 'logoDimensions' | null {
  const size = imageSize(bytesOf(base64));
  if (size === null || size.width === 0 || size.height === 0) return 'logoUnreadable';
  return size.width > MAX_LOGO_PIXELS || size.height > MAX_LOGO_PIXELS ? 'logoDimensions' : null;
}

/**
 * The practice's logo for the letterhead: a PNG or JPEG of at most 256 KB and 4,000 pixels a side,
 * as base64. Main also decodes it once before storing it.
 */
export const practiceLogo = z
  .string()
  // Longer text than the largest allowed image can be refused before it is read any further.
  .max(Math.ceil(MAX_LOGO_BYTES / 3) * 4, { error: 'logoTooLarge', abort: true })
  .regex(BASE64, { error: 'logoType', abort: true })
  .refine((base64) => decodedLength(base64) <= MAX_LOGO_BYTES, { error: 'logoTooLarge', abort: true })
  .refine((base64) => logoTypeOf(base64) !== null, { error: 'logoType', abort: true })
  .superRefine((base64, context) => {
    const problem = logoSizeProblem(base64);
    if (problem !== null) context.addIssue({ code: 'custom', message: problem, input: base64 });
  });

/** The shortest idle time a practice may set before the screen locks. */
export const MIN_IDLE_LOCK_MINUTES = 1;

export const practiceSettingsSchema = z.object({
  name: requiredText(120),
  jurisdiction,
  language,
  /** Smallest group shown in aggregates (docs/clinical-rules.md, section 8): default 5, never below 3. */
  smallCellK: z.number().int().min(3, { error: 'smallCellK' }).max(50, { error: 'smallCellK' }).default(5),
  /** Minutes without use after which the screen locks (the draft stays; the passphrase unlocks). */
  idleLockMinutes: z
    .number()
    .int()
    .min(MIN_IDLE_LOCK_MINUTES, { error: 'idleLockMinutes' })
    .max(240, { error: 'idleLockMinutes' })
    .default(10),
  /** Örebro short-form cut-off for high risk (Linton 2011: 50). */
  orebroCutOff: z.number().int().min(1, { error: 'orebroCutOff' }).max(100, { error: 'orebroCutOff' }).default(50),
  /** Letterhead: postal address (several lines), phone and email printed on the documents. */
  address: optionalText(300),
  phone: optionalText(40),
  email: z
    .union([z.literal(''), z.email({ error: 'email' }).max(120, { error: 'tooLong' })])
    .nullable()
    .default(null)
    .transform((value) => (value === '' ? null : value)),
  logo: practiceLogo.nullable().default(null),
});
export type PracticeSettings = z.infer<typeof practiceSettingsSchema>;

/** The settings without the logo: what most of the application reads, without the image's bytes. */
export type PracticeDetails = Omit<PracticeSettings, 'logo'>;

/** The stored settings, with the row version that a change of them sends back. */
export const savedPracticeSettingsSchema = practiceSettingsSchema.extend({ rowVersion });
export type SavedPracticeSettings = z.infer<typeof savedPracticeSettingsSchema>;

/**
 * A change of the settings, made from the stored version `rowVersion`; a missing `logo` keeps the
 * current one, null removes it.
 */
export const practiceSettingsUpdateSchema = practiceSettingsSchema.extend({
  logo: practiceLogo.nullable().optional(),
  rowVersion,
});
export type PracticeSettingsUpdate = z.input<typeof practiceSettingsUpdateSchema>;
