import type { Jurisdiction } from '../../../shared/model';
import { notFound, RefusedError } from '../domainError';
import type { Repositories } from '../store/store';

/** Netherlands: 20 years from the last entry (WGBO, BW 7:454 lid 3). Belgium: a practice setting. */
export const dutchRetentionYears = 20;

export function retentionYears(jurisdiction: Jurisdiction, yearsBE: number): number {
  return jurisdiction === 'NL' ? dutchRetentionYears : yearsBE;
}

/** `today` minus `years` as an ISO date (29 February becomes 28 February in a year without it). */
export function retentionCutoff(today: string, years: number): string {
  const year = Number(today.slice(0, 4)) - years;
  const monthDay = today.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${String(year).padStart(4, '0')}-${monthDay === '02-29' && !leap ? '02-28' : monthDay}`;
}

/** The term that applies, its cut-off date, and the dossiers whose last change is older. */
export async function retentionOverview(store: Repositories) {
  const settings = await store.practice.settings();
  if (!settings) throw notFound();
  const years = retentionYears(settings.jurisdiction, await store.retention.termYearsBE());
  const cutoff = retentionCutoff(store.clock.today(), years);
  return { jurisdiction: settings.jurisdiction, years, cutoff, dossiers: await store.retention.pastTerm(cutoff) };
}

/** Erases one dossier whose term has passed; a dossier still within its term is refused. */
export async function eraseDossier(store: Repositories, workerId: number): Promise<void> {
  const lastChange = await store.retention.lastChange(workerId);
  if (lastChange === null) throw notFound();
  const { cutoff } = await retentionOverview(store);
  if (!(lastChange < cutoff)) throw new RefusedError('withinRetentionTerm');
  await store.retention.erase(workerId);
}
