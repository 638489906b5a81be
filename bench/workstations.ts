import { performance } from 'node:perf_hooks';
import { newWorkstationId } from '../src/main/client/practiceServerFile';
import { practiceServerClient } from '../src/main/client/practiceServerClient';
import type { Log } from '../src/main/services/log/rotatingLog';
import { savedIntake } from './sampleConsultation';
import { randomSource } from './random';

/** What the simulated workstations do, each in its own signed-in session. */
export const operations = ['search', 'dossier', 'save'] as const;
export type Operation = (typeof operations)[number];

/** Everything the workstations need, as plain data (it crosses into a child process). */
export interface WorkstationsPlan {
  url: string;
  /** The server's certificate (PEM), pinned by every workstation as a confirmed one is. */
  certificate: string;
  /** One account per workstation. */
  accounts: Array<{ name: string; passphrase: string }>;
  seconds: number;
  /** Mean pause between a workstation's calls (uniform from 0 to twice this), in ms. */
  thinkMs: number;
  /** Share of each operation in the mix. */
  mix: Record<Operation, number>;
  names: string[];
  dossierWorkerIds: number[];
  saveWorkerIds: number[];
  seed: number;
}

export interface OperationResult {
  /** Milliseconds of each answered call, ok or not. */
  times: number[];
  /** Calls that answered an error or threw, by code. */
  errors: Record<string, number>;
}

export interface WorkstationsResult {
  operations: Record<Operation, OperationResult>;
  /** Milliseconds until every workstation had signed in. */
  signInMs: number;
  /** Sign-ins that failed (the load runs without those workstations). */
  signInErrors: Record<string, number>;
  /** Seconds the load ran, from the first call after sign-in to the last answer. */
  seconds: number;
  /** CPU seconds the workstations' process used during the load (after sign-in). */
  cpuSeconds: number;
}

type Call = (channel: string, input: unknown) => Promise<{ ok: boolean; error?: { code?: string } }>;

/** Why a workstation's request failed (an error counted as `serverUnreachable`), on the benchmark's output. */
const causesOnStderr: Log = {
  error: (event, error) => console.error(`${event}: ${error instanceof Error ? error.message : String(error)}`),
  info: () => undefined,
};

/**
 * Simulated workstations against a practice server: each its own HTTPS client (the certificate
 * pinned, its own workstation id and session token, as practiceServerClient does for a desktop),
 * signed in with its own account, then for `seconds` picking search by name, opening a dossier or
 * saving a consultation (durably) in the planned mix, with a short random pause between calls.
 * Any answer that is not ok, and any exception, counts as an error of that operation.
 * `onSignedIn` is called once every workstation has signed in, when the load starts.
 */
export async function runWorkstations(plan: WorkstationsPlan, onSignedIn: () => void = () => undefined): Promise<WorkstationsResult> {
  const result = Object.fromEntries(operations.map((operation) => [operation, { times: [], errors: {} }])) as unknown as Record<Operation, OperationResult>;
  const signInErrors: Record<string, number> = {};
  const count = (errors: Record<string, number>, code: string) => (errors[code] = (errors[code] ?? 0) + 1);

  const clients = plan.accounts.map((account) => ({
    account,
    client: practiceServerClient({ url: plan.url, certificate: plan.certificate, workstationId: newWorkstationId(), log: causesOnStderr }),
  }));
  try {
    const signInStart = performance.now();
    const signedIn = await Promise.all(
      clients.map(async ({ account, client }) => {
        const call = client.invoke as unknown as Call;
        try {
          const answer = await call('auth.signIn', account);
          if (answer.ok) return call;
          count(signInErrors, answer.error?.code ?? 'unknown');
        } catch (error) {
          count(signInErrors, (error as Error).name);
        }
        return null;
      }),
    );
    const signInMs = performance.now() - signInStart;
    onSignedIn();
    const cpuAtLoad = process.cpuUsage();

    const start = performance.now();
    const deadline = start + plan.seconds * 1000;
    const inputs: Record<Operation, (random: ReturnType<typeof randomSource>) => [string, unknown]> = {
      search: (random) => ['workers.search', { query: random.pick(plan.names) }],
      dossier: (random) => ['dossier.get', { workerId: random.pick(plan.dossierWorkerIds) }],
      save: (random) => ['consultations.save', { workerId: random.pick(plan.saveWorkerIds), consultationId: null, intake: savedIntake() }],
    };
    await Promise.all(
      signedIn.map(async (call, index) => {
        if (call === null) return;
        const random = randomSource(plan.seed + index);
        while (performance.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, random.next() * 2 * plan.thinkMs));
          if (performance.now() >= deadline) break;
          const operation = random.weighted(plan.mix);
          const [channel, input] = inputs[operation](random);
          const before = performance.now();
          try {
            const answer = await call(channel, input);
            result[operation].times.push(performance.now() - before);
            if (!answer.ok) count(result[operation].errors, answer.error?.code ?? 'unknown');
          } catch (error) {
            result[operation].times.push(performance.now() - before);
            count(result[operation].errors, (error as Error).name);
          }
        }
      }),
    );
    const seconds = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpuAtLoad);
    return { operations: result, signInMs, signInErrors, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
  } finally {
    for (const { client } of clients) client.close();
  }
}
