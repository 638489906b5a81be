import { z } from 'zod';
import { id } from './common';

/** The worker fields a roster column can be mapped to. */
export const rosterFields = [
  'personnelNumber',
  'firstName',
  'lastName',
  'birthDate',
  'contractHours',
  /** Dutch surname prefix ('van', 'de') when the export keeps it in its own column. */
  'lastNamePrefix',
  'department',
  'jobTitle',
  'email',
  'phone',
] as const;
export type RosterField = (typeof rosterFields)[number];
export const requiredRosterFields: readonly RosterField[] = ['personnelNumber', 'firstName', 'lastName', 'birthDate', 'contractHours'];

/** For each field the index of the column it is read from, or null when the file has no such column. */
export const rosterMappingSchema = z.object(
  Object.fromEntries(rosterFields.map((field) => [field, z.number().int().min(0).max(199).nullable()])) as Record<
    RosterField,
    z.ZodNullable<z.ZodNumber>
  >,
);
export type RosterMapping = z.infer<typeof rosterMappingSchema>;

/** Largest roster file accepted: 3 MB (about 30,000 workers), sent as base64. */
export const MAX_ROSTER_BYTES = 3 * 1024 * 1024;

export const rosterFileSchema = z.object({
  employerId: id,
  fileName: z.string().max(255),
  /** The file's bytes, base64: main detects the encoding itself. */
  contentBase64: z.string().max(Math.ceil(MAX_ROSTER_BYTES / 3) * 4, { error: 'fileTooLarge' }),
  /** The mapping chosen in the preview; null lets main suggest one from the header. */
  mapping: rosterMappingSchema.nullable().default(null),
});
export type RosterFile = z.input<typeof rosterFileSchema>;

/** Why a row cannot be imported; `field` names the roster field, `value` the text as found. */
export const rosterProblemCode = z.enum([
  'columnCount',
  'required',
  'tooLong',
  'date',
  'birthDateImplausible',
  'hours',
  'email',
  'duplicateInFile',
  'existsAtEmployer',
  'encoding',
  'mixedEncoding',
  'unclosedQuote',
]);
export type RosterProblemCode = z.infer<typeof rosterProblemCode>;

export const rosterProblemSchema = z.object({
  code: rosterProblemCode,
  field: z.enum(rosterFields).nullable(),
  /** The offending value, a personnel number, a line number or a column count, as the code needs. */
  value: z.string().nullable(),
});
export type RosterProblem = z.infer<typeof rosterProblemSchema>;

export const rosterRowReportSchema = z.object({
  /** Line in the file where the row starts (the header is line 1). */
  line: z.number().int(),
  problems: z.array(rosterProblemSchema),
});
export type RosterRowReport = z.infer<typeof rosterRowReportSchema>;

export const rosterPreviewSchema = z.object({
  encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']),
  delimiter: z.enum([';', ',']),
  headers: z.array(z.string()),
  /** The first data rows as read, to check the mapping by eye. */
  sampleRows: z.array(z.array(z.string())),
  mapping: rosterMappingSchema,
  /** Required fields without a column: nothing can be imported until they are mapped. */
  unmappedRequired: z.array(z.enum(rosterFields)),
  rowCount: z.number().int(),
  importableCount: z.number().int(),
  /** The first rows that cannot be imported (at most 500), with their problems. */
  rejected: z.array(rosterRowReportSchema),
  /** How many rows cannot be imported in all. */
  rejectedCount: z.number().int(),
  /** Departments and jobs named in the file that the employer does not have yet: created on import. */
  newDepartments: z.array(z.string()),
  newJobTitles: z.array(z.string()),
});
export type RosterPreview = z.infer<typeof rosterPreviewSchema>;

export const rosterImportResultSchema = z.object({
  /**
   * Rows now on the roster. For an advisor this includes rows whose personnel number the employer
   * already had: that worker is kept as it was, and the advisor is not told it existed.
   */
  imported: z.number().int(),
  rejected: z.array(rosterRowReportSchema),
  rejectedCount: z.number().int(),
  departmentsCreated: z.number().int(),
  jobPositionsCreated: z.number().int(),
});
export type RosterImportResult = z.infer<typeof rosterImportResultSchema>;
