import { performance } from 'node:perf_hooks';

export interface Figure {
  value: number;
  unit: 'ms' | 'KB' | 'MB' | 's' | 'ratio';
  budget: number | null;
}

/** Milliseconds taken by one run of `work`. */
export async function time(work: () => unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** Runs `work` `runs` times after `warmUp` unmeasured runs; returns each run's milliseconds. */
export async function sample(runs: number, work: (i: number) => unknown, warmUp = Math.min(20, runs)): Promise<number[]> {
  for (let i = 0; i < warmUp; i += 1) await work(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) times.push(await time(() => work(i)));
  return times;
}

export function percentile(times: number[], p: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

const digits = (f: Figure) => (f.unit === 'ratio' ? 2 : f.value < 10 ? 3 : 1);

/** A table: each row's cells padded to its column, the `right` columns aligned right. */
export function printTable(header: string[], rows: string[][], right: Set<number>): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (right.has(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

const within = (f: Figure) => (f.budget === null ? '' : f.value <= f.budget ? 'ok' : 'OVER');

export function roundedFigures(figures: Record<string, Figure>): Record<string, Figure> {
  return Object.fromEntries(Object.entries(figures).map(([name, f]) => [name, { value: Number(f.value.toFixed(3)), unit: f.unit, budget: f.budget }]));
}

/** Prints one engine's figures with their budgets. */
export function reportFigures(figures: Record<string, Figure>, engine: string): void {
  const rows = Object.entries(figures).map(([name, f]) => [name, f.value.toFixed(digits(f)), f.unit, f.budget === null ? '' : String(f.budget), within(f)]);
  printTable(['figure', engine, 'unit', 'budget', ''], rows, new Set([1, 3]));
}

/**
 * Prints the encrypted store's figures beside the same figures on a plain copy, with the
 * difference in percent; the budget applies to the encrypted figure. With `json`, one JSON object
 * `{ encrypted, plain }` on the last line.
 */
export function reportSideBySide(encrypted: Record<string, Figure>, plain: Record<string, Figure>, json: boolean): void {
  const rows = Object.entries(encrypted).map(([name, f]) => {
    const other = plain[name];
    const delta = other && other.value > 0 ? `${(((f.value - other.value) / other.value) * 100).toFixed(0)}%` : '';
    return [name, f.value.toFixed(digits(f)), other ? other.value.toFixed(digits(other)) : '', delta, f.unit, f.budget === null ? '' : String(f.budget), within(f)];
  });
  printTable(['figure', 'encrypted', 'plain', 'diff', 'unit', 'budget', ''], rows, new Set([1, 2, 3, 5]));
  if (json) console.log(JSON.stringify({ encrypted: roundedFigures(encrypted), plain: roundedFigures(plain) }));
}
