import { z } from 'zod';
import { id, isoDate, jurisdiction, poortwachterDocumentSchema, savedPoortwachterDocumentSchema } from '../model';
import { channel } from './channel';
import { generatedDocumentSchema } from './documentChannels';

const poortwachterCode = z.enum(['probleemanalyse', 'planVanAanpak', 'ziekmelding42', 'eerstejaarsevaluatie', 'wiaAanvraag', 'eindeLoondoorbetaling']);

/** A worker's Poortwachter case across episodes (rules: poortwachterCase). */
export const poortwachterCaseSchema = z.object({
  periods: z.array(z.object({ firstSickDay: isoDate, recoveredOn: isoDate.nullable(), sickDays: z.number().int() })),
  recoveryGaps: z.array(z.number().int()),
  recoveredOn: isoDate.nullable(),
  open: z.boolean(),
  sickDays: z.number().int(),
  week: z.number().int(),
  milestones: z.array(z.object({ code: poortwachterCode, week: z.number().int(), due: isoDate })),
  ziekmelding42: z.object({ legal: isoDate, uwvFirstWorkingDay: isoDate }),
  nextEvaluationAdvice: isoDate.nullable(),
});

export const legalTrajectorySchema = z.object({
  today: isoDate,
  jurisdiction,
  /** NL: the case, or null when the worker never had sick leave. */
  poortwachter: poortwachterCaseSchema.nullable(),
  /** NL: the documents the doctor wrote, oldest first. */
  poortwachterDocuments: z.array(savedPoortwachterDocumentSchema),
});
export type LegalTrajectory = z.infer<typeof legalTrajectorySchema>;

/** The legal trajectory of a worker: the Dutch Poortwachter case and its documents. */
export const legalChannels = {
  'legal.get': channel({
    input: z.object({ workerId: id }).strict(),
    output: legalTrajectorySchema,
    access: 'dossier.read',
    dossier: 'read',
  }),
  /** Adds a Poortwachter document dated on the day it was made; a change is a new document. */
  'legal.savePoortwachterDocument': channel({
    input: z.object({ workerId: id, document: poortwachterDocumentSchema }).strict(),
    output: savedPoortwachterDocumentSchema,
    access: 'dossier.write',
    dossier: 'write',
  }),
  /** The employer's version of a Poortwachter document as PDF, in Dutch. */
  'legal.poortwachterPdf': channel({
    input: z.object({ workerId: id, documentId: id }).strict(),
    output: generatedDocumentSchema,
    access: 'dossier.read',
    dossier: 'read',
  }),
} as const;
