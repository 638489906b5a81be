import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { Client, type PoolConfig } from 'pg';

/*
 * A throwaway PostgreSQL cluster for the tests and the benchmark: `initdb` in a temporary folder, the server listening
 * only on a Unix socket in that folder (no TCP port, so parallel test files never collide), one
 * database per `createDatabase()`, and everything stopped and removed at the end. PostgreSQL
 * refuses to run as root, so as root (here and in CI) its programs run as the `postgres` user, who
 * then owns the folder. The server is a child of the test process; with util-linux's setpriv it is
 * killed when that process dies, so an interrupted run leaves no server behind (and the next run
 * removes its folder). A machine without PostgreSQL fails the tests, saying how to install it.
 * The tests' cluster does not wait for the disk; the benchmark's (`durable`) commits as a
 * practice server's does, to the disk.
 */

const run = promisify(execFile);

/** The account the tests connect as: the cluster's superuser (trust authentication on the socket). */
export const superuser = 'ruggensteun';

export interface PostgresCluster {
  /** The folder holding the socket (pg's `host`). */
  readonly socketDirectory: string;
  /** The cluster's data folder (its postmaster.pid names the server's process). */
  readonly dataDirectory: string;
  /** How long initdb and the start took, in milliseconds. */
  readonly startMs: number;
  /** A new empty database (UTF-8 unless told otherwise); returns what pg needs to connect to it. */
  createDatabase(options?: { encoding?: 'UTF8' | 'LATIN1' }): Promise<PoolConfig & { database: string }>;
  /** Stops the server and removes its folder. */
  stop(): Promise<void>;
  /**
   * Shuts the server down cleanly and keeps its folder under a name the sweep of stale clusters
   * leaves alone; returns that folder (start it again with `postgres -D <folder>/data -k <folder>`).
   */
  stopAndKeep(): Promise<string>;
}

/** initdb and postgres: from PATH, else the newest /usr/lib/postgresql/<version>/bin. */
export function postgresBinaries(env: NodeJS.ProcessEnv = process.env): { initdb: string; postgres: string } {
  const onPath = (env.PATH ?? '').split(delimiter).filter(Boolean);
  const debian = '/usr/lib/postgresql';
  const versions = existsSync(debian)
    ? readdirSync(debian)
        .filter((name) => /^\d+$/.test(name))
        .sort((a, b) => Number(b) - Number(a))
        .map((version) => join(debian, version, 'bin'))
    : [];
  const folder = [...onPath, ...versions].find((candidate) => existsSync(join(candidate, 'initdb')) && existsSync(join(candidate, 'postgres')));
  if (!folder) {
    throw new Error(
      'PostgreSQL is not installed: the PostgreSQL tests need initdb and postgres (on PATH or in /usr/lib/postgresql/<version>/bin). ' +
        'Install it with `apt-get install postgresql` (Debian, Ubuntu) or your system’s package; .ci/run does this.',
    );
  }
  return { initdb: join(folder, 'initdb'), postgres: join(folder, 'postgres') };
}

const asRoot = process.getuid?.() === 0;
const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((path) => existsSync(path));

/** A PostgreSQL program as a command line: as the postgres user when we are root, killed with its parent where setpriv can. */
function asPostgres(program: string, args: string[]): [string, string[]] {
  if (setpriv) {
    const user = asRoot ? ['--reuid', 'postgres', '--regid', 'postgres', '--init-groups'] : [];
    return [setpriv, [...user, '--pdeathsig', 'KILL', program, ...args]];
  }
  if (asRoot) throw new Error('Running the PostgreSQL tests as root needs setpriv (util-linux) to start PostgreSQL as the postgres user');
  return [program, args];
}

