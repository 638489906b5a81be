import type { IsoDate, PoortwachterRecords } from '../../../shared/rules';

/** What the panel knows of the deadlines being met: the Poortwachter steps on record and the consultation before this one. */
export interface DeadlineRecords {
  poortwachter: PoortwachterRecords;
  /** The previous consultation of the episode: an action due before it counts as dealt with. */
  lastConsultation: IsoDate | null;
}

function earliest(a: IsoDate | null | undefined, b: IsoDate | null): IsoDate | null {
  if (a === null || a === undefined) return b;
  return b === null || a <= b ? a : b;
}

/**
 * The Poortwachter steps done as the panel shows them: those on record in the case (documents
 * written, dates saved earlier) and the dates typed in this consultation, the first of each.
 */
export function deadlineRecordsOf(
  saved: PoortwachterRecords | null,
  typed: { probleemanalyse: IsoDate | null; planVanAanpak: IsoDate | null },
  lastConsultation: IsoDate | null,
): DeadlineRecords {
  return {
    poortwachter: {
      probleemanalyse: earliest(saved?.probleemanalyse, typed.probleemanalyse),
      planVanAanpak: earliest(saved?.planVanAanpak, typed.planVanAanpak),
      eerstejaarsevaluatie: saved?.eerstejaarsevaluatie ?? null,
    },
    lastConsultation,
  };
}
