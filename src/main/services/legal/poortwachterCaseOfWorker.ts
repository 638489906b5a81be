import { sickPeriodOf } from '../../../shared/model';
import { type PoortwachterCase, poortwachterCase } from '../../../shared/rules';
import type { Store } from '../store/store';

/**
 * The worker's Poortwachter case on `on`, across all the worker's episodes with sick leave, or null
 * when the worker never had sick leave. The first problem analysis written in the case sets the
 * action plan's deadline; the plan's own date (from the latest consultation of the open episode)
 * sets the advised evaluations.
 */
export function poortwachterCaseOfWorker(store: Store, workerId: number, on: string): PoortwachterCase | null {
  const episodes = store.episodes.forWorker(workerId);
  const periods = episodes.flatMap((episode) => sickPeriodOf(episode) ?? []);
  if (periods.length === 0) return null;
  const open = episodes.find((episode) => episode.closedOn === null);
  const planVanAanpakDate = open ? (store.consultations.latestInEpisode(open.id)?.consultation.intake.complaint.planVanAanpakDate ?? null) : null;
  const probleemanalyseDates = store.legalDocuments
    .poortwachterOfWorker(workerId)
    .filter((saved) => saved.document.kind === 'probleemanalyse')
    .map((saved) => saved.document.madeOn);
  return poortwachterCase(periods, { on, probleemanalyseDates, planVanAanpakDate });
}
