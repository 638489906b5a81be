import { afterEach, describe, expect, it } from 'vitest';
import { nioshLifting } from '../../../src/shared/rules';
import { employerWithJob, practiceWithDoctor, valueOf } from '../../support/practiceFixture';
import { YEAR_2025 } from './preventionFixture';

const task = {
  name: 'Dozen van pallet op band',
  loadKg: 15,
  horizontalCm: 40,
  verticalCm: 30,
  distanceCm: 60,
  asymmetryDeg: 45,
  frequencyPerMin: 3,
  durationHours: 2,
  coupling: 'fair' as const,
  assessedOn: '2026-03-10',
  assessor: 'Adviseur Test',
  notes: '',
};

describe('lifting tasks', () => {
  let close: (() => unknown) | null = null;
  afterEach(async () => {
    await close?.();
  });

  it('are rated with the rules module, listed, counted by band and deleted', async () => {
    const practice = await practiceWithDoctor();
    close = () => practice.practice.close();
    const { employerId, jobPositionId } = await employerWithJob(practice.handlers);
    await practice.as('preventionAdvisor');

    const saved = valueOf(await practice.handlers.call('prevention.saveLiftingTask', { ...task, employerId, jobPositionId }));
    const expected = nioshLifting(task);
    // By hand: HM 25/40 = 0.625, VM 1 - 0.003*45 = 0.865, DM 0.82 + 4.5/60 = 0.895, AM 1 - 0.144 = 0.856,
    // FM (3/min, <= 2 h) 0.79, CM fair below 75 cm 0.95: RWL = 23 x ... = 7.15 kg, LI = 15 / 7.15 = 2.10 (increased).
    expect(saved.result.rwlKg).toBeCloseTo(7.149, 2);
    expect(saved.result.liftingIndex).toBeCloseTo(2.098, 2);
    expect(saved.result.liftingIndex).toBeCloseTo(expected.liftingIndex, 10);
    expect(saved.result.band).toBe('increased');
    expect(saved.jobTitle).toBe('Magazijnier');
    expect(saved.notes).toBeNull();

    const heavy = valueOf(
      await practice.handlers.call('prevention.saveLiftingTask', { ...task, name: 'Zakken cement', loadKg: 25, horizontalCm: 70, employerId, jobPositionId }),
    );
    expect(heavy.result).toMatchObject({ rwlKg: 0, liftingIndex: null, band: 'high' });

    const list = valueOf(await practice.handlers.call('prevention.liftingTasks', { employerId }));
    expect(list.map((t) => t.name)).toEqual(['Dozen van pallet op band', 'Zakken cement']);

    const a = valueOf(await practice.handlers.call('prevention.aggregates', { employerId, ...YEAR_2025 }));
    expect(a.lifting.byBand).toEqual({ acceptable: 0, increased: 1, high: 1 });
    expect(a.lifting.highest.map((t) => t.name)).toEqual(['Zakken cement', 'Dozen van pallet op band']);
    expect(a.measures[0]).toMatchObject({ code: 'liftingAids', priority: 'high' });

    valueOf(await practice.handlers.call('prevention.deleteLiftingTask', { id: heavy.id }));
    expect(valueOf(await practice.handlers.call('prevention.liftingTasks', { employerId }))).toHaveLength(1);
  });

  it('refuses a duration outside (0, 8] hours and a job of another employer', async () => {
    const practice = await practiceWithDoctor();
    close = () => practice.practice.close();
    const { employerId, jobPositionId } = await employerWithJob(practice.handlers);
    const tooLong = await practice.handlers.call('prevention.saveLiftingTask', { ...task, durationHours: 9, employerId, jobPositionId });
    expect(tooLong.ok).toBe(false);
    const other = valueOf(await practice.handlers.call('workplace.saveEmployer', { name: 'Ander bedrijf', sector: 'private' }));
    const wrongJob = await practice.handlers.call('prevention.saveLiftingTask', { ...task, employerId: other, jobPositionId });
    expect(wrongJob).toEqual({ ok: false, error: { code: 'validation', issues: [{ path: ['jobPositionId'], code: 'invalid' }] } });
  });
});
