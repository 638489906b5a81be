import { z } from 'zod';
import {
  consultationSummarySchema,
  draftInfoSchema,
  episodeSchema,
  evaluationContextSchema,
  id,
  isoDate,
  outcomePointSchema,
  planDocumentSchema,
  planVersionSchema,
  workerSchema,
  agendaItemSchema,
} from '../model';
import { COMPLAINT_PHASES } from '../rules';
import { channel } from './channel';

export const dossierEpisodeSchema = episodeSchema.extend({
  /** Phase and completed weeks from onset to today (rules: complaintPhase). */
  phase: z.enum(COMPLAINT_PHASES),
  weeks: z.number().int(),
  /** Newest first. */
  consultations: z.array(consultationSummarySchema),
  /** The followed outcome values of the episode's consultations, oldest first. */
  outcomes: z.array(outcomePointSchema),
  /** The episode's current return-to-work plan, drawn on the same time axis. */
  plan: planDocumentSchema.nullable(),
});
export type DossierEpisode = z.infer<typeof dossierEpisodeSchema>;

export const dossierSchema = z.object({
  today: isoDate,
  worker: workerSchema,
  context: evaluationContextSchema,
  /** Newest first; the first one without closedOn is the current episode. */
  episodes: z.array(dossierEpisodeSchema),
  openActions: z.array(agendaItemSchema),
  currentPlan: planVersionSchema.nullable(),
  drafts: z.array(draftInfoSchema),
});
export type Dossier = z.infer<typeof dossierSchema>;

/** A worker's whole back-pain dossier. */
export const dossierChannels = {
  'dossier.get': channel({
    input: z.object({ workerId: id }).strict(),
    output: dossierSchema,
    access: 'dossier.read',
    dossier: 'read',
  }),
} as const;
