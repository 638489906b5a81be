import { sickPeriodOf } from '../../../shared/model';
import { type PoortwachterCase, type PoortwachterRecords, poortwachterCase, poortwachterRecordsOf } from '../../../shared/rules';
import type { Repositories } from '../store/store';

/** The worker's Poortwachter case and the days its steps were recorded as done. */
export interface PoortwachterFile {
  case: PoortwachterCase;
  records: PoortwachterRecords;
}

/**
 * The worker's Poortwachter case on `on`, across all the worker's episodes with sick leave, with the
 * steps recorded as done in it; null when the worker never had sick leave. The first problem analysis
 * in the case (written here, or its date recorded at the latest consultation) sets the action plan's deadline; the plan's own date (from the latest
 * consultation of the open episode) sets the advised evaluations.
 */
export async function poortwachterFileOfWorker(store: Repositories, workerId: number, on: string): Promise<PoortwachterFile | null> {
  const episodes = await store.episodes.forWorker(workerId);
  const periods = episodes.flatMap((episode) => sickPeriodOf(episode) ?? []);
  if (periods.length === 0) return null;
  const open = episodes.find((episode) => episode.closedOn === null);
  const complaint = open ? ((await store.consultations.latestInEpisode(open.id))?.consultation.intake.complaint ?? null) : null;
  const planVanAanpakDate = complaint?.planVanAanpakDate ?? null;
  const documents = (await store.legalDocuments.poortwachterOfWorker(workerId)).map((saved) => saved.document);
  // The analysis as a document or as the date a consultation recorded: the first one in the case counts.
  const recordedAnalysis = complaint?.probleemanalyseDate ?? null;
  const probleemanalyseDates = [...documents.filter((d) => d.kind === 'probleemanalyse').map((d) => d.madeOn), ...(recordedAnalysis === null ? [] : [recordedAnalysis])];
  const found = poortwachterCase(periods, { on, probleemanalyseDates, planVanAanpakDate });
  return {
    case: found,
    records: poortwachterRecordsOf(found.periods[0]?.firstSickDay ?? on, {
      probleemanalyse: probleemanalyseDates,
      planVanAanpak: [planVanAanpakDate],
      eerstejaarsevaluatie: documents.filter((d) => d.kind === 'eerstejaarsevaluatie').map((d) => d.madeOn),
    }),
  };
}

/** The worker's Poortwachter case on `on` (see poortwachterFileOfWorker); null without sick leave. */
export async function poortwachterCaseOfWorker(store: Repositories, workerId: number, on: string): Promise<PoortwachterCase | null> {
  return (await poortwachterFileOfWorker(store, workerId, on))?.case ?? null;
}
