import type { Store } from '../store/store';

/**
 * Everything the practice holds about one worker, for the right of access and data portability
 * (AVG/GDPR articles 15 and 20): personal details, every episode with its consultations (the full
 * intake and main's evaluation), every version of every return-to-work plan, and the access log.
 * Null when there is no such worker.
 */
export function collectDossier(store: Store, workerId: number) {
  const worker = store.workers.get(workerId);
  const settings = store.practice.settings();
  if (!worker || !settings) return null;
  const summaries = store.consultations.summariesForWorker(workerId);
  const episodes = store.episodes
    .forWorker(workerId)
    .slice()
    .reverse()
    .map((episode) => ({
      ...episode,
      consultations: summaries
        .filter((summary) => summary.episodeId === episode.id && summary.status === 'final')
        .map((summary) => store.consultations.get(summary.id))
        .filter((stored) => stored !== null)
        .map(({ consultation, evaluation }) => ({ ...consultation, evaluation }))
        .sort((a, b) => a.consultationDate.localeCompare(b.consultationDate) || a.id - b.id),
      returnToWorkPlanVersions: store.plans.versions(episode.id),
    }));
  return {
    format: 'ruggensteun-dossier' as const,
    formatVersion: 1,
    exportedAt: store.clock.now(),
    practice: { name: settings.name, jurisdiction: settings.jurisdiction },
    worker,
    episodes,
    accessLog: store.accessLog.forWorker(workerId).map(({ at, userName, role, action, channel, outcome }) => ({
      at,
      userName,
      role,
      action,
      channel,
      outcome,
    })),
  };
}

export type CollectedDossier = NonNullable<ReturnType<typeof collectDossier>>;
