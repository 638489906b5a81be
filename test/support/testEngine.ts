import { randomUUID } from 'node:crypto';
import type { PoolConfig } from 'pg';
import { inject } from 'vitest';
import type { SqlEngine } from '../../src/main/services/store/sql';
import { copyDatabase } from './postgresCluster';

/*
 * The engine the integration tests run their practices on: SQLite in the `unit` project,
 * PostgreSQL in `integration-postgres` (vitest.config.ts sets RUGGENSTEUN_TEST_ENGINE there). The
 * fixtures ask this module, so one set of tests runs on both engines.
 */
export const testEngine: SqlEngine = process.env.RUGGENSTEUN_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

/** The database of each practice folder: opening the same folder again finds the same database. */
const databases = new Map<string, Promise<PoolConfig & { database: string }>>();

/**
 * PostgreSQL: the database of the practice in `directory`, a fresh copy of the migrated template
 * the first time (postgresProjectSetup.ts made it, once per run).
 */
export function practiceDatabase(directory: string): Promise<PoolConfig & { database: string }> {
  let database = databases.get(directory);
  if (!database) {
    const { socketDirectory, template } = inject('postgresPractices');
    database = copyDatabase(socketDirectory, template, `practice_${randomUUID().replaceAll('-', '')}`);
    databases.set(directory, database);
  }
  return database;
}

const opened: Array<{ close(): unknown }> = [];

/** Closes `practice` when the test file ends (engineSetup.ts): a PostgreSQL practice holds a pool of connections. */
export function closeAfterFile<T extends { close(): unknown }>(practice: T): T {
  opened.push(practice);
  return practice;
}

/** Closes what the test file left open. */
export async function closeOpenedPractices(): Promise<void> {
  for (const practice of opened.splice(0)) await practice.close();
}
