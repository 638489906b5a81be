import { z } from 'zod';
import { id } from '../model';
import { channel } from './channel';

const exportedFile = z.object({
  fileName: z.string(),
  mimeType: z.enum(['application/pdf', 'application/json']),
  /** The file's bytes, base64-encoded. */
  base64: z.string(),
});

/** A worker's whole dossier for the worker (AVG art. 15 and 20): a PDF and a JSON file, logged as an export. */
export const dossierExportChannels = {
  'dossier.export': channel({
    input: z.object({ workerId: id }).strict(),
    output: z.object({ pdf: exportedFile, json: exportedFile }),
    access: 'dossier.read',
    dossier: 'read',
  }),
} as const;
