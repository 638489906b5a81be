import type { Intake, RedFlagEvaluation } from '../../../shared/model';
import { ageInYears, type IsoDate } from '../../../shared/rules';

/*
 * What carries over between the consultations of a worker: the red flags evaluated in an episode
 * (an evaluation stays for the rest of the episode) and the age at the first ever episode.
 */

export interface SavedIntake {
  id: number;
  episodeId: number;
  intake: Intake;
}

/**
 * The evaluations made in an episode up to and including `upTo` (all when null), leaving out one
 * consultation (the one being saved); the first evaluation of each flag wins, oldest first.
 */
export function episodeEvaluations(
  saved: readonly SavedIntake[],
  episodeId: number,
  options: { upTo?: IsoDate | null; except?: number | null } = {},
): RedFlagEvaluation[] {
  const inEpisode = saved
    .filter((s) => s.episodeId === episodeId && s.id !== options.except)
    .filter((s) => options.upTo === undefined || options.upTo === null || s.intake.consultationDate <= options.upTo)
    .sort((a, b) => (a.intake.consultationDate < b.intake.consultationDate ? -1 : a.intake.consultationDate > b.intake.consultationDate ? 1 : a.id - b.id));
  const result: RedFlagEvaluation[] = [];
  for (const s of inEpisode) {
    for (const evaluation of s.intake.redFlagEvaluations) {
      if (!result.some((e) => e.code === evaluation.code)) result.push(evaluation);
    }
  }
  return result;
}

/**
 * The evaluations a consultation is saved with: those carried over from earlier consultations of the
 * episode (as they were recorded), then the ones made in this consultation, stamped with the doctor
 * and the consultation date (kept from an earlier save of the same consultation).
 */
export function stampEvaluations(
  intake: Intake,
  carried: readonly RedFlagEvaluation[],
  previouslySaved: readonly RedFlagEvaluation[],
  doctorName: string,
): RedFlagEvaluation[] {
  const own = intake.redFlagEvaluations
    .filter((e) => !carried.some((c) => c.code === e.code))
    .map((e) => {
      const before = previouslySaved.find((p) => p.code === e.code && p.evaluatedOn !== null);
      return before ? { ...e, evaluatedBy: before.evaluatedBy, evaluatedOn: before.evaluatedOn } : { ...e, evaluatedBy: doctorName, evaluatedOn: intake.consultationDate };
    });
  return [...carried, ...own];
}

/**
 * The worker's age at the first ever episode as far as the saved consultations tell it: the lowest of
 * the ages stated in any consultation and the ages at onset of the episodes other than the current
 * one. Null when nothing is known (the intake then defaults to "first episode ever").
 */
export function knownAgeAtFirstEverOnset(saved: readonly SavedIntake[], birthDate: IsoDate, currentEpisodeId: number | null): number | null {
  let lowest: number | null = null;
  const consider = (age: number) => {
    lowest = lowest === null ? age : Math.min(lowest, age);
  };
  for (const s of saved) {
    const stated = s.intake.complaint.ageAtFirstEverOnset;
    if (stated !== null) consider(stated);
    if (s.episodeId !== currentEpisodeId && s.intake.complaint.onsetDate >= birthDate) {
      consider(ageInYears(birthDate, s.intake.complaint.onsetDate));
    }
  }
  return lowest;
}
