import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { Client, type PoolConfig } from 'pg';
import { afterAll, beforeAll } from 'vitest';

/*
 * A throwaway PostgreSQL cluster for tests: `initdb` in a temporary folder, the server listening
 * only on a Unix socket in that folder (no TCP port, so parallel test files never collide), one
 * database per `createDatabase()`, and everything stopped and removed at the end. PostgreSQL
 * refuses to run as root, so as root (here and in CI) the cluster's programs run as the `postgres`
 * user, who then owns the folder. A machine without PostgreSQL fails the tests with how to get it.
 */

const run = promisify(execFile);

/** The account the tests connect as: the cluster's superuser (trust authentication on the socket). */
const superuser = 'ruggensteun';

export interface PostgresCluster {
  /** The folder holding the socket (pg's `host`). */
  readonly socketDirectory: string;
  /** How long initdb and the start took, in milliseconds. */
  readonly startMs: number;
  /** A new empty database (UTF-8 unless told otherwise); returns what pg needs to connect to it. */
  createDatabase(options?: { encoding?: 'UTF8' | 'LATIN1' }): Promise<PoolConfig & { database: string }>;
  stop(): Promise<void>;
}

/** initdb and pg_ctl: from PATH, else the newest /usr/lib/postgresql/<version>/bin. */
export function postgresBinaries(env: NodeJS.ProcessEnv = process.env): { initdb: string; pgCtl: string } {
  const onPath = (env.PATH ?? '').split(delimiter).filter(Boolean);
  const debian = '/usr/lib/postgresql';
  const versions = existsSync(debian)
    ? readdirSync(debian)
        .filter((name) => /^\d+$/.test(name))
        .sort((a, b) => Number(b) - Number(a))
        .map((version) => join(debian, version, 'bin'))
    : [];
  const folder = [...onPath, ...versions].find((candidate) => existsSync(join(candidate, 'initdb')) && existsSync(join(candidate, 'pg_ctl')));
  if (!folder) {
    throw new Error(
      'PostgreSQL is not installed: the PostgreSQL tests need initdb and pg_ctl (on PATH or in /usr/lib/postgresql/<version>/bin). ' +
        'Install it with `apt-get install postgresql` (Debian, Ubuntu) or your system’s package; .ci/run does this.',
    );
  }
  return { initdb: join(folder, 'initdb'), pgCtl: join(folder, 'pg_ctl') };
}

const asRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL program, as the postgres user when we are root. */
async function runPostgres(program: string, args: string[]): Promise<void> {
  const [command, commandArgs] = asRoot ? ['runuser', ['-u', 'postgres', '--', program, ...args]] : [program, args];
  try {
    await run(command, commandArgs);
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`${program} ${args.join(' ')} failed: ${stderr || stdout || String(error)}`);
  }
}

export async function startPostgresCluster(): Promise<PostgresCluster> {
  const { initdb, pgCtl } = postgresBinaries();
  const started = performance.now();
  const folder = mkdtempSync(join(tmpdir(), 'ruggensteun-pg-'));
  const data = join(folder, 'data');
  if (asRoot) await run('chown', ['postgres:', folder]);
  try {
    // C collation: text sorts by code point, as SQLite's BINARY does. --no-sync and fsync=off:
    // a throwaway cluster need not survive a power cut.
    await runPostgres(initdb, ['-D', data, '-U', superuser, '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync', '--no-instructions']);
    const serverOptions = `-k ${folder} -c listen_addresses= -c fsync=off -c full_page_writes=off -c synchronous_commit=off`;
    await runPostgres(pgCtl, ['-D', data, '-l', join(folder, 'server.log'), '-o', serverOptions, '-w', '-s', 'start']);
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  const startMs = Math.round(performance.now() - started);
  let databases = 0;

  return {
    socketDirectory: folder,
    startMs,
    async createDatabase(options = {}) {
      const name = `test_${(databases += 1)}`;
      const client = new Client({ host: folder, user: superuser, database: 'postgres' });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING '${options.encoding ?? 'UTF8'}'`);
      } finally {
        await client.end();
      }
      return { host: folder, user: superuser, database: name };
    },
    async stop() {
      try {
        await runPostgres(pgCtl, ['-D', data, '-m', 'immediate', '-w', '-s', 'stop']);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}

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
