import { describe, expect, it } from 'vitest';
import { practiceWithDoctor, valueOf } from '../support/practiceFixture';
import { acuteIntake, warehouseWorker } from './clinicalFixture';

describe('return-to-work plans through the handler map', () => {
  it('suggests a graded plan from the stored evaluation and keeps every saved change as a version', async () => {
    const { handlers } = await practiceWithDoctor();
    const worker = await warehouseWorker(handlers);
    const consultation = valueOf(await handlers.call('consultations.save', { workerId: worker.id, consultationId: null, intake: acuteIntake() }));

    const overview = valueOf(await handlers.call('plans.get', { workerId: worker.id, episodeId: consultation.episodeId }));
    expect(overview.versions).toEqual([]);
    expect(overview.urgency).toBe('none');
    // Acute, risk unknown: weekly steps at 50 %, 75 %, 100 % of 38 h with lifting limits 20 x 1/4, 2/4, 3/4 kg.
    const suggestion = overview.suggestion;
    expect(suggestion?.status).toBe('planned');
    expect(suggestion?.steps.map((s) => [s.startDate, s.reviewDate, s.hoursPerWeek, s.duties])).toEqual([
      // Each step reviewed on its last working day (Friday; 03-04 is Good Friday, a working day in the Netherlands).
      ['2026-03-16', '2026-03-20', 19, 'adapted'],
      ['2026-03-23', '2026-03-27', 28.5, 'adapted'],
      ['2026-03-30', '2026-04-03', 38, 'adapted'],
      // Full duties are due on Easter Monday 06-04-2026: they start on Tuesday 07-04.
      ['2026-04-07', '2026-04-13', 38, 'full'],
    ]);
    expect(suggestion?.steps[0]?.restrictions).toEqual([
      { code: 'maxLiftKg', value: 5 },
      { code: 'postureChangesEveryMinutes', value: 30 },
    ]);
    if (!suggestion) throw new Error('no suggestion');

    const first = valueOf(
      await handlers.call('plans.save', { workerId: worker.id, episodeId: consultation.episodeId, plan: suggestion, basedOnVersion: null }),
    );
    expect(first).toMatchObject({ version: 1, status: 'planned', nextReview: '2026-03-20', createdByName: 'Dr. Test Arts' });

    const edited = { ...suggestion, steps: suggestion.steps.map((s, i) => (i === 0 ? { ...s, note: 'Start met inpakwerk aan tafel' } : s)) };
    const second = valueOf(
      await handlers.call('plans.save', { workerId: worker.id, episodeId: consultation.episodeId, plan: edited, basedOnVersion: 1 }),
    );
    expect(second.version).toBe(2);
    expect(second.plan.steps[0]?.note).toBe('Start met inpakwerk aan tafel');

    // Edited from version 1 while version 2 was saved (another workstation): refused, nothing written.
    for (const basedOnVersion of [1, null, 3]) {
      const stale = await handlers.call('plans.save', { workerId: worker.id, episodeId: consultation.episodeId, plan: suggestion, basedOnVersion });
      expect(stale, String(basedOnVersion)).toEqual({ ok: false, error: { code: 'changedMeanwhile' } });
    }

    const versions = valueOf(await handlers.call('plans.get', { workerId: worker.id, episodeId: consultation.episodeId })).versions;
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
    expect(versions[1]?.plan.steps[0]?.note).toBeNull();
  });

  it('refuses a plan whose hours go down, naming the step', async () => {
    const { handlers } = await practiceWithDoctor();
    const worker = await warehouseWorker(handlers);
    const consultation = valueOf(await handlers.call('consultations.save', { workerId: worker.id, consultationId: null, intake: acuteIntake() }));
    const suggestion = valueOf(await handlers.call('plans.get', { workerId: worker.id, episodeId: consultation.episodeId })).suggestion;
    if (!suggestion) throw new Error('no suggestion');
    const steps = suggestion.steps.map((s, i) => (i === 1 ? { ...s, hoursPerWeek: 12 } : s));
    const result = await handlers.call('plans.save', {
      workerId: worker.id,
      episodeId: consultation.episodeId,
      plan: { ...suggestion, steps },
      basedOnVersion: null,
    });
    expect(result).toEqual({ ok: false, error: { code: 'validation', issues: [{ path: ['plan', 'steps', 1], code: 'plan.hoursDecrease' }] } });
  });

  it('puts a running plan on hold when an immediate red flag is found, and refuses to plan while it is open', async () => {
    const { handlers } = await practiceWithDoctor();
    const worker = await warehouseWorker(handlers);
    const first = valueOf(await handlers.call('consultations.save', { workerId: worker.id, consultationId: null, intake: acuteIntake() }));
    const suggestion = valueOf(await handlers.call('plans.get', { workerId: worker.id, episodeId: first.episodeId })).suggestion;
    if (!suggestion) throw new Error('no suggestion');
    valueOf(await handlers.call('plans.save', { workerId: worker.id, episodeId: first.episodeId, plan: suggestion, basedOnVersion: null }));

    valueOf(
      await handlers.call('consultations.save', {
        workerId: worker.id,
        consultationId: first.id,
        intake: acuteIntake({
          episodeId: first.episodeId,
          redFlags: { bladderOrBowelDysfunction: true },
          acknowledgedRedFlags: ['bladderOrBowelDysfunction'],
          immediateReferral: { referredTo: 'SEH Martini Ziekenhuis' },
        }),
        amendmentReason: 'Urineretentie sinds vanochtend, alsnog gemeld',
        basedOnVersion: 1,
      }),
    );
    const overview = valueOf(await handlers.call('plans.get', { workerId: worker.id, episodeId: first.episodeId }));
    expect(overview.urgency).toBe('immediate');
    // Immediate: the hold is reviewed the next day.
    expect(overview.versions[0]).toMatchObject({ version: 2, status: 'onHold', nextReview: '2026-03-17' });
    expect(overview.suggestion).toMatchObject({ status: 'onHold', steps: [], reviewDate: '2026-03-17' });

    const refused = await handlers.call('plans.save', { workerId: worker.id, episodeId: first.episodeId, plan: suggestion, basedOnVersion: 2 });
    expect(refused).toEqual({ ok: false, error: { code: 'validation', issues: [{ path: ['plan'], code: 'plan.notOnHoldWithUrgentRedFlag' }] } });
  });
});
