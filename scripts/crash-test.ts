/*
 * Crash safety, proven by killing: starts the app's browser-mode server (real handlers, a real
 * SQLite file in a temporary folder) in a child process, saves consultations and return-to-work
 * plans through its API from four parallel clients, and kills the server with SIGKILL at a random
 * moment. After each round the file is reopened: `PRAGMA integrity_check` must say ok and every
 * save the API acknowledged before the kill must be there. Usage: crash-test.cjs [rounds] (5).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { databaseFileName } from '../src/main/dataDirectory';
import { keyFileName, readKeyFile } from '../src/main/services/keys/keyFile';
import { unwrapAccountKey } from '../src/main/services/keys/accountSlots';
import { connect } from '../src/main/services/store/database';
import type { ApiResult, Channel, ChannelInput, ChannelOutput } from '../src/shared/ipc';
import { acuteIntake } from '../test/integration/clinicalFixture';

const rounds = Number(process.argv[2] ?? 5);
const clients = 4;
const doctor = { name: 'Dr. Crash Test', passphrase: 'een lange wachtzin voor de crashtest' };

type Api = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ApiResult<ChannelOutput<C>>>;

/** An API client for the server at `url` (its token in the address), as the renderer calls it. */
function apiAt(url: string): Api {
  const address = new URL(url);
  const token = address.searchParams.get('token') ?? '';
  return (channel, input) =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify({ channel, input });
      const call = request(
        {
          host: address.hostname,
          port: address.port,
          path: '/api/invoke',
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Origin: address.origin, 'X-Ruggensteun-Token': token, 'Content-Length': Buffer.byteLength(body) },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as never));
          response.on('error', reject);
        },
      );
      call.on('error', reject);
      call.end(body);
    });
}

