import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { HandlerMap } from '../src/main/ipc/handlerMap';
import type { Store } from '../src/main/services/store/store';
import { databaseFileName } from '../src/main/dataDirectory';
import { connect } from '../src/main/services/store/database';
import { evaluateConsultation } from '../src/shared/rules';
import type { GeneratedWorkplaces } from './generateWorkplaces';
import { fullConsultationInput, savedIntake } from './sampleConsultation';
import { percentile, sample, type Figure } from './measure';
import type { RandomSource } from './random';

interface Context {
  store: Store;
  handlers: HandlerMap;
  random: RandomSource;
  generated: GeneratedWorkplaces;
  workersWithEpisodes: number[];
  folder: string;
  /** The database key, or null for a plain file. */
  key: Buffer | null;
}

function ok<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

/** Gzipped size of the renderer's JavaScript and CSS, in KB. */
function rendererBundleKb(): number {
  const assets = join(__dirname, '..', 'renderer', 'assets');
  return readdirSync(assets)
    .filter((file) => /\.(js|css)$/.test(file))
    .reduce((sum, file) => sum + gzipSync(readFileSync(join(assets, file)), { level: 9 }).length, 0) / 1024;
}

export async function measureFigures({ store, handlers, random, generated, workersWithEpisodes, folder, key }: Context): Promise<Record<string, Figure>> {
  const figures: Record<string, Figure> = {};
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

  const dossierWorkers = Array.from({ length: 300 }, () => random.pick(workersWithEpisodes));
  p(await sample(300, async (i) => ok(await handlers.call('dossier.get', { workerId: dossierWorkers[i] as number }))), 'open dossier', 20);

  const saveWorkers = Array.from({ length: 220 }, () => random.pick(generated.workers).id);
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
  const raw = rawAggregateMs(folder, generated.bigEmployerId, key);
  figures['aggregates / one raw SQL query (p50)'] = { value: percentile(aggregates, 50) / percentile(raw, 50), unit: 'ratio', budget: null };
  figures['raw SQL aggregate p50'] = { value: percentile(raw, 50), unit: 'ms', budget: null };

  const report = await sample(10, async () => ok(await handlers.call('prevention.workplaceReport', { request, language: 'nl' })), 2);
  p(report, 'PDF: workplace report', 600);

  figures['renderer bundle (gzip)'] = { value: rendererBundleKb(), unit: 'KB', budget: 400 };
  void store;
  return figures;
}

/** The same aggregate as one raw SQL query on a second connection (with the key when encrypted), for comparison. */
export function rawAggregateMs(folder: string, employerId: number, key: Buffer | null): number[] {
  const db = connect(join(folder, databaseFileName), { key, readonly: true });
  const query = db.prepare(
    `SELECT w.department_id, c.phase, count(DISTINCT c.worker_id) AS workers, count(*) AS consultations
       FROM consultations c JOIN workers w ON w.id = c.worker_id
      WHERE w.employer_id = ? AND c.consultation_date BETWEEN '2025-11-01' AND '2026-10-31'
      GROUP BY w.department_id, c.phase`,
  );
  const times: number[] = [];
  for (let i = 0; i < 30; i += 1) {
    const start = performance.now();
    query.all(employerId);
    times.push(performance.now() - start);
  }
  db.close();
  return times;
}
