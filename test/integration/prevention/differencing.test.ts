import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { isWholeMonths, lastDayOfMonth } from '../../../src/shared/model';
import { fixedClock, practiceWithDoctor, valueOf } from '../../support/practiceFixture';
import { workplaceRows } from './preventionFixture';

/*
 * The differencing attack: two periods that differ by one day differ by the one worker seen that
 * day. 7 workers seen on 01-10..19-10-2025 with work stress, an 8th on 20-10. Periods are whole
 * months that are over, so the two requests cannot both be asked.
 */
async function octoberPractice(today = '2025-11-16') {
  const practice = await practiceWithDoctor({ clock: fixedClock(today) });
  const rows = await workplaceRows(practice.store);
  const employerId = await rows.employer('Testbedrijf');
  for (let day = 1; day <= 8; day += 1) {
    const date = `2025-10-${String(day === 8 ? 20 : day * 2).padStart(2, '0')}`;
    await rows.worker(employerId, null, null, [{ onset: date, consultations: [{ date, phase: 'acute', chronicity: 'low', factors: ['workStress'] }] }]);
  }
  // Colleagues who were not seen: eight of eighteen is a figure that tells nobody's status.
  for (let i = 0; i < 10; i += 1) await rows.worker(employerId, null, null);
  await practice.as('preventionAdvisor');
  return { ...practice, employerId };
}

const refusal = (path: string, code: string) => ({ ok: false, error: { code: 'validation', issues: [{ path: [path], code }] } });

describe('aggregates over periods an advisor can ask for', () => {
  let close: (() => unknown) | null = null;
  afterEach(async () => {
    await close?.();
  });

  it('refuses the two periods of the attack, 01-10..20-10 and 01-10..19-10, and answers the whole month', async () => {
    const practice = await octoberPractice();
    close = () => practice.practice.close();
    const ask = (from: string, to: string) => practice.handlers.call('prevention.aggregates', { employerId: practice.employerId, from, to });

    expect(await ask('2025-10-01', '2025-10-20')).toEqual(refusal('from', 'periodWholeMonths'));
    expect(await ask('2025-10-01', '2025-10-19')).toEqual(refusal('from', 'periodWholeMonths'));
    expect(await ask('2025-10-02', '2025-10-31')).toEqual(refusal('from', 'periodWholeMonths'));
    for (const channel of ['prevention.aggregatesCsv', 'prevention.workplaceReport'] as const) {
      const request = { employerId: practice.employerId, from: '2025-10-01', to: '2025-10-20' };
      expect(await practice.handlers.call(channel, { request, language: 'nl' })).toEqual({
        ok: false,
        error: { code: 'validation', issues: [{ path: ['request', 'from'], code: 'periodWholeMonths' }] },
      });
    }

    const october = valueOf(await ask('2025-10-01', '2025-10-31'));
    expect(october.summary.workersSeen.value).toBe(8);
  });

  it('refuses a month that is not over: asked today and tomorrow it could differ by one worker', async () => {
    const practice = await octoberPractice('2025-10-20');
    close = () => practice.practice.close();
    const ask = (from: string, to: string) => practice.handlers.call('prevention.aggregates', { employerId: practice.employerId, from, to });
    expect(await ask('2025-10-01', '2025-10-31')).toEqual(refusal('to', 'periodNotOver'));
    expect(await ask('2025-01-01', '2025-12-31')).toEqual(refusal('to', 'periodNotOver'));
    expect((await ask('2025-09-01', '2025-09-30')).ok).toBe(true);
  });

  it('accepts exactly the periods from the first of a month to the last day of a month', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }), fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }), (a, b) => {
        const from = a.toISOString().slice(0, 10);
        const to = b.toISOString().slice(0, 10);
        const expected = a.getUTCDate() === 1 && new Date(b.getTime() + 86_400_000).getUTCDate() === 1;
        expect(isWholeMonths({ from, to })).toBe(expected);
      }),
    );
    expect(lastDayOfMonth('2024-02-10')).toBe('2024-02-29');
    expect(lastDayOfMonth('2025-02-10')).toBe('2025-02-28');
    expect(lastDayOfMonth('2025-12-01')).toBe('2025-12-31');
  });
});
