import { z } from 'zod';
import { id, language, optionalText } from '../model';
import { channel } from './channel';

/** The PDF documents of a saved consultation. */
export const consultationDocumentKind = z.enum(['consultation-record', 'employer-advice', 'referral-letter', 'worker-leaflet']);
export type ConsultationDocumentKind = z.infer<typeof consultationDocumentKind>;

/**
 * What the doctor adds for a referral letter: to whom and, in their own words, why, and that the
 * worker consented (no letter without it). Without a red flag in the consultation the reason is
 * required (main answers 'noReferralReason').
 */
export const referralRequestSchema = z
  .object({
    recipient: z.enum(['gp', 'specialist']),
    recipientName: optionalText(120),
    reason: optionalText(2000),
    workerConsented: z.literal(true, { error: 'referralConsent' }),
  })
  .strict();
export type ReferralRequestInput = z.input<typeof referralRequestSchema>;

export const documentRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('referral-letter'), consultationId: id, referral: referralRequestSchema }).strict(),
  z.object({ kind: consultationDocumentKind.exclude(['referral-letter']), consultationId: id }).strict(),
]);

export const generatedDocumentSchema = z.object({
  /** ASCII file name, e.g. 'consultverslag-de-wit-2026-03-16.pdf'. */
  fileName: z.string(),
  mimeType: z.literal('application/pdf'),
  /** The PDF bytes, base64-encoded. */
  base64: z.string(),
});
export type GeneratedDocument = z.infer<typeof generatedDocumentSchema>;

/** PDF documents of a saved consultation, in the practice's language; each one is logged. */
export const documentChannels = {
  'documents.generate': channel({
    input: documentRequestSchema,
    output: generatedDocumentSchema,
    access: 'dossier.read',
    dossier: 'read',
  }),
  /**
   * The questionnaires due today on paper, in the language the worker reads, to fill in before the
   * consultation: the worker's name and the date, no other data of the dossier.
   */
  'documents.questionnaire': channel({
    input: z.object({ workerId: id, language }).strict(),
    output: generatedDocumentSchema,
    access: 'dossier.read',
    dossier: 'read',
  }),
} as const;
