import type { PoolConfig } from 'pg';
import type { Db } from '../src/main/services/store/database';
import { openPostgresDatabase } from '../src/main/services/store/postgresDatabase';
import { importIntoPostgres } from '../src/main/services/store/postgresImport';
import { startPostgresCluster, type PostgresCluster } from '../scripts/postgresCluster';
import { time } from './measure';

/**
 * The generated practice moved into a new PostgreSQL database the way an administrator moves a
 * workstation's practice (`npm run server:import`: copied in one transaction and verified table by
 * table), on a throwaway cluster that commits to the disk as a practice server's does.
 */
export async function movePracticeIntoPostgres(source: Db): Promise<{ cluster: PostgresCluster; connection: PoolConfig; importMs: number; tables: number }> {
  const cluster = await startPostgresCluster({ durable: true });
  try {
    const connection = await cluster.createDatabase();
    const target = openPostgresDatabase({ connection, poolSize: 1 });
    try {
      let tables = 0;
      const importMs = await time(async () => {
        tables = (await importIntoPostgres(source, target)).length;
      });
      return { cluster, connection, importMs, tables };
    } finally {
      await target.close();
    }
  } catch (error) {
    await cluster.stop();
    throw error;
  }
}
