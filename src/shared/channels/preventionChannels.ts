import { z } from 'zod';
import {
  aggregatesExportRequestSchema,
  aggregatesRequestSchema,
  id,
  liftingTaskInputSchema,
  liftingTaskSchema,
  rosterFileSchema,
  rosterImportResultSchema,
  rosterPreviewSchema,
  workplaceAggregatesSchema,
} from '../model';
import { channel } from './channel';

const exportFile = z.object({
  fileName: z.string(),
  /** CSV text, or the PDF's bytes in base64. */
  content: z.string(),
});

/**
 * The prevention advisor's side: workplace aggregates (small cells suppressed, never a dossier),
 * lifting tasks rated with the NIOSH equation, and the roster import from an HR export.
 */
export const preventionChannels = {
  'prevention.aggregates': channel({ input: aggregatesRequestSchema, output: workplaceAggregatesSchema, access: 'aggregates.read' }),
  'prevention.aggregatesCsv': channel({ input: aggregatesExportRequestSchema, output: exportFile, access: 'aggregates.read' }),
  'prevention.workplaceReport': channel({ input: aggregatesExportRequestSchema, output: exportFile, access: 'aggregates.read' }),
  'prevention.liftingTasks': channel({
    input: z.object({ employerId: id }).strict(),
    output: z.array(liftingTaskSchema),
    access: 'workplace.read',
  }),
  'prevention.saveLiftingTask': channel({ input: liftingTaskInputSchema, output: liftingTaskSchema, access: 'workplace.write' }),
  'prevention.deleteLiftingTask': channel({ input: z.object({ id }).strict(), output: z.null(), access: 'workplace.write' }),
  /** Reads an HR export and shows what an import would do; writes nothing. */
  'prevention.previewRoster': channel({ input: rosterFileSchema, output: rosterPreviewSchema, access: 'workplace.write' }),
  /** Imports the importable rows of the file with the confirmed mapping, all in one transaction. */
  'prevention.importRoster': channel({
    input: rosterFileSchema.extend({ mapping: rosterPreviewSchema.shape.mapping }),
    output: rosterImportResultSchema,
    access: 'workplace.write',
  }),
} as const;