/** Waits until the server takes connections; fails with its log when it stopped instead. */
async function ready(server: ChildProcess, connection: PoolConfig, log: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (server.exitCode !== null || server.signalCode !== null) throw new Error(`PostgreSQL did not start:\n${readFileSync(log, 'utf8')}`);
    const client = new Client(connection);
    try {
      await client.connect();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`PostgreSQL did not take connections within 30 s: ${(error as Error).message}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

const folderPrefix = 'ruggensteun-pg-';
/** A cluster kept for a look afterwards (the benchmark's `--keep`): never swept. */
const keptPrefix = 'ruggensteun-kept-pg-';

/**
 * Folders of earlier runs that were killed before they could clean up (their server died with
 * them): no live server, and untouched for ten minutes, so a cluster another test file is just
 * making is left alone.
 */
function removeStaleClusters(): void {
  for (const name of readdirSync(tmpdir()).filter((entry) => entry.startsWith(folderPrefix))) {
    const folder = join(tmpdir(), name);
    try {
      const pidFile = join(folder, 'data', 'postmaster.pid');
      const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[0]) : 0;
      if (pid > 0 && processExists(pid)) continue;
      if (Date.now() - statSync(folder).mtimeMs > 10 * 60_000) rmSync(folder, { recursive: true, force: true });
    } catch {
      // Another user's folder, or gone meanwhile: not ours to clean.
    }
  }
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * `settings`: more server settings (`name=value`), e.g. a higher `max_connections` for a cluster
 * that many practices share, each with its own pool. `durable`: commits wait for the disk.
 */
export async function startPostgresCluster(options: { durable?: boolean; settings?: string[] } = {}): Promise<PostgresCluster> {
  const { initdb, postgres } = postgresBinaries();
  removeStaleClusters();
  const started = performance.now();
  const folder = mkdtempSync(join(tmpdir(), folderPrefix));
  const data = join(folder, 'data');
  const log = join(folder, 'server.log');
  const admin = { host: folder, user: superuser, database: 'postgres' };
  if (asRoot) await run('chown', ['postgres:', folder]);
  let server: ChildProcess | null = null;
  try {
    // C collation: text sorts by code point, as SQLite's BINARY does. --no-sync, and fsync=off
    // unless durable: a throwaway cluster need not survive a power cut.
    const [initCommand, initArgs] = asPostgres(initdb, ['-D', data, '-U', superuser, '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync', '--no-instructions']);
    await run(initCommand, initArgs).catch((error: { stderr?: string }) => {
      throw new Error(`initdb failed: ${error.stderr ?? String(error)}`);
    });
    const disk = options.durable ? [] : ['fsync=off', 'full_page_writes=off', 'synchronous_commit=off'];
    const settings = ['listen_addresses=', ...disk, ...(options.settings ?? [])].flatMap((setting) => ['-c', setting]);
    const [command, args] = asPostgres(postgres, ['-D', data, '-k', folder, ...settings]);
    const output = openSync(log, 'a');
    server = spawn(command, args, { stdio: ['ignore', output, output] });
    closeSync(output);
    await ready(server, admin, log);
  } catch (error) {
    server?.kill('SIGKILL');
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  const running = server;
  const startMs = Math.round(performance.now() - started);
  let databases = 0;

  return {
    socketDirectory: folder,
    dataDirectory: data,
    startMs,
    async createDatabase(options = {}) {
      const name = `test_${(databases += 1)}`;
      const client = new Client(admin);
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
        // Immediate shutdown: nothing of a throwaway cluster needs to be kept.
        await shutDown(running, 'SIGQUIT');
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
    async stopAndKeep() {
      // Fast shutdown: a checkpoint, so the kept cluster starts again without recovery.
      await shutDown(running, 'SIGINT');
      const kept = folder.replace(folderPrefix, keptPrefix);
      renameSync(folder, kept);
      return kept;
    },
  };
}

async function shutDown(server: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill(signal);
  await exited;
}

/**
 * A new database `name` copied from `template` (a database nobody is connected to) in the cluster
 * whose socket is in `socketDirectory`: a migrated schema in milliseconds instead of running every
 * migration again.
 */
export async function copyDatabase(socketDirectory: string, template: string, name: string): Promise<PoolConfig & { database: string }> {
  const client = new Client({ host: socketDirectory, user: superuser, database: 'postgres' });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await client.end();
  }
  return { host: socketDirectory, user: superuser, database: name };
}
