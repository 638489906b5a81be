import { z } from 'zod';
import { id, isoDate, optionalText, requiredText } from './common';

/*
 * The Dutch Poortwachter documents the company doctor writes (docs/clinical-rules.md, section 6a): the probleemanalyse and its
 * revision, the advice on the plan van aanpak and on its evaluation, the input for the first-year
 * evaluation and the current assessment (actueel oordeel) for the re-integration report. Each is
 * dated on the day it was made. The fields follow what UWV asks of the analysis; only `medicalNote`
 * is medical, and it never leaves the dossier: the employer's version has no field for it.
 */

export const poortwachterDocumentKind = z.enum([
  'probleemanalyse',
  'bijstelling',
  'planVanAanpakAdvies',
  'evaluatieAdvies',
  'eerstejaarsevaluatie',
  'actueelOordeel',
]);
export type PoortwachterDocumentKind = z.infer<typeof poortwachterDocumentKind>;

/** The company doctor's prognosis of recovery. */
export const prognosis = z.enum(['fullRecovery', 'partialRecovery', 'noRecovery', 'unclear']);
/** Whether the worker can do the own work, adapted own work, other work, or no work yet. */
export const workOutlook = z.enum(['ownWork', 'ownWorkAdapted', 'otherWork', 'noWorkYet']);

export const poortwachterDocumentSchema = z
  .object({
    kind: poortwachterDocumentKind,
    /** The day the doctor made the analysis or advice; for the probleemanalyse it sets the action plan's deadline. */
    madeOn: isoDate,
    /** What the worker can still do (functional possibilities). */
    possibilities: requiredText(2000),
    /** What the worker cannot do, or only within limits (functional limitations). */
    limitations: requiredText(2000),
    prognosis,
    /** Prognosis in time: when the worker is expected back in the own work, if known. */
    expectedReturn: isoDate.nullable().default(null),
    workOutlook,
    /** Advice on adapting the work: tasks, hours, workplace, aids. */
    workAdaptations: optionalText(2000),
    /** Advice on the plan van aanpak: the steps, who does what, when it is evaluated. */
    actionPlanAdvice: optionalText(2000),
    /** For the doctor's own record only (medical background); never in a document for the employer. */
    medicalNote: optionalText(4000),
  })
  .strict()
  .superRefine((d, ctx) => {
    if (d.expectedReturn !== null && d.expectedReturn < d.madeOn) {
      ctx.addIssue({ code: 'custom', path: ['expectedReturn'], message: 'expectedReturnBeforeMadeOn' });
    }
  });
export type PoortwachterDocument = z.output<typeof poortwachterDocumentSchema>;
export type PoortwachterDocumentInput = z.input<typeof poortwachterDocumentSchema>;

/** A saved document with who wrote it. */
export const savedPoortwachterDocumentSchema = z.object({
  id,
  episodeId: id,
  document: poortwachterDocumentSchema,
  createdAt: z.string(),
  createdByName: z.string(),
});
export type SavedPoortwachterDocument = z.infer<typeof savedPoortwachterDocumentSchema>;