function value<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`API refused: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Starts the server on `directory` and answers its address once it listens. */
function startServer(directory: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(__dirname, '..', 'main', 'browser-main.cjs')], {
    env: { ...process.env, RUGGENSTEUN_DATA_DIR: directory },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      if (line.startsWith('http://127.0.0.1')) resolve({ child, url: line.trim() });
    });
    child.on('exit', (code) => reject(new Error(`server stopped before listening (${code})`)));
  });
}

interface Case {
  workerId: number;
  episodeId: number;
}

/** Round 1: the practice, its doctor and one worker with a first consultation per client. */
async function firstRound(api: Api): Promise<void> {
  value(await api('practice.initialize', { practice: { name: 'Crashtestpraktijk', jurisdiction: 'NL', language: 'nl' }, account: { ...doctor, role: 'doctor' } }));
  const employerId = value(await api('workplace.saveEmployer', { name: 'Crashbedrijf', sector: 'private' }));
  for (let i = 1; i <= clients; i += 1) {
    const worker = value(
      await api('workers.save', { employerId, personnelNumber: `C-${i}`, firstName: 'Test', lastName: `Werker ${i}`, birthDate: '1980-05-10', contractHoursPerWeek: 38 }),
    );
    value(await api('consultations.save', { workerId: worker.id, consultationId: null, intake: acuteIntake() }));
  }
}

/** The worker's episode and the plan version it is at now, read through the API. */
async function caseOf(api: Api, workerId: number): Promise<Case & { planVersion: number | null; suggestion: ChannelOutput<'plans.get'>['suggestion'] }> {
  const dossier = value(await api('dossier.get', { workerId }));
  const episode = dossier.episodes[0];
  if (!episode) throw new Error(`worker ${workerId} has no episode`);
  const plans = value(await api('plans.get', { workerId, episodeId: episode.id }));
  return { workerId, episodeId: episode.id, planVersion: plans.versions[0]?.version ?? null, suggestion: plans.suggestion };
}

interface Acknowledged {
  consultations: number[];
  planVersions: Array<{ planId: number; version: number }>;
}

/** Saves consultations and plan versions for one worker until the server goes away. */
async function saveUntilKilled(api: Api, start: Awaited<ReturnType<typeof caseOf>>, acknowledged: Acknowledged): Promise<void> {
  const { workerId } = start;
  let planVersion = start.planVersion;
  const plan = start.suggestion;
  for (let n = 0; ; n += 1) {
    try {
      const saved = value(await api('consultations.save', { workerId, consultationId: null, intake: acuteIntake({ episodeId: start.episodeId }) }));
      acknowledged.consultations.push(saved.id);
      if (plan !== null && n % 2 === 0) {
        const version = value(await api('plans.save', { workerId, episodeId: start.episodeId, plan, basedOnVersion: planVersion }));
        acknowledged.planVersions.push({ planId: version.planId, version: version.version });
        planVersion = version.version;
      }
    } catch (error) {
      if (error instanceof Error && /ECONNRESET|ECONNREFUSED|socket hang up|EPIPE/.test(error.message)) return;
      throw error;
    }
  }
}

/** The database key from the doctor's key slot, as signing in unwraps it. */
async function doctorKey(directory: string): Promise<Buffer> {
  const keys = readKeyFile(join(directory, keyFileName));
  const key = keys ? await unwrapAccountKey(keys, doctor.name, doctor.passphrase) : null;
  if (!key) throw new Error('the doctor cannot open the practice file');
  return key;
}

/** Opens the file (with its key) after the kill: its integrity, and what of the acknowledged saves is missing. */
function check(file: string, key: Buffer, acknowledged: Acknowledged): { integrity: string; lost: number } {
  const db = connect(file, { key });
  try {
    const integrity = (db.pragma('integrity_check', { simple: true }) as string) ?? '';
    const consultation = db.prepare<[number], { found: number }>('SELECT 1 AS found FROM consultations WHERE id = ?');
    const planVersion = db.prepare<[number, number], { found: number }>('SELECT 1 AS found FROM return_to_work_plan_versions WHERE plan_id = ? AND version = ?');
    const lost =
      acknowledged.consultations.filter((id) => !consultation.get(id)).length +
      acknowledged.planVersions.filter(({ planId, version }) => !planVersion.get(planId, version)).length;
    return { integrity, lost };
  } finally {
    db.close();
  }
}

async function main(): Promise<void> {
  const directory = mkdtempSync(join(tmpdir(), 'ruggensteun-crash-'));
  let totalSaves = 0;
  let totalLost = 0;
  try {
    for (let round = 1; round <= rounds; round += 1) {
      const { child, url } = await startServer(directory);
      const exited = new Promise((resolve) => child.on('exit', resolve));
      const api = apiAt(url);
      if (round === 1) await firstRound(api);
      else value(await api('auth.signIn', doctor));

      const workers = value(await api('workers.search', { query: '' })).map((worker) => worker.id);
      // Every case is read before the kill is armed: only saves may meet the kill, never this setup.
      const cases = await Promise.all(workers.map((workerId) => caseOf(api, workerId)));
      const acknowledged: Acknowledged = { consultations: [], planVersions: [] };
      const killAfter = 300 + Math.floor(Math.random() * 1200);
      const killer = setTimeout(() => child.kill('SIGKILL'), killAfter);
      await Promise.all(cases.map((start) => saveUntilKilled(api, start, acknowledged)));
      clearTimeout(killer);
      await exited;

      const saves = acknowledged.consultations.length + acknowledged.planVersions.length;
      const { integrity, lost } = check(join(directory, databaseFileName), await doctorKey(directory), acknowledged);
      totalSaves += saves;
      totalLost += lost;
      console.log(`round ${round}: killed after ${killAfter} ms; ${saves} acknowledged saves (${acknowledged.consultations.length} consultations, ${acknowledged.planVersions.length} plan versions); integrity_check ${integrity}; lost ${lost}`);
      if (integrity !== 'ok' || lost > 0) throw new Error(`round ${round} failed: integrity ${integrity}, ${lost} acknowledged saves lost`);
    }
    console.log(`crash test: ${rounds} rounds, ${totalSaves} acknowledged saves, ${totalLost} lost`);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
