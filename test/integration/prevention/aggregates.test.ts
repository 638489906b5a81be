import { afterEach, describe, expect, it } from 'vitest';
import { workplaceAggregates } from '../../../src/main/services/prevention/workplaceAggregates';
import type { WorkplaceAggregates } from '../../../src/shared/model';
import { practiceWithDoctor, valueOf } from '../../support/practiceFixture';
import { workplaceRows, YEAR_2025 } from './preventionFixture';

/*
 * A small practice worked out by hand (today = 16-03-2026, period = 2025, k = 3):
 *
 *  Magazijn / Magazijnier (6 workers)
 *   w1: sick 15-01..24-01 (10 d); seen 20-01 acute/low [heavyLifting, smoking], 05-03 subacute/medium [heavyLifting, workStress]
 *   w2: sick 20-12-2025, still off (12 d in 2025); seen 10-04 acute/high [heavyLifting, frequentBendingTwisting]
 *   w3: sick 01-12-2024..05-01-2025 (5 d in 2025); seen 01-02 chronic/high [frequentBendingTwisting]
 *   w4: seen 15-06 acute/low; and 10-01-2026 (outside the period)
 *   w5, w6: not seen
 *  Kantoor / Administratief (2 workers)
 *   w7: sick 02-09..05-09 (4 d); seen 03-09 acute/unknown [prolongedSitting, workStress], 01-10 subacute/low [prolongedSitting]
 *   w8: not seen
 *  No department, no job (1 worker)
 *   w9: seen 05-11 acute/low [heavyLifting]
 */
async function handComputedPractice(k = 3) {
  const practice = await practiceWithDoctor();
  const settings = valueOf(await practice.handlers.call('practice.settings', {}));
  valueOf(await practice.handlers.call('practice.updateSettings', { ...settings, smallCellK: k }));
  const rows = await workplaceRows(practice.store);
  const employerId = await rows.employer('Testbedrijf');
  const magazijn = await rows.department(employerId, 'Magazijn');
  const kantoor = await rows.department(employerId, 'Kantoor');
  await rows.department(employerId, 'Leeg');
  const magazijnier = await rows.job(employerId, magazijn, 'Magazijnier');
  const administratief = await rows.job(employerId, kantoor, 'Administratief');

  await rows.worker(employerId, magazijn, magazijnier, [
    {
      onset: '2025-01-10',
      sickLeaveStart: '2025-01-15',
      sickLeaveEnd: '2025-01-24',
      consultations: [
        { date: '2025-01-20', phase: 'acute', chronicity: 'low', factors: ['heavyLifting', 'smoking'] },
        { date: '2025-03-05', phase: 'subacute', chronicity: 'medium', factors: ['heavyLifting', 'workStress'] },
      ],
    },
  ]);
  await rows.worker(employerId, magazijn, magazijnier, [
    {
      onset: '2025-04-01',
      sickLeaveStart: '2025-12-20',
      consultations: [{ date: '2025-04-10', phase: 'acute', chronicity: 'high', factors: ['heavyLifting', 'frequentBendingTwisting'] }],
    },
  ]);
  await rows.worker(employerId, magazijn, magazijnier, [
    {
      onset: '2024-10-01',
      sickLeaveStart: '2024-12-01',
      sickLeaveEnd: '2025-01-05',
      consultations: [{ date: '2025-02-01', phase: 'chronic', chronicity: 'high', factors: ['frequentBendingTwisting'] }],
    },
  ]);
  await rows.worker(employerId, magazijn, magazijnier, [
    {
      onset: '2025-06-01',
      consultations: [
        { date: '2025-06-15', phase: 'acute', chronicity: 'low' },
        { date: '2026-01-10', phase: 'chronic', chronicity: 'high', factors: ['workStress'] },
      ],
    },
  ]);
  await rows.worker(employerId, magazijn, magazijnier);
  await rows.worker(employerId, magazijn, magazijnier);
  await rows.worker(employerId, kantoor, administratief, [
    {
      onset: '2025-09-01',
      sickLeaveStart: '2025-09-02',
      sickLeaveEnd: '2025-09-05',
      consultations: [
        { date: '2025-09-03', phase: 'acute', chronicity: 'unknown', factors: ['prolongedSitting', 'workStress'] },
        { date: '2025-10-01', phase: 'subacute', chronicity: 'low', factors: ['prolongedSitting'] },
      ],
    },
  ]);
  await rows.worker(employerId, kantoor, administratief);
  await rows.worker(employerId, null, null, [
    { onset: '2025-11-01', consultations: [{ date: '2025-11-05', phase: 'acute', chronicity: 'low', factors: ['heavyLifting'] }] },
  ]);
  return { ...practice, employerId, magazijn, kantoor, magazijnier };
}

