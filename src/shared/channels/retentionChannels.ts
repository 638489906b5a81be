import { z } from 'zod';
import { id, jurisdiction } from '../model';
import { channel, noInput } from './channel';

const retentionOverview = z.object({
  jurisdiction,
  /** The term in years: 20 in the Netherlands, the practice's setting in Belgium. */
  years: z.number().int(),
  /** Dossiers whose last change is before this date are past their term. */
  cutoff: z.string(),
  dossiers: z.array(
    z.object({
      workerId: id,
      name: z.string(),
      birthDate: z.string(),
      personnelNumber: z.string(),
      employerName: z.string(),
      lastChange: z.string(),
    }),
  ),
});

/** Dossiers past the legal retention term, and erasing them (a doctor's decision, logged). */
export const retentionChannels = {
  'retention.overview': channel({ input: noInput, output: retentionOverview, access: 'practice.admin' }),
  'retention.setTermBE': channel({
    input: z.object({ years: z.number({ error: 'number' }).int({ error: 'number' }).min(1, { error: 'retentionYears' }).max(100, { error: 'retentionYears' }) }),
    output: retentionOverview,
    access: 'practice.admin',
  }),
  'retention.erase': channel({ input: z.object({ workerId: id }).strict(), output: retentionOverview, access: 'practice.admin', dossier: 'write' }),
} as const;
