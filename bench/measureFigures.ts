import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { HandlerMap } from '../src/main/ipc/handlerMap';
import { databaseFileName } from '../src/main/dataDirectory';
import { connect } from '../src/main/services/store/database';
import { evaluateConsultation } from '../src/shared/rules';
import type { GeneratedWorkplaces } from './generateWorkplaces';
import { fullConsultationInput, savedIntake } from './sampleConsultation';
import { percentile, sample as sampleRuns, type Figure } from './measure';
import type { RandomSource } from './random';

interface Context {
  handlers: HandlerMap;
  random: RandomSource;
  generated: GeneratedWorkplaces;
  workersWithEpisodes: number[];
  /** The core of the aggregate as one raw SQL query on the same database, timed per run. */
  rawAggregate(employerId: number): Promise<number[]>;
  /** Fraction of the usual number of runs (1 in the benchmark; less for a quick check). */
  runs?: number;
}

function ok<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

/** Gzipped size of the renderer's JavaScript and CSS, in KB (dist/renderer, beside the benchmark's bundle). */
export function rendererBundleKb(): number {
  const assets = join(__dirname, '..', 'renderer', 'assets');
  return readdirSync(assets)
    .filter((file) => /\.(js|css)$/.test(file))
    .reduce((sum, file) => sum + gzipSync(readFileSync(join(assets, file)), { level: 9 }).length, 0) / 1024;
}

export async function measureFigures({ handlers, random, generated, workersWithEpisodes, rawAggregate, runs = 1 }: Context): Promise<Record<string, Figure>> {
  const figures: Record<string, Figure> = {};
  const n = (count: number) => Math.max(2, Math.round(count * runs));
  const sample = (count: number, work: (i: number) => unknown, warmUp?: number) =>
    sampleRuns(n(count), work, warmUp === undefined ? undefined : Math.min(n(count), warmUp));
  const p = (times: number[], name: string, budget: number | null, budgetOnP95 = true) => {
    figures[`${name} p50`] = { value: percentile(times, 50), unit: 'ms', budget: budgetOnP95 ? null : budget };
    figures[`${name} p95`] = { value: percentile(times, 95), unit: 'ms', budget: budgetOnP95 ? budget : null };
  };

  const names = generated.names;
  p(await sample(500, async (i) => ok(await handlers.call('workers.search', { query: names[i % names.length] as string }))), 'search by name', 10);
  // What is typed first: the first three letters of a surname ('Jan', 'Van', 'Mül'), matching thousands.
  const prefixes = names.map((name) => name.slice(0, 3));
  p(await sample(200, async (i) => ok(await handlers.call('workers.search', { query: prefixes[i % prefixes.length] as string }))), 'search by 3-letter surname prefix', 10);
  const numbers = generated.personnelNumbers;
  p(await sample(500, async (i) => ok(await handlers.call('workers.search', { query: numbers[i % numbers.length] as string }))), 'search by number', 10);

  const dossierWorkers = Array.from({ length: n(300) }, () => random.pick(workersWithEpisodes));
  p(await sample(300, async (i) => ok(await handlers.call('dossier.get', { workerId: dossierWorkers[i] as number }))), 'open dossier', 20);

  // The measured saves and their warm-up, each for another worker.
  const saveWorkers = Array.from({ length: n(200) + Math.min(20, n(200)) }, () => random.pick(generated.workers).id);
  const savedIds: number[] = [];
  p(
    await sample(200, async (i) => {
      const saved = ok(await handlers.call('consultations.save', { workerId: saveWorkers[i] as number, consultationId: null, intake: savedIntake() }));
      savedIds.push(saved.id);
    }),
    'save consultation (durable)',
    10,
  );

  p(
    await sample(50, async (i) => ok(await handlers.call('documents.generate', { kind: 'consultation-record', consultationId: savedIds[i] as number })), 5),
    'PDF: consultation record',
    150,
  );

  const input = fullConsultationInput();
  const evaluations = await sample(20000, () => evaluateConsultation(input), 2000);
  p(evaluations, 'rules: evaluate consultation', 1);

  const request = { employerId: generated.bigEmployerId, from: '2025-11-01', to: '2026-10-31' };
  const aggregates = await sample(30, async () => ok(await handlers.call('prevention.aggregates', request)), 5);
  p(aggregates, 'aggregates, employer of 5,000 workers', 150);
  const raw = await rawAggregate(generated.bigEmployerId);
  figures['aggregates / one raw SQL query (p50)'] = { value: percentile(aggregates, 50) / percentile(raw, 50), unit: 'ratio', budget: null };
  figures['raw SQL aggregate p50'] = { value: percentile(raw, 50), unit: 'ms', budget: null };

  const report = await sample(10, async () => ok(await handlers.call('prevention.workplaceReport', { request, language: 'nl' })), 2);
  p(report, 'PDF: workplace report', 600);
  return figures;
}

/** The core of the aggregate (workers seen and consultations per department and phase over a year) as one query. */
export const rawAggregateSql = `SELECT w.department_id, c.phase, count(DISTINCT c.worker_id) AS workers, count(*) AS consultations
       FROM consultations c JOIN workers w ON w.id = c.worker_id
      WHERE w.employer_id = ? AND c.consultation_date BETWEEN '2025-11-01' AND '2026-10-31'
      GROUP BY w.department_id, c.phase`;

/** The raw aggregate on a second connection to the practice file (with the key when encrypted), 30 runs. */
export function rawAggregateMs(folder: string, employerId: number, key: Buffer | null): Promise<number[]> {
  const db = connect(join(folder, databaseFileName), { key, readonly: true });
  const query = db.prepare(rawAggregateSql);
  const times: number[] = [];
  for (let i = 0; i < 30; i += 1) {
    const start = performance.now();
    query.all(employerId);
    times.push(performance.now() - start);
  }
  db.close();
  return Promise.resolve(times);
}
