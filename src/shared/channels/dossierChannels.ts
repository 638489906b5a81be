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
  workStatus,
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

/** One legal milestone of the case with its state (rules: legalTimeline). */
export const legalMilestoneLineSchema = z.object({
  scheme: z.enum(['poortwachter', 'belgian']),
  code: z.string(),
  due: isoDate,
  /** Poortwachter: the week of sick leave it belongs to. */
  week: z.number().int().nullable(),
  state: z.enum(['done', 'overdue', 'passed', 'coming']),
  doneOn: isoDate.nullable(),
  /** More than three months ahead: shown folded. */
  folded: z.boolean(),
});
export type LegalMilestoneLine = z.infer<typeof legalMilestoneLineSchema>;

/** The current episode at a glance, every date and the work status from the rules' one source. */
export const caseAtGlanceSchema = z.object({
  /** Week of sick leave (NL: of the Poortwachter case; BE: of the incapacity), 1-based; null when not off sick. */
  sickLeaveWeek: z.number().int().nullable(),
  /** The work status today: the plan's step in force over an older recorded status (rules: workSituationOn). */
  work: z.object({ status: workStatus, hoursPerWeek: z.number().nullable(), step: z.number().int().nullable() }),
  /** The follow-up set at the last consultation, else the plan's next review (rules: nextEvaluationDate). */
  nextEvaluation: isoDate.nullable(),
  /** The start of the plan's last step (rules: fullReturnDate). */
  fullReturn: isoDate.nullable(),
  /** Overdue first, then the next ones, then those done or passed (rules: legalTimeline). */
  legal: z.array(legalMilestoneLineSchema),
});
export type CaseAtGlance = z.infer<typeof caseAtGlanceSchema>;

export const dossierSchema = z.object({
  today: isoDate,
  worker: workerSchema,
  context: evaluationContextSchema,
  /** Newest first; the first one without closedOn is the current episode. */
  episodes: z.array(dossierEpisodeSchema),
  openActions: z.array(agendaItemSchema),
  currentPlan: planVersionSchema.nullable(),
  /** The current episode at a glance; null without an open episode. */
  glance: caseAtGlanceSchema.nullable(),
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
