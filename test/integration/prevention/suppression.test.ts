import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { aggregateTables } from '../../../src/shared/model';
import { practiceWithDoctor, valueOf } from '../../support/practiceFixture';
import { seenOnce, workplaceRows, YEAR_2025 } from './preventionFixture';

/**
 * A practice with one employer whose departments had this many workers seen once in 2025; each
 * department also has `unseen` workers who were not seen (ten unless told otherwise).
 */
async function departmentsOf(sizes: number[], k?: number, unseen = 10) {
  const practice = await practiceWithDoctor();
  if (k !== undefined) {
    const settings = valueOf(await practice.handlers.call('practice.settings', {}));
    valueOf(await practice.handlers.call('practice.updateSettings', { ...settings, smallCellK: k }));
  }
  const rows = await workplaceRows(practice.store);
  const employerId = await rows.employer('Testbedrijf');
  for (const [index, size] of sizes.entries()) {
    const departmentId = await rows.department(employerId, `Afdeling ${String.fromCharCode(65 + index)} (${size})`);
    for (let i = 0; i < size; i += 1) await rows.worker(employerId, departmentId, null, seenOnce());
    for (let i = 0; i < unseen; i += 1) await rows.worker(employerId, departmentId, null);
  }
  return { ...practice, employerId };
}

async function aggregatesOf(practice: Awaited<ReturnType<typeof departmentsOf>>) {
  return valueOf(await practice.handlers.call('prevention.aggregates', { employerId: practice.employerId, ...YEAR_2025 }));
}

