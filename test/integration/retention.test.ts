import { describe, expect, it } from 'vitest';
import { retentionCutoff } from '../../src/main/services/retention/retention';
import type { Clock } from '../../src/main/services/store/clock';
import { acuteIntake, warehouseWorker } from './clinicalFixture';
import { practiceWithDoctor, rowCount, valueOf } from '../support/practiceFixture';

/** A clock that can jump years ahead, starting Monday 16-03-2026. */
function yearsClock() {
  let day = '2026-03-16';
  const clock: Clock & { jumpTo(next: string): void } = {
    now: () => `${day}T09:30:00.000Z`,
    today: () => day,
    jumpTo(next: string) {
      day = next;
    },
  };
  return clock;
}

describe('the retention term', () => {
  it('counts whole years back from today', () => {
    expect(retentionCutoff('2046-03-17', 20)).toBe('2026-03-17');
    expect(retentionCutoff('2028-02-29', 15)).toBe('2013-02-28');
    expect(retentionCutoff('2032-02-29', 4)).toBe('2028-02-29');
  });
});

describe('dossiers past the retention term', { timeout: 20_000 }, () => {
  it('lists a Dutch dossier 20 years after its last change and lets a doctor erase it, logged', async () => {
    const clock = yearsClock();
    const practice = await practiceWithDoctor({ clock });
    const old = await warehouseWorker(practice.handlers);
    valueOf(await practice.handlers.call('consultations.save', { workerId: old.id, consultationId: null, intake: acuteIntake() }));

    // A second worker whose dossier changes ten years later.
    clock.jumpTo('2036-05-01');
    await practice.asDoctor();
    const employerId = valueOf(await practice.handlers.call('workplace.list', {}))[0]?.id ?? 0;
    const recent = valueOf(
      await practice.handlers.call('workers.save', {
        employerId,
        personnelNumber: 'R-2',
        firstName: 'Recent',
        lastName: 'Gezien',
        birthDate: '1990-01-01',
        contractHoursPerWeek: 32,
      }),
    );

    clock.jumpTo('2046-03-16');
    await practice.asDoctor();
    expect(valueOf(await practice.handlers.call('retention.overview', {}))).toMatchObject({ jurisdiction: 'NL', years: 20, cutoff: '2026-03-16', dossiers: [] });
    expect(await practice.handlers.call('retention.erase', { workerId: old.id })).toEqual({ ok: false, error: { code: 'withinRetentionTerm' } });

    clock.jumpTo('2046-03-17');
    await practice.asDoctor();
    const due = valueOf(await practice.handlers.call('retention.overview', {}));
    expect(due.dossiers.map((dossier) => dossier.workerId)).toEqual([old.id]);
    expect(await practice.handlers.call('retention.erase', { workerId: recent.id })).toEqual({ ok: false, error: { code: 'withinRetentionTerm' } });

    await practice.as('nurse');
    expect(await practice.handlers.call('retention.erase', { workerId: old.id })).toEqual({ ok: false, error: { code: 'forbidden' } });
    await practice.asDoctor();
    const after = valueOf(await practice.handlers.call('retention.erase', { workerId: old.id }));
    expect(after.dossiers).toEqual([]);

    // The sessions ran out between the jumps in time, which closed and reopened the file: its store now.
    const store = practice.practice.store;
    const left = async (sql: string) => (await store.sql.get<{ n: number }>(sql, [old.id]))?.n;
    expect(await left('SELECT count(*) AS n FROM workers WHERE id = ?')).toBe(0);
    expect(await left('SELECT count(*) AS n FROM episodes WHERE worker_id = ?')).toBe(0);
    expect(await left('SELECT count(*) AS n FROM consultations WHERE worker_id = ?')).toBe(0);
    expect(await left('SELECT count(*) AS n FROM return_to_work_plans WHERE worker_id = ?')).toBe(0);
    expect(await left('SELECT count(*) AS n FROM consultation_drafts WHERE worker_id = ?')).toBe(0);
    expect(await rowCount(store.sql, 'consultation_risk_factors')).toBe(0);
    expect(valueOf(await practice.handlers.call('workers.search', { query: 'De Wit' }))).toEqual([]);
    expect((await practice.practice.store.accessLog.forWorker(old.id))[0]).toMatchObject({ action: 'erase', channel: 'retention.erase', outcome: 'allowed' });
    expect(valueOf(await practice.handlers.call('dossier.get', { workerId: recent.id })).worker.lastName).toBe('Gezien');
    await practice.practice.close();
  });

  it('uses the Belgian term the practice sets', async () => {
    const clock = yearsClock();
    const practice = await practiceWithDoctor({ clock, jurisdiction: 'BE' });
    const worker = await warehouseWorker(practice.handlers);
    clock.jumpTo('2041-03-17');
    await practice.asDoctor();
    const overview = valueOf(await practice.handlers.call('retention.overview', {}));
    expect(overview).toMatchObject({ jurisdiction: 'BE', years: 15, cutoff: '2026-03-17' });
    expect(overview.dossiers.map((dossier) => dossier.workerId)).toEqual([worker.id]);
    expect(valueOf(await practice.handlers.call('retention.setTermBE', { years: 30 })).dossiers).toEqual([]);
    expect(await practice.handlers.call('retention.setTermBE', { years: 0 })).toMatchObject({ ok: false, error: { code: 'validation' } });
    await practice.practice.close();
  });
});
