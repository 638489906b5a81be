import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { benchClock, generatePractice } from '../../bench/generatePractice';
import { inThisProcess } from '../../bench/loadTest';
import { benchPostgres } from '../../bench/postgresBench';
import { operations } from '../../bench/workstations';
import { temporaryDirectory } from '../support/practiceFixture';

/*
 * `npm run bench -- --engine postgres` end to end on a tiny practice: generated, moved into
 * PostgreSQL, its figures measured there through the handler map, and the load test with two
 * workstations for two seconds over HTTPS. What is checked is that every figure comes out and no
 * call fails; the times themselves are the benchmark's to report, never a test's to assert.
 */
describe('the PostgreSQL benchmark', () => {
  it('moves a tiny practice into PostgreSQL, measures every figure there and runs the load test without errors', async () => {
    const folder = temporaryDirectory();
    const generated = await generatePractice(folder, { employers: 4, workers: 240, consultations: 480, bigEmployerSize: 80 }, benchClock(), 2);
    try {
      const { figures, load } = await benchPostgres({
        generated,
        clock: benchClock(),
        runs: 0.01,
        load: { workstations: 2, seconds: 2, thinkMs: 10, run: inThisProcess },
      });

      expect(Object.keys(figures)).toEqual(
        expect.arrayContaining(['move the practice into PostgreSQL', 'search by name p95', 'open dossier p95', 'save consultation (durable) p95', 'aggregates, employer of 5,000 workers p95']),
      );
      for (const figure of Object.values(figures)) expect(Number.isFinite(figure.value)).toBe(true);

      expect(load.workstations).toBe(2);
      expect(load.signInErrors).toEqual({});
      for (const operation of operations) {
        expect(load.operations[operation].errors).toEqual({});
        expect(load.operations[operation].calls).toBeGreaterThan(0);
      }
      expect(load.errors).toBe(0);
    } finally {
      generated.practice.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