describe('small-cell suppression in the workplace aggregates', () => {
  let close: (() => unknown) | null = null;
  afterEach(async () => {
    await close?.();
  });

  it('hides departments of 1, 2 and 4 workers and shows 5 (k = 5), with their days hidden too', async () => {
    const practice = await departmentsOf([1, 2, 4, 5]);
    close = () => practice.practice.close();
    const a = await aggregatesOf(practice);
    expect(a.k).toBe(5);
    expect(a.departments.rows.map((row) => [row.workforce, row.workersSeen.display, row.sickLeaveDays.display])).toEqual([
      [11, '< 5', '< 5'],
      [12, '< 5', '< 5'],
      [14, '< 5', '< 5'],
      [15, '5', '15'],
    ]);
    expect(a.departments.rows.slice(0, 3).every((row) => row.workersSeen.value === null && row.episodes.value === null)).toBe(true);
    // Three hidden cells (1 + 2 + 4 = 7) cannot be told apart: the total can stay.
    expect(a.departments.total.workersSeen.display).toBe('12');
  });

  it('hides a second department when one small one could be computed from the total (complementary)', async () => {
    const practice = await departmentsOf([2, 5, 6]);
    close = () => practice.practice.close();
    const a = await aggregatesOf(practice);
    expect(a.departments.rows.map((row) => row.workersSeen.display)).toEqual(['< 5', '*', '6']);
    expect(a.departments.rows[1]?.workersSeen).toEqual({ value: null, display: '*', hidden: 'complementary' });
    expect(a.departments.rows[1]?.sickLeaveDays.display).toBe('*');
    expect(a.departments.total.workersSeen.display).toBe('13');
  });

  it('hides the total when every department is small and the total would give one away', async () => {
    const practice = await departmentsOf([4]);
    close = () => practice.practice.close();
    const a = await aggregatesOf(practice);
    expect(a.departments.rows[0]?.workersSeen.display).toBe('< 5');
    expect(a.summary.workersSeen.display).toBe('< 5');
    expect(a.summary.sickLeaveDays.value).toBeNull();
    expect(a.phases.total.value).toBeNull();
    expect(a.riskFactors.consultations.value).toBeNull();
  });

  it('coarsens a department where (almost) everyone was seen, and keeps the rest safe from the total', async () => {
    // Magazijn: 10 of 10 seen; Kantoor: 8 of 11 (3 not seen, fewer than k); Expeditie: 6 of 16.
    const practice = await practiceWithDoctor();
    close = () => practice.practice.close();
    const rows = await workplaceRows(practice.store);
    const employerId = await rows.employer('Testbedrijf');
    for (const [name, seen, unseen] of [['Magazijn', 10, 0], ['Kantoor', 8, 3], ['Expeditie', 6, 10]] as const) {
      const departmentId = await rows.department(employerId, name);
      for (let i = 0; i < seen; i += 1) await rows.worker(employerId, departmentId, null, seenOnce());
      for (let i = 0; i < unseen; i += 1) await rows.worker(employerId, departmentId, null);
    }
    const a = valueOf(await practice.handlers.call('prevention.aggregates', { employerId, ...YEAR_2025 }));
    expect(a.departments.rows.map((row) => [row.label, row.workforce, row.workersSeen.display])).toEqual([
      ['Expeditie', 16, '6'],
      ['Kantoor', 11, '≥ 7'],
      ['Magazijn', 10, '≥ 6'],
    ]);
    expect(a.departments.rows[2]?.workersSeen).toEqual({ value: null, display: '≥ 6', hidden: 'wholeGroup' });
    expect(a.departments.rows[2]?.sickLeaveDays.value).toBeNull();
    // 24 of 37 seen: the total stays. From it the two hidden departments share 18, which still
    // leaves Kantoor 8 to 11 and Magazijn 7 to 10: neither can be worked out.
    expect(a.departments.total.workersSeen.display).toBe('24');
    expect(aggregateTables(a, 'nl').find((table) => table.id === 'departments')?.rows[2]).toEqual(['Magazijn', '10', '≥ 6', '–', '*', '*']);
  });

  it('coarsens the whole employer when fewer than k of its workers were not seen', async () => {
    const practice = await departmentsOf([8, 9], 5, 1);
    close = () => practice.practice.close();
    const a = await aggregatesOf(practice);
    expect(a.departments.total.workforce).toBe(19);
    expect(a.departments.total.workersSeen.display).toBe('≥ 15');
    expect(a.summary.workersSeen.value).toBeNull();
  });

  it('takes k from the practice settings', async () => {
    const practice = await departmentsOf([2, 4, 5], 3);
    close = () => practice.practice.close();
    const a = await aggregatesOf(practice);
    expect(a.k).toBe(3);
    expect(a.departments.rows.map((row) => row.workersSeen.display)).toEqual(['< 3', '*', '5']);
  });

  it('hides exactly the same cells on screen, in the CSV and in the PDF', async () => {
    const practice = await departmentsOf([2, 5, 6]);
    close = () => practice.practice.close();
    const request = { employerId: practice.employerId, ...YEAR_2025 };
    const a = await aggregatesOf(practice);
    const screen = aggregateTables(a, 'nl').find((table) => table.id === 'departments');
    expect(screen?.rows).toEqual([
      // Seen per 100 only beside a shown count.
      ['Afdeling A (2)', '12', '< 5', '–', '< 5', '< 5'],
      ['Afdeling B (5)', '15', '*', '–', '*', '*'],
      ['Afdeling C (6)', '16', '6', '37,5', '6', '18'],
    ]);

    const csv = valueOf(await practice.handlers.call('prevention.aggregatesCsv', { request, language: 'nl' }));
    expect(csv.fileName).toBe('werkplekcijfers-testbedrijf-2025-01-01-2025-12-31.csv');
    const lines = csv.content.split('\r\n');
    for (const row of screen?.rows ?? []) expect(lines).toContain(row.join(';'));
    expect(lines).toContain('Totaal;43;13;30,2;13;39');

    const pdf = valueOf(await practice.handlers.call('prevention.workplaceReport', { request, language: 'nl' }));
    const file = join(practice.directory, pdf.fileName);
    writeFileSync(file, Buffer.from(pdf.content, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    // pdftotext may drop the space inside '< 5'.
    const pattern = (row: string[]) => new RegExp(row.map((cell) => cell.replace(/[()*<]/g, '\\$&').replace(/ /g, '\\s*')).join('\\s+'));
    for (const row of screen?.rows ?? []) expect(text).toMatch(pattern(row));
  });
});
