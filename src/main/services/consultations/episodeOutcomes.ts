import { outcomePointOf, type Consultation, type OutcomePoint, type PlanVersion } from '../../../shared/model';
import type { RedFlag } from '../../../shared/rules';
import type { Repositories } from '../store/store';

export interface EpisodeHistory {
  /** The consultation of the episode just before the one opened (the latest one for a new consultation). */
  previous: Consultation | null;
  /** The red flags main found at the previous consultation, with their status. */
  previousRedFlags: RedFlag[];
  /** The followed values of the episode's other saved consultations, oldest first. */
  outcomes: OutcomePoint[];
  /** The episode's current return-to-work plan. */
  plan: PlanVersion | null;
}

function isBefore(a: Consultation, b: Consultation): boolean {
  return a.consultationDate < b.consultationDate || (a.consultationDate === b.consultationDate && a.id < b.id);
}

/**
 * What a follow-up starts from: the previous consultation of the episode and the outcome values of
 * the episode so far. For a saved consultation, only the ones before it count as earlier.
 */
export async function episodeHistory(store: Repositories, episodeId: number | null, opened: Consultation | null, orebroCutOff: number): Promise<EpisodeHistory> {
  if (episodeId === null) return { previous: null, previousRedFlags: [], outcomes: [], plan: null };
  const all = await store.consultations.inEpisode(episodeId);
  const earlier = opened ? all.filter((c) => c.id !== opened.id && isBefore(c, opened)) : all;
  const others = all.filter((c) => c.id !== opened?.id);
  const previous = earlier.at(-1) ?? null;
  return {
    previous,
    previousRedFlags: previous ? ((await store.consultations.get(previous.id))?.evaluation.redFlags.flags ?? []) : [],
    outcomes: others.map((c) => outcomePointOf(c.id, c.intake, orebroCutOff)),
    plan: await store.plans.current(episodeId),
  };
}

/** The outcome values of every saved consultation of an episode, oldest first. */
export async function episodeOutcomePoints(store: Repositories, episodeId: number, orebroCutOff: number): Promise<OutcomePoint[]> {
  return (await store.consultations.inEpisode(episodeId)).map((c) => outcomePointOf(c.id, c.intake, orebroCutOff));
}
