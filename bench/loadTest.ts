import { fork } from 'node:child_process';
import { join } from 'node:path';
import { percentile, printTable } from './measure';
import { operations, runWorkstations, type Operation, type WorkstationsPlan, type WorkstationsResult } from './workstations';

/** p95 budgets at 50 workstations, in ms; and no errors at all. */
export const loadBudgets: Record<Operation, number> = { search: 20, dossier: 30, save: 20 };

/** Where the workstations run: in a process of their own (the benchmark), or in this one (a test). */
export type WorkstationsRunner = (plan: WorkstationsPlan, onSignedIn: () => void) => Promise<WorkstationsResult>;

export const inThisProcess: WorkstationsRunner = runWorkstations;

/** The workstations in a forked process (dist/bench/workstations-process.cjs, beside the benchmark's bundle). */
export const inChildProcess: WorkstationsRunner = (plan, onSignedIn) =>
  new Promise((resolve, reject) => {
    const child = fork(join(__dirname, 'workstations-process.cjs'), [], { execArgv: [] });
    child.on('message', (answer: { signedIn?: true; result?: WorkstationsResult; error?: string }) => {
      if (answer.signedIn) return onSignedIn();
      if (answer.result) resolve(answer.result);
      else reject(new Error(`The workstations failed: ${answer.error ?? 'no answer'}`));
    });
    child.once('exit', (code) => reject(new Error(`The workstations' process ended (${code}) before answering`)));
    child.once('error', reject);
    child.send(plan);
  });

export interface LoadFigures {
  workstations: number;
  seconds: number;
  operations: Record<Operation, { calls: number; p50: number; p95: number; p99: number; budget: number; errors: Record<string, number> }>;
  /** Answered calls per second, all operations. */
  callsPerSecond: number;
  errors: number;
  signInMs: number;
  signInErrors: Record<string, number>;
  /** CPU seconds of the server's process, of PostgreSQL and of the workstations' process during the load. */
  serverCpuSeconds: number;
  databaseCpuSeconds: number;
  workstationsCpuSeconds: number;
}

/**
 * The load test: the planned workstations against the running server, timed per operation; the
 * CPU of the server (this process) and of the database is measured over the same span as the
 * workstations' own: the load, after every workstation has signed in.
 */
export async function loadTest(plan: WorkstationsPlan, run: WorkstationsRunner, databaseCpuSeconds: () => number): Promise<LoadFigures> {
  // CPU from the moment every workstation has signed in: the sign-ins' key derivation is not load.
  let cpuAtStart = process.cpuUsage();
  let databaseCpuAtStart = databaseCpuSeconds();
  const result = await run(plan, () => {
    cpuAtStart = process.cpuUsage();
    databaseCpuAtStart = databaseCpuSeconds();
  });
  const cpu = process.cpuUsage(cpuAtStart);
  const databaseCpu = databaseCpuSeconds() - databaseCpuAtStart;
  const sum = (errors: Record<string, number>) => Object.values(errors).reduce((a, b) => a + b, 0);
  const figures = Object.fromEntries(
    operations.map((operation) => {
      const { times, errors } = result.operations[operation];
      return [operation, { calls: times.length, p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), budget: loadBudgets[operation], errors }];
    }),
  ) as LoadFigures['operations'];
  const calls = operations.reduce((total, operation) => total + figures[operation].calls, 0);
  return {
    workstations: plan.accounts.length,
    seconds: result.seconds,
    operations: figures,
    callsPerSecond: calls / result.seconds,
    errors: operations.reduce((total, operation) => total + sum(figures[operation].errors), 0) + sum(result.signInErrors),
    signInMs: result.signInMs,
    signInErrors: result.signInErrors,
    serverCpuSeconds: (cpu.user + cpu.system) / 1e6,
    databaseCpuSeconds: databaseCpu,
    workstationsCpuSeconds: result.cpuSeconds,
  };
}

/** The load test as a table, each p95 against its budget, then the totals. */
export function reportLoad(load: LoadFigures): void {
  const errorText = (errors: Record<string, number>) =>
    Object.entries(errors)
      .map(([code, n]) => `${n} ${code}`)
      .join(', ') || '0';
  const rows = operations.map((operation) => {
    const f = load.operations[operation];
    return [operation, String(f.calls), f.p50.toFixed(1), f.p95.toFixed(1), f.p99.toFixed(1), String(f.budget), f.p95 <= f.budget ? 'ok' : 'OVER', errorText(f.errors)];
  });
  console.log(`\nLoad test: ${load.workstations} workstations for ${load.seconds.toFixed(1)} s over HTTPS on loopback`);
  printTable(['operation', 'calls', 'p50 ms', 'p95 ms', 'p99 ms', 'budget p95', '', 'errors'], rows, new Set([1, 2, 3, 4, 5]));
  console.log(
    `${load.callsPerSecond.toFixed(0)} calls/s; errors ${load.errors} (budget 0${load.errors === 0 ? ', ok' : ', OVER'}); ` +
      `sign-in of every workstation ${(load.signInMs / 1000).toFixed(1)} s${load.signInErrors && Object.keys(load.signInErrors).length ? ` (failed: ${errorText(load.signInErrors)})` : ''}; ` +
      `CPU: server process ${load.serverCpuSeconds.toFixed(1)} s, PostgreSQL ${load.databaseCpuSeconds.toFixed(1)} s, workstations ${load.workstationsCpuSeconds.toFixed(1)} s.`,
  );
}
