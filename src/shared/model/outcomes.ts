import { z } from 'zod';
import {
  MAX_HOURS_WORKED_PER_WEEK,
  MAX_PSK_ACTIVITIES,
  ROLAND_MORRIS_ITEM_COUNT,
  scoreOrebroShort,
  scorePsk,
  scoreRolandMorris,
  scoreStartBack,
  type OutcomeSnapshot,
  type PskActivity,
  type StartBackRisk,
} from '../rules';
import { isoDate } from './common';
import { workStatus } from './worker';

/** The questionnaires of a consultation a worker can fill in themselves. */
export const workerQuestionnaire = z.enum(['painNow', 'workAbility', 'hoursWorked', 'rolandMorris', 'psk', 'startBack', 'orebro']);
export type WorkerQuestionnaire = z.infer<typeof workerQuestionnaire>;

const score0to10 = z.number({ error: 'number' }).int({ error: 'invalid' }).min(0, { error: 'invalid' }).max(10, { error: 'invalid' });

/** One PSK activity; the score is null while the activity is named but not rated yet. */
export const pskActivitySchema = z.object({
  activity: z.string().trim().min(1, { error: 'required' }).max(80, { error: 'tooLong' }),
  score: score0to10.nullable().default(null),
});

/** The outcome measures of one consultation besides pain now (which is the complaint's pain score). */
export const outcomesSchema = z.object({
  /** Work Ability Score, 0-10. */
  workAbility: score0to10.nullable().default(null),
  hoursWorkedPerWeek: z
    .number({ error: 'number' })
    .min(0, { error: 'nonNegative' })
    .max(MAX_HOURS_WORKED_PER_WEEK, { error: 'tooLarge' })
    .nullable()
    .default(null),
  /** The 24 Roland-Morris statements, true = applies today. */
  rolandMorris: z.array(z.boolean()).length(ROLAND_MORRIS_ITEM_COUNT, { error: 'questionnaireIncomplete' }).nullable().default(null),
  psk: z.array(pskActivitySchema).max(MAX_PSK_ACTIVITIES, { error: 'tooMany' }).default([]),
  /** What the worker filled in (worker mode); the doctor can correct it, the mark stays as a record. */
  filledInByWorker: z.array(workerQuestionnaire).max(7).default([]),
});
export type Outcomes = z.output<typeof outcomesSchema>;

export const EMPTY_OUTCOMES: Outcomes = { workAbility: null, hoursWorkedPerWeek: null, rolandMorris: null, psk: [], filledInByWorker: [] };

/** The values of one saved consultation that are followed over an episode. */
export const outcomePointSchema = z.object({
  consultationId: z.number().int(),
  date: isoDate,
  painNow: z.number().int(),
  rolandMorris: z.number().int().nullable(),
  workAbility: z.number().int().nullable(),
  psk: z.array(z.object({ activity: z.string(), score: z.number().int() })),
  pskScore: z.number().nullable(),
  hoursWorked: z.number().nullable(),
  workStatus,
  startBack: z.object({ total: z.number().int(), risk: z.enum(['low', 'medium', 'high']) }).nullable(),
  orebro: z.object({ total: z.number().int(), risk: z.enum(['low', 'high']) }).nullable(),
  filledInByWorker: z.array(workerQuestionnaire),
});
export type OutcomePoint = z.infer<typeof outcomePointSchema>;

/** The rated PSK activities (an activity named but not rated is left out of the score). */
export function ratedPsk(psk: Outcomes['psk']): PskActivity[] {
  return psk.filter((a): a is { activity: string; score: number } => a.score !== null);
}

interface IntakeWithOutcomes {
  consultationDate: string;
  complaint: { painScore: number; workStatus: z.infer<typeof workStatus> };
  startBack: Parameters<typeof scoreStartBack>[0] | null;
  orebro: Parameters<typeof scoreOrebroShort>[0] | null;
  outcomes: Outcomes;
}

/** The followed values of a consultation's intake. */
export function outcomePointOf(consultationId: number, intake: IntakeWithOutcomes, orebroCutOff: number): OutcomePoint {
  const o = intake.outcomes;
  const psk = ratedPsk(o.psk);
  const startBack = intake.startBack ? scoreStartBack(intake.startBack) : null;
  const orebro = intake.orebro ? scoreOrebroShort(intake.orebro, orebroCutOff) : null;
  return {
    consultationId,
    date: intake.consultationDate,
    painNow: intake.complaint.painScore,
    rolandMorris: o.rolandMorris ? scoreRolandMorris(o.rolandMorris) : null,
    workAbility: o.workAbility,
    psk,
    pskScore: scorePsk(psk),
    hoursWorked: o.hoursWorkedPerWeek,
    workStatus: intake.complaint.workStatus,
    startBack: startBack ? { total: startBack.total, risk: startBack.risk as StartBackRisk } : null,
    orebro: orebro ? { total: orebro.total, risk: orebro.risk } : null,
    filledInByWorker: o.filledInByWorker,
  };
}

/** A point as the rules' outcome snapshot. */
export function snapshotOf(point: OutcomePoint): OutcomeSnapshot {
  return {
    date: point.date,
    painNow: point.painNow,
    rolandMorris: point.rolandMorris,
    workAbility: point.workAbility,
    psk: point.psk.length > 0 ? point.psk : null,
    hoursWorked: point.hoursWorked,
  };
}
