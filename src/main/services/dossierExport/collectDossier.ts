import type { Repositories } from '../store/store';
import { shownAccess } from '../workers/workerAccessLog';

/**
 * Everything the practice holds about one worker, for the right of access and data portability
 * (AVG/GDPR articles 15 and 20): personal details, every episode with its consultations (the full
 * intake and main's evaluation), every version of every return-to-work plan, and the access log.
 * Null when there is no such worker.
 */
export async function collectDossier(store: Repositories, workerId: number) {
  const worker = await store.workers.get(workerId);
  const settings = await store.practice.settings();
  if (!worker || !settings) return null;
  const summaries = await store.consultations.summariesForWorker(workerId);
  const episodes = [];
  for (const episode of (await store.episodes.forWorker(workerId)).reverse()) {
    const stored = [];
    for (const summary of summaries) {
      if (summary.episodeId !== episode.id || summary.status !== 'final') continue;
      const found = await store.consultations.get(summary.id);
      if (found !== null) stored.push({ ...found.consultation, evaluation: found.evaluation });
    }
    episodes.push({
      ...episode,
      consultations: stored.sort((a, b) => a.consultationDate.localeCompare(b.consultationDate) || a.id - b.id),
      returnToWorkPlanVersions: await store.plans.versions(episode.id),
    });
  }
  return {
    format: 'ruggensteun-dossier' as const,
    formatVersion: 1,
    exportedAt: store.clock.now(),
    practice: { name: settings.name, jurisdiction: settings.jurisdiction },
    worker,
    episodes,
    accessLog: (await store.accessLog.forWorker(workerId)).map(shownAccess),
  };
}

export type CollectedDossier = NonNullable<Awaited<ReturnType<typeof collectDossier>>>;
