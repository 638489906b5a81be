import { openPractice } from '../src/main/openPractice';
import type { Clock } from '../src/main/services/store/clock';
import { consultationTemplates, generateConsultations } from './generateConsultations';
import { generateWorkplaces, type GeneratedWorkplaces } from './generateWorkplaces';
import { time } from './measure';
import { randomSource } from './random';

export interface PracticeSize {
  employers: number;
  workers: number;
  consultations: number;
  /** Workers of the one employer whose aggregates are measured (the first). */
  bigEmployerSize: number;
}

/** The full practice; `--small` is a tenth of it. */
export function practiceSize(scale: number): PracticeSize {
  return { employers: Math.round(2000 * scale), workers: Math.round(200_000 * scale), consultations: Math.round(600_000 * scale), bigEmployerSize: 5000 };
}

/** The real time (sessions and the idle lock run as in use), on the day the generated consultations lead up to. */
export function benchClock(): Clock {
  return { now: () => new Date().toISOString(), today: () => '2026-11-02' };
}

export const benchDoctor = { name: 'Dr. Bench', passphrase: 'benchmark wachtzin' };

/** The accounts of the load test's workstations: a doctor each, as at a large service. */
export function workstationAccounts(count: number): Array<{ name: string; passphrase: string }> {
  return Array.from({ length: count }, (_, i) => ({ name: `Dr. Werkplek ${String(i + 1).padStart(2, '0')}`, passphrase: `werkplek ${i + 1} van de benchmark` }));
}

export type OpenedPractice = ReturnType<typeof openPractice>;

export interface GeneratedPractice {
  practice: OpenedPractice;
  doctorId: number;
  generated: GeneratedWorkplaces;
  workersWithEpisodes: number[];
  episodes: number;
  consultations: number;
  generationMs: number;
}

/**
 * A fictitious practice of `size` in `folder`, made as the app makes one (first start, the doctor
 * signed in, `accounts` more doctors) and filled straight through the SQLite connection.
 */
export async function generatePractice(folder: string, size: PracticeSize, clock: Clock, accounts: number = 0): Promise<GeneratedPractice> {
  const practice = openPractice(folder, { clock });
  try {
    const { handlers } = practice;
    const initialized = await handlers.call('practice.initialize', {
      practice: { name: 'Benchmarkpraktijk (fictief)', jurisdiction: 'NL', language: 'nl' },
      account: { ...benchDoctor, role: 'doctor' },
    });
    if (!initialized.ok) throw new Error(JSON.stringify(initialized.error));
    for (const account of workstationAccounts(accounts)) {
      const created = await handlers.call('accounts.create', { ...account, role: 'doctor' });
      if (!created.ok) throw new Error(JSON.stringify(created.error));
    }
    const store = practice.store;
    const random = randomSource(20261122);

    store.sqliteConnection.pragma('synchronous = OFF');
    let generated: GeneratedWorkplaces | undefined;
    let consultations: ReturnType<typeof generateConsultations> | undefined;
    const generationMs = await time(() => {
      generated = generateWorkplaces(store, random, size);
      const context = {
        jurisdiction: 'NL' as const,
        orebroCutOff: 50,
        birthDate: '1975-06-15',
        job: { exposures: ['manualHandling' as const, 'bendingTwisting' as const], maxLiftKg: null, contractHoursPerWeek: 38, sector: 'private' as const },
      };
      consultations = generateConsultations(store, random, generated.workers, consultationTemplates(random, 3000, context), {
        total: size.consultations,
        doctorId: initialized.value.id,
      });
      store.sqliteConnection.exec('ANALYZE');
    });
    store.sqliteConnection.pragma('synchronous = FULL');
    if (!generated || !consultations) throw new Error('generation failed');
    return {
      practice,
      doctorId: initialized.value.id,
      generated,
      workersWithEpisodes: consultations.workersWithEpisodes,
      episodes: consultations.episodes,
      consultations: consultations.consultations,
      generationMs,
    };
  } catch (error) {
    practice.close();
    throw error;
  }
}
