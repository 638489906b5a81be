import type { OpenedConsultation } from '../../../shared/channels/consultationChannels';
import { notFound } from '../domainError';
import { episodeEvaluations, knownAgeAtFirstEverOnset } from '../episodes/episodeHistory';
import { poortwachterFileOfWorker } from '../legal/poortwachterCaseOfWorker';
import type { Store } from '../store/store';
import { episodeHistory } from './episodeOutcomes';
import { requireEvaluationContext, requireWorkerConsultation } from './workerConsultation';

/** Everything the consultation screen starts from: the worker, the saved consultation or a new one, and `doctorId`'s draft. */
export function openConsultation(store: Store, workerId: number, consultationId: number | null, doctorId: number): OpenedConsultation {
  const worker = store.workers.get(workerId);
  const context = requireEvaluationContext(store, workerId);
  const stored = requireWorkerConsultation(store, workerId, consultationId);
  if (!worker) throw notFound();
  const currentEpisode = store.episodes.current(workerId);
  const saved = store.consultations.intakesOfWorker(workerId);
  const history = episodeHistory(store, stored?.consultation.episodeId ?? currentEpisode?.id ?? null, stored?.consultation ?? null, context.orebroCutOff);
  const today = store.clock.today();
  const records = context.jurisdiction === 'NL' ? (poortwachterFileOfWorker(store, workerId, today)?.records ?? null) : null;
  return {
    today,
    worker,
    context,
    currentEpisode,
    episodeRedFlagEvaluations: currentEpisode === null ? [] : episodeEvaluations(saved, currentEpisode.id),
    knownAgeAtFirstEverOnset: knownAgeAtFirstEverOnset(saved, worker.birthDate, currentEpisode?.id ?? null),
    consultation: stored?.consultation ?? null,
    previous: history.previous,
    previousRedFlags: history.previousRedFlags.map(({ code, urgency, status }) => ({ code, urgency, status })),
    episodeOutcomes: history.outcomes,
    plan: history.plan,
    poortwachterRecords:
      records === null
        ? null
        : { probleemanalyse: records.probleemanalyse ?? null, planVanAanpak: records.planVanAanpak ?? null, eerstejaarsevaluatie: records.eerstejaarsevaluatie ?? null },
    draft: store.consultations.draft(workerId, doctorId, consultationId),
  };
}