const displays = (counts: Array<{ display: string }>) => counts.map((count) => count.display);

describe('workplace aggregates', () => {
  let close: (() => unknown) | null = null;
  afterEach(async () => {
    await close?.();
  });

  it('equal the hand-computed figures of a small practice', async () => {
    const practice = await handComputedPractice(3);
    close = () => practice.practice.close();
    const a: WorkplaceAggregates = await workplaceAggregates(practice.store, practice.employerId, YEAR_2025);

    expect(a.k).toBe(3);
    expect(a.summary.workforce).toBe(9);
    expect(a.summary.workersSeen.value).toBe(6);
    expect(a.summary.consultations.value).toBe(8);
    expect(a.summary.episodes.value).toBe(6);
    expect(a.summary.sickLeaveDays.value).toBe(10 + 12 + 5 + 4);

    // Departments: the empty 'Leeg' is left out; Kantoor (1 seen) and 'no department' (1 seen) are
    // small; Magazijn (4 of 6 seen, only 2 not) is coarsened to 'at least 4'.
    expect(a.departments.rows.map((row) => [row.label, row.workforce])).toEqual([
      ['Kantoor', 2],
      ['Magazijn', 6],
      [null, 1],
    ]);
    expect(displays(a.departments.rows.map((row) => row.workersSeen))).toEqual(['< 3', '≥ 4', '< 3']);
    expect(displays(a.departments.rows.map((row) => row.sickLeaveDays))).toEqual(['< 3', '*', '< 3']);
    expect(a.departments.rows[0]?.sickLeaveDays.value).toBeNull();
    expect(displays([a.departments.total.workersSeen, a.departments.total.episodes, a.departments.total.sickLeaveDays])).toEqual(['6', '6', '31']);

    // Latest consultation per worker in 2025: w1 subacute/medium, w2 acute/high, w3 chronic/high,
    // w4 acute/low, w7 subacute/low, w9 acute/low.
    expect(a.phases.rows.map((row) => [row.key, row.workers.display])).toEqual([
      ['acute', '3'],
      ['subacute', '< 3'],
      ['chronic', '< 3'],
    ]);
    expect(a.chronicity.rows.map((row) => [row.key, row.workers.display])).toEqual([
      ['unknown', '< 3'],
      ['low', '3'],
      ['medium', '< 3'],
      ['high', '< 3'],
    ]);

    // Heavy lifting: 4 of the 8 consultations, by 3 workers (w1 twice, w2, w9); the others describe fewer than 3.
    const factor = (code: string) => a.riskFactors.rows.find((row) => row.code === code);
    expect(factor('heavyLifting')?.consultations.value).toBe(4);
    expect(factor('heavyLifting')?.percentOfConsultations).toBe(50);
    expect(factor('workStress')?.consultations.display).toBe('< 3');
    expect(factor('prolongedSitting')?.percentOfConsultations).toBeNull();
    expect(factor('smoking')).toBeUndefined(); // not work-related

    // Quarters: 2, 2, 1 and 2 workers seen: all small; days 15, 0, 4, 12 hidden with them.
    expect(a.quarters.map((q) => q.quarter)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
    expect(a.quarters.every((q) => q.workersSeen.display === '< 3' && q.sickLeaveDays.value === null)).toBe(true);
    expect(a.anySuppressed).toBe(true);
  });

  it('counts quarters and sick leave by hand when nothing is small', async () => {
    const practice = await handComputedPractice(3);
    close = () => practice.practice.close();
    const repository = practice.store.aggregates;
    const scope = { employerId: practice.employerId, departmentId: null, jobPositionId: null, ...YEAR_2025, today: '2026-03-16' };
    const counts = await repository.period(
      scope,
      [
        { quarter: '2025-Q1', from: '2025-01-01', to: '2025-03-31' },
        { quarter: '2025-Q2', from: '2025-04-01', to: '2025-06-30' },
        { quarter: '2025-Q3', from: '2025-07-01', to: '2025-09-30' },
        { quarter: '2025-Q4', from: '2025-10-01', to: '2025-12-31' },
      ],
      { riskFactors: false },
    );
    expect(counts.riskFactors).toBeNull();
    expect(counts.quarters).toEqual([
      { quarter: '2025-Q1', workersSeen: 2, episodes: 2, sickLeaveDays: 15 },
      { quarter: '2025-Q2', workersSeen: 2, episodes: 2, sickLeaveDays: 0 },
      { quarter: '2025-Q3', workersSeen: 1, episodes: 1, sickLeaveDays: 4 },
      { quarter: '2025-Q4', workersSeen: 2, episodes: 2, sickLeaveDays: 12 },
    ]);
  });

  it('narrows to one department and one job', async () => {
    const practice = await handComputedPractice(3);
    close = () => practice.practice.close();
    const department = await workplaceAggregates(practice.store, practice.employerId, YEAR_2025, { kind: 'department', id: practice.magazijn });
    expect(department.unitLabel).toBe('Magazijn');
    expect(department.summary.workforce).toBe(6);
    // 4 of its 6 workers seen: only 2 not, so the department's figures are coarsened.
    expect(department.summary.workersSeen).toEqual({ value: null, display: '≥ 4', hidden: 'wholeGroup' });
    expect(department.summary.sickLeaveDays.value).toBeNull();
    const job = await workplaceAggregates(practice.store, practice.employerId, YEAR_2025, { kind: 'job', id: practice.magazijnier });
    // The job has the same six workers: its figures are coarsened like the department's.
    expect(job.summary.workersSeen.display).toBe('≥ 4');
    expect(job.summary.consultations.value).toBeNull();
    await expect(workplaceAggregates(practice.store, practice.employerId, YEAR_2025, { kind: 'job', id: 9999 })).rejects.toThrow();
  });

  it('derives measures only from shown figures and explains them', async () => {
    const practice = await handComputedPractice(3);
    close = () => practice.practice.close();
    const a = await workplaceAggregates(practice.store, practice.employerId, YEAR_2025);
    // Heavy lifting in 50% of consultations (shown) -> lifting aids and training, high priority.
    const liftingAids = a.measures.find((m) => m.code === 'liftingAids');
    expect(liftingAids?.priority).toBe('high');
    expect(liftingAids?.findings).toEqual([{ key: 'prevention.finding.factor', params: { percent: 50, count: '4' }, riskFactor: 'heavyLifting' }]);
    expect(a.measures.find((m) => m.code === 'training')?.priority).toBe('high');
    // Stress is hidden (2 workers): no psychosocial measure may be derived from it.
    expect(a.measures.find((m) => m.code === 'psychosocial')).toBeUndefined();
    // 31 sick-leave days are shown -> adapted work for a graded return.
    expect(a.measures.find((m) => m.code === 'adaptedWork')?.findings).toEqual([
      { key: 'prevention.finding.sickLeave', params: { days: 31 }, riskFactor: null },
    ]);
  });
});
