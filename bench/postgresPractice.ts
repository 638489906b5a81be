import type { PoolConfig } from 'pg';
import { importPracticeFolder } from '../src/main/server/importPracticeFolder';
import type { Clock } from '../src/main/services/store/clock';
import { startPostgresCluster, type PostgresCluster } from '../scripts/postgresCluster';
import { time } from './measure';
import { temporaryFolder } from './temporaryFolder';

/**
 * The generated practice moved into a new PostgreSQL database as an administrator moves a
 * workstation's practice (`npm run server:import`: the practice folder opened with its recovery
 * key, copied in one transaction and verified table by table, the server's folder given its key
 * file), on a throwaway cluster that commits to the disk as a practice server's does.
 */
export async function movePracticeIntoPostgres(
  from: string,
  recoveryKey: string,
  clock: Clock,
): Promise<{ cluster: PostgresCluster; connection: PoolConfig; serverFolder: string; importMs: number; tables: number }> {
  const cluster = await startPostgresCluster({ durable: true });
  try {
    const connection = await cluster.createDatabase();
    const serverFolder = temporaryFolder();
    let tables = 0;
    const importMs = await time(async () => {
      tables = (await importPracticeFolder({ from, directory: serverFolder, recoveryKey: () => Promise.resolve(recoveryKey), connection, clock })).tables.length;
    });
    return { cluster, connection, serverFolder, importMs, tables };
  } catch (error) {
    await cluster.stop();
    throw error;
  }
}
