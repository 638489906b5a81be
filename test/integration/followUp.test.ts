import { describe, expect, it } from 'vitest';
import { fixedClock, practiceWithDoctor, rowCount, valueOf } from '../support/practiceFixture';
import { acuteIntake, warehouseWorker } from './clinicalFixture';

describe('a follow-up consultation through the handler map', () => {
  it('opens with the previous consultation of the episode, its red flags and the outcome values so far', async () => {
    const { handlers } = await practiceWithDoctor({ clock: fixedClock('2026-03-30') });
    const worker = await warehouseWorker(handlers);
    const first = valueOf(
      await handlers.call('consultations.save', {
        workerId: worker.id,
        consultationId: null,
        intake: acuteIntake({
          redFlags: { historyOfCancer: true },
          outcomes: { workAbility: 3, hoursWorkedPerWeek: 0, rolandMorris: Array.from({ length: 24 }, (_, i) => i < 14), psk: [{ activity: 'Tillen', score: 8 }] },
        }),
      }),
    );
    const second = valueOf(
      await handlers.call('consultations.save', {
        workerId: worker.id,
        consultationId: null,
        intake: acuteIntake({
          consultationDate: '2026-03-23',
          followUpDate: null,
          redFlags: { historyOfCancer: true },
          episodeId: first.episodeId,
          complaint: { ...acuteIntake().complaint, painScore: 5, planVanAanpakDate: '2026-03-20' },
          outcomes: { workAbility: 4, rolandMorris: Array.from({ length: 24 }, (_, i) => i < 11), psk: [{ activity: 'Tillen', score: 7 }] },
        }),
      }),
    );

    const opened = valueOf(await handlers.call('consultations.open', { workerId: worker.id, consultationId: null }));
    expect(opened.previous?.id).toBe(second.id);
    expect(opened.previous?.intake.complaint.planVanAanpakDate).toBe('2026-03-20');
    expect(opened.episodeOutcomes.map((p) => [p.date, p.painNow, p.rolandMorris, p.workAbility, p.pskScore])).toEqual([
      ['2026-03-16', 6, 14, 3, 8],
      ['2026-03-23', 5, 11, 4, 7],
    ]);
    expect(opened.previousRedFlags.map((f) => f.code)).toContain('historyOfCancer');

    // Reopening the first consultation: nothing came before it.
    const reopened = valueOf(await handlers.call('consultations.open', { workerId: worker.id, consultationId: first.id }));
    expect(reopened.previous).toBeNull();
    expect(reopened.episodeOutcomes.map((p) => p.consultationId)).toEqual([second.id]);
  });

  it('refuses a Roland-Morris with fewer than 24 answers and a fourth PSK activity, saving nothing', async () => {
    const { handlers, store } = await practiceWithDoctor();
    const worker = await warehouseWorker(handlers);
    const a = { activity: 'Tillen', score: 5 };
    const refused = await handlers.call('consultations.save', {
      workerId: worker.id,
      consultationId: null,
      intake: acuteIntake({ outcomes: { rolandMorris: [true, false], psk: [a, a, a, a] } }),
    });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.code === 'validation' && refused.error.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['intake.outcomes.rolandMorris', 'questionnaireIncomplete'],
      ['intake.outcomes.psk', 'tooMany'],
    ]);
    expect(await rowCount(store.sql, 'consultations')).toBe(0);
  });
});
