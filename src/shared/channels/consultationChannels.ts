import { z } from 'zod';
import {
  amendmentReason,
  consultationVersionNumber,
  consultationSchema,
  episodeSchema,
  evaluationContextSchema,
  id,
  intakeDraftSchema,
  intakeSchema,
  isoDate,
  rowVersion,
  outcomePointSchema,
  planVersionSchema,
  redFlagCode,
  redFlagEvaluationSchema,
  workerSchema,
} from '../model';
import { channel } from './channel';

const urgency = z.enum(['none', 'routine', 'within48h', 'immediate']);

const consultationKey = z.object({ workerId: id, consultationId: id.nullable() }).strict();

export const openedConsultationSchema = z.object({
  today: isoDate,
  worker: workerSchema,
  context: evaluationContextSchema,
  /** The episode a new consultation continues by default. */
  currentEpisode: episodeSchema.nullable(),
  /** The red flags evaluated in the current episode so far: a new consultation of the episode carries them over. */
  episodeRedFlagEvaluations: z.array(redFlagEvaluationSchema),
  /** The worker's age at the first ever episode, as far as saved consultations tell it; null when unknown. */
  knownAgeAtFirstEverOnset: z.number().int().nullable(),
  consultation: consultationSchema.nullable(),
  /** The previous consultation of the episode: a follow-up starts from it and shows it side by side. */
  previous: consultationSchema.nullable(),
  /** The red flags found at the previous consultation, with their status. */
  previousRedFlags: z.array(z.object({ code: redFlagCode, urgency: urgency, status: z.enum(['open', 'evaluated']) })),
  /** The episode's current return-to-work plan. */
  plan: planVersionSchema.nullable(),
  /** The outcome values of the episode's other saved consultations, oldest first. */
  episodeOutcomes: z.array(outcomePointSchema),
  /**
   * NL: the days the worker's Poortwachter case recorded its steps as done (documents written, dates
   * saved with a consultation), for the deadlines' state in the clinical panel; null in Belgium or
   * without sick leave.
   */
  poortwachterRecords: z
    .object({ probleemanalyse: isoDate.nullable(), planVanAanpak: isoDate.nullable(), eerstejaarsevaluatie: isoDate.nullable() })
    .nullable(),
  /** The autosaved, unfinished form, when there is one, with the row version its next save sends. */
  draft: z.object({ document: intakeDraftSchema, savedAt: z.string(), rowVersion }).nullable(),
});
export type OpenedConsultation = z.infer<typeof openedConsultationSchema>;

/** The consultation intake: open, autosave the draft, save (main re-evaluates with the rules). */
export const consultationChannels = {
  'consultations.open': channel({
    input: consultationKey,
    output: openedConsultationSchema,
    access: 'dossier.read',
    dossier: 'read',
  }),
  /**
   * Writes the draft over the one at `rowVersion` (null: there is none yet); another workstation's
   * save since then refuses it with 'changedMeanwhile'. Answers the draft's new row version.
   */
  'consultations.saveDraft': channel({
    input: consultationKey.extend({ rowVersion: rowVersion.nullable(), document: intakeDraftSchema }).strict(),
    output: z.object({ savedAt: z.string(), rowVersion }),
    access: 'dossier.write',
    dossier: 'write',
  }),
  'consultations.discardDraft': channel({
    input: consultationKey,
    output: z.null(),
    access: 'dossier.write',
    dossier: 'write',
  }),
  /**
   * Saves a new consultation (signed by its author) or amends a signed one: an amendment needs the
   * reason and the version it was made from (`basedOnVersion`, see consultationVersion), and keeps the
   * earlier version in the consultation's history. An amendment made from an older version than the
   * stored one (someone amended it meanwhile) is refused with 'changedMeanwhile'; nothing is written.
   */
  'consultations.save': channel({
    input: consultationKey
      .extend({
        intake: intakeSchema,
        amendmentReason: amendmentReason.nullable().default(null),
        basedOnVersion: consultationVersionNumber.nullable().default(null),
      })
      .strict(),
    output: consultationSchema,
    access: 'dossier.write',
    dossier: 'write',
  }),
} as const;
