import type { TestProject } from 'vitest/node';
import { openPostgresDatabase } from '../../src/main/services/store/postgresDatabase';
import { migratePostgres } from '../../src/main/services/store/postgresMigrations';
import { startPostgresCluster } from './postgresCluster';

/*
 * Global setup of the `integration-postgres` project: one throwaway cluster for the whole run, and
 * in it one database migrated to the newest schema. Every practice a test makes is a copy of that
 * database (CREATE DATABASE … TEMPLATE, testEngine.ts), so no test runs the migrations again.
 * Test files reach the cluster through `inject('postgresPractices')`.
 */

declare module 'vitest' {
  export interface ProvidedContext {
    postgresPractices: { socketDirectory: string; template: string };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Every practice has its own pool and tests seldom close theirs before the file ends: room for many.
  const cluster = await startPostgresCluster({ settings: ['max_connections=500'] });
  try {
    const started = performance.now();
    const connection = await cluster.createDatabase();
    const db = openPostgresDatabase({ connection, poolSize: 1 });
    try {
      await migratePostgres(db);
    } finally {
      await db.close();
    }
    console.log(`PostgreSQL for the integration tests: cluster ${cluster.startMs} ms, migrated template ${Math.round(performance.now() - started)} ms`);
    project.provide('postgresPractices', { socketDirectory: cluster.socketDirectory, template: connection.database });
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  return () => cluster.stop();
}
