import { z } from 'zod';
import { jurisdiction, language, requiredText } from './common';

export const practiceSettingsSchema = z.object({
  name: requiredText(120),
  jurisdiction,
  language,
  /** Smallest group shown in aggregates (spec section 8): default 5, never below 3. */
  smallCellK: z.number().int().min(3, { error: 'smallCellK' }).max(50).default(5),
  /** Örebro short-form cut-off for high risk (Linton 2011: 50). */
  orebroCutOff: z.number().int().min(1).max(100).default(50),
});
export type PracticeSettings = z.infer<typeof practiceSettingsSchema>;
