import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { sameMonthsLastYear } from '../../../src/main/services/prevention/workplaceAggregates';
import { HIDDEN_RATE, aggregateTables, rateText, ratePer100, type ShownCount } from '../../../src/shared/model';
import { fixedClock, practiceWithDoctor, valueOf } from '../../support/practiceFixture';
import { workplaceRows } from './preventionFixture';

/*
 * Rates per 100 workers and the same months last year beside the dashboard's counts: neither may
 * give back a count that small-cell suppression hides ('< k', '≥ n' or '*').
 */

const seen = (date: string) => [{ onset: date, consultations: [{ date, phase: 'acute' as const, chronicity: 'low' as const }] }];

/**
 * 'Magazijn' (20 workers): 9 seen in March 2025 and 3 in March 2024; 'Expeditie' (20): 12 seen in
 * March 2025; 'Kantoor' (6 workers): 2 seen in March 2025, all 6 in March 2024 (the whole group:
 * coarsened).
 */
async function twoYearsPractice() {
  const practice = await practiceWithDoctor({ clock: fixedClock('2025-06-15') });
  const rows = await workplaceRows(practice.store);
  const employerId = await rows.employer('Testbedrijf');
  const magazijn = await rows.department(employerId, 'Magazijn');
  const kantoor = await rows.department(employerId, 'Kantoor');
  for (let i = 0; i < 20; i += 1) await rows.worker(employerId, magazijn, null, [...(i < 9 ? seen('2025-03-10') : []), ...(i < 3 ? seen('2024-03-10') : [])]);
  for (let i = 0; i < 6; i += 1) await rows.worker(employerId, kantoor, null, [...(i < 2 ? seen('2025-03-12') : []), ...seen('2024-03-12')]);
  const expeditie = await rows.department(employerId, 'Expeditie');
  for (let i = 0; i < 20; i += 1) await rows.worker(employerId, expeditie, null, i < 12 ? seen('2025-03-14') : []);
  await practice.as('preventionAdvisor');
  return { ...practice, employerId, magazijn, kantoor };
}

describe('rates per 100 workers', () => {
  it('are given only beside a shown count, and then tell nothing the count and the workforce do not', () => {
    const count = fc.record({ n: fc.integer({ min: 0, max: 500 }), hidden: fc.constantFrom(null, 'small', 'wholeGroup', 'complementary') });
    fc.assert(
      fc.property(count, fc.integer({ min: 0, max: 1000 }), ({ n, hidden }, workforce) => {
        const shown: ShownCount = hidden === null ? { value: n, display: String(n), hidden } : { value: null, display: hidden === 'small' ? '< 5' : '≥ 5', hidden };
        const rate = ratePer100(shown, workforce);
        if (hidden !== null || workforce === 0) {
          expect(rate).toBeNull();
          expect(rateText(shown, workforce, 'nl')).toBe(HIDDEN_RATE);
        } else {
          expect(rate).toBe(Math.round((n / workforce) * 1000) / 10);
        }
      }),
    );
  });
});

describe('the same months last year', () => {
  let close: (() => unknown) | null = null;
  afterEach(async () => {
    await close?.();
  });

  it('shifts whole months back one year, leap days included', () => {
    expect(sameMonthsLastYear({ from: '2025-03-01', to: '2026-02-28' })).toEqual({ from: '2024-03-01', to: '2025-02-28' });
    expect(sameMonthsLastYear({ from: '2024-01-01', to: '2024-02-29' })).toEqual({ from: '2023-01-01', to: '2023-02-28' });
    expect(sameMonthsLastYear({ from: '2025-01-01', to: '2025-02-28' })).toEqual({ from: '2024-01-01', to: '2024-02-29' });
  });

  it('are the counts a request for those months gets, hidden the same way, for the employer and for a department', async () => {
    const practice = await twoYearsPractice();
    close = () => practice.practice.close();
    const ask = (from: string, to: string, unit?: { kind: 'department'; id: number }) =>
      practice.handlers.call('prevention.aggregates', { employerId: practice.employerId, from, to, ...(unit ? { unit } : {}) });
    for (const unit of [undefined, { kind: 'department' as const, id: practice.magazijn }, { kind: 'department' as const, id: practice.kantoor }]) {
      const now = valueOf(await ask('2025-01-01', '2025-05-31', unit));
      const then = valueOf(await ask('2024-01-01', '2024-05-31', unit));
      expect(now.lastYear).toEqual({ from: '2024-01-01', to: '2024-05-31', summary: { workersSeen: then.summary.workersSeen, consultations: then.summary.consultations, episodes: then.summary.episodes, sickLeaveDays: then.summary.sickLeaveDays } });
    }
    // Kantoor last year: all 6 of 6 seen, so coarsened; this year 2 of 6: small. No rate beside either.
    const kantoor = valueOf(await ask('2025-01-01', '2025-05-31', { kind: 'department', id: practice.kantoor }));
    expect(kantoor.summary.workersSeen.hidden).toBe('small');
    expect(kantoor.lastYear?.summary.workersSeen).toEqual({ value: null, display: '≥ 5', hidden: 'wholeGroup' });
    expect(rateText(kantoor.summary.workersSeen, kantoor.summary.workforce, 'nl')).toBe(HIDDEN_RATE);
    expect(kantoor.anySuppressed).toBe(true);
    // The employer's department table: Kantoor's '< 5' would follow from the total, so Magazijn's 9 is
    // hidden too ('*'); a rate only beside Expeditie's 12 of 20.
    const employer = valueOf(await ask('2025-01-01', '2025-05-31'));
    const departments = aggregateTables(employer, 'nl').find((table) => table.id === 'departments');
    const byName = new Map(departments?.rows.map((row) => [row[0], row]));
    expect(byName.get('Expeditie')?.slice(1, 4)).toEqual(['20', '12', '60,0']);
    expect(byName.get('Magazijn')?.slice(1, 4)).toEqual(['20', '*', HIDDEN_RATE]);
    expect(byName.get('Kantoor')?.slice(1, 4)).toEqual(['6', '< 5', HIDDEN_RATE]);
    // The total row: 11 of 26 would let Kantoor's 2 be worked out from Magazijn's 9; whatever the
    // suppression decides, a rate is shown only beside a shown total.
    const total = departments?.total ?? [];
    expect(total[3] === HIDDEN_RATE).toBe(employer.departments.total.workersSeen.value === null);
  });
});
