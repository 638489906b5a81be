import { rmSync } from 'node:fs';
import type { PoolConfig } from 'pg';
import { openPostgresPractice } from '../src/main/openPostgresPractice';
import { runPracticeServer } from '../src/main/server/runPracticeServer';
import type { Clock } from '../src/main/services/store/clock';
import { openPostgresDatabase } from '../src/main/services/store/postgresDatabase';
import { benchDoctor, workstationAccounts, type GeneratedPractice } from './generatePractice';
import { loadTest, type LoadFigures, type WorkstationsRunner } from './loadTest';
import { sample, type Figure } from './measure';
import { measureFigures, rawAggregateSql } from './measureFigures';
import { postgresCpuSeconds } from './postgresCpu';
import { movePracticeIntoPostgres } from './postgresPractice';
import { randomSource } from './random';

/** The load test's workstations; the practice gets an account for each. */
export const loadWorkstations = 50;
/**
 * Mean pause between a workstation's calls: a call a second from each of 50 workstations, where
 * a doctor at work makes one every few seconds at most.
 */
export const defaultThinkMs = 1000;

export interface PostgresBenchOptions {
  /** The generated practice (SQLite), with `load.workstations` doctors besides its first; it is closed here. */
  generated: GeneratedPractice;
  clock: Clock;
  /** Fraction of the usual number of measured runs. */
  runs?: number;
  load: { workstations: number; seconds: number; thinkMs: number; run: WorkstationsRunner };
  /** Keep the cluster with the moved practice (shut down cleanly) and say where it is. */
  keep?: boolean;
}

/**
 * The PostgreSQL figures: the generated practice moved into PostgreSQL, the same figures measured
 * through the same handler map over it, then the load test against a practice server on it.
 */
export async function benchPostgres(options: PostgresBenchOptions): Promise<{ figures: Record<string, Figure>; load: LoadFigures }> {
  const { generated, clock } = options;
  const recoveryKey = generated.practice.vault.recoveryKeyToShow?.recoveryKey;
  if (!recoveryKey) throw new Error('The generated practice shows no recovery key');
  const from = generated.practice.vault.directory;
  // The workstation's practice is closed before it moves, as an administrator moves it.
  generated.practice.close();

  const figures: Record<string, Figure> = {};
  const moved = await movePracticeIntoPostgres(from, recoveryKey, clock);
  figures['move the practice into PostgreSQL'] = { value: moved.importMs / 1000, unit: 's', budget: null };
  try {
    const practice = await openPostgresPractice(moved.serverFolder, { connection: moved.connection, clock });
    try {
      const signedIn = await practice.handlers.call('auth.signIn', benchDoctor);
      if (!signedIn.ok) throw new Error(JSON.stringify(signedIn.error));
      Object.assign(
        figures,
        await measureFigures({
          handlers: practice.handlers,
          random: randomSource(7),
          generated: generated.generated,
          workersWithEpisodes: generated.workersWithEpisodes,
          rawAggregate: (employerId) => rawAggregateOnPostgres(moved.connection, employerId),
          ...(options.runs ? { runs: options.runs } : {}),
        }),
      );
    } finally {
      await practice.close();
    }

    const running = await runPracticeServer(
      { directory: moved.serverFolder, database: moved.connection, host: '127.0.0.1', port: 0, hosts: ['127.0.0.1'] },
      { clock },
    );
    try {
      const load = await loadTest(
        {
          url: running.server.url,
          certificate: running.certificate.certificate,
          accounts: workstationAccounts(options.load.workstations),
          seconds: options.load.seconds,
          thinkMs: options.load.thinkMs,
          mix: { search: 40, dossier: 40, save: 20 },
          names: generated.generated.names,
          dossierWorkerIds: generated.workersWithEpisodes.slice(0, 20_000),
          saveWorkerIds: generated.generated.workers.slice(0, 20_000).map((worker) => worker.id),
          seed: 16,
        },
        options.load.run,
        () => postgresCpuSeconds(moved.cluster.dataDirectory),
      );
      return { figures, load };
    } finally {
      await running.close();
    }
  } finally {
    if (options.keep) {
      console.log(`PostgreSQL cluster kept in ${await moved.cluster.stopAndKeep()} (database ${moved.connection.database}); server folder ${moved.serverFolder}`);
    } else {
      await moved.cluster.stop();
      rmSync(moved.serverFolder, { recursive: true, force: true });
    }
  }
}

/** The raw aggregate on a connection of its own to the PostgreSQL database, 30 runs. */
export async function rawAggregateOnPostgres(connection: PoolConfig, employerId: number): Promise<number[]> {
  const db = openPostgresDatabase({ connection, poolSize: 1 });
  try {
    return await sample(30, () => db.all(rawAggregateSql, [employerId]), 0);
  } finally {
    await db.close();
  }
}
