import { afterAll, beforeAll } from 'vitest';
import { startPostgresCluster, type PostgresCluster } from '../../scripts/postgresCluster';

export { copyDatabase, postgresBinaries, startPostgresCluster, superuser, type PostgresCluster } from '../../scripts/postgresCluster';

/** One cluster for the test file: started before its tests, stopped after them. */
export function usePostgresCluster(): () => PostgresCluster {
  let cluster: PostgresCluster | null = null;
  beforeAll(async () => {
    cluster = await startPostgresCluster();
  });
  afterAll(async () => {
    await cluster?.stop();
  });
  return () => {
    if (!cluster) throw new Error('The PostgreSQL cluster has not started');
    return cluster;
  };
}
