import { describe, expect, it } from 'vitest';
import { doctorAccount, practiceWithDoctor, valueOf } from '../support/practiceFixture';
import { warehouseWorker } from './clinicalFixture';

describe('worker mode', () => {
  it('answers only the questionnaire until the doctor’s passphrase ends it; the answers land in the draft', async () => {
    const { handlers, store } = await practiceWithDoctor();
    const worker = await warehouseWorker(handlers);
    valueOf(await handlers.call('consultations.saveDraft', { workerId: worker.id, consultationId: null, rowVersion: null, document: { findings: 'eerder getypt' } }));
    valueOf(
      await handlers.call('workerMode.start', {
        workerId: worker.id,
        consultationId: null,
        questionnaires: ['painNow', 'workAbility', 'psk'],
        pskActivities: ['Dozen tillen'],
      }),
    );

    // Nothing else of the practice is answered.
    for (const [name, input] of [
      ['dossier.get', { workerId: worker.id }],
      ['consultations.open', { workerId: worker.id, consultationId: null }],
      ['agenda.list', {}],
      ['auth.signOut', {}],
      ['workerMode.start', { workerId: worker.id, consultationId: null, questionnaires: ['painNow'], pskActivities: [] }],
    ] as const) {
      const refused = await handlers.invoke(name, input);
      expect(refused, name).toEqual({ ok: false, error: { code: 'forbidden' } });
    }
    const status = valueOf(await handlers.call('app.status', {}));
    expect(status.workerMode).toBe(true);

    expect(valueOf(await handlers.call('workerMode.questionnaire', {}))).toEqual({
      questionnaires: ['painNow', 'workAbility', 'psk'],
      pskActivities: ['Dozen tillen'],
      answers: {},
    });
    valueOf(await handlers.call('workerMode.answer', { answers: { painNow: 4, workAbility: 6, psk: [{ activity: 'Dozen tillen', score: 5 }] } }));
    expect(valueOf(await handlers.call('workerMode.questionnaire', {})).answers).toEqual({
      painNow: 4,
      workAbility: 6,
      psk: [{ activity: 'Dozen tillen', score: 5 }],
    });

    const wrong = await handlers.call('workerMode.leave', { passphrase: 'niet de wachtzin' });
    expect(wrong.ok).toBe(false);
    expect(valueOf(await handlers.call('app.status', {})).workerMode).toBe(true);
    valueOf(await handlers.call('workerMode.leave', { passphrase: doctorAccount.passphrase }));
    expect(valueOf(await handlers.call('app.status', {})).workerMode).toBe(false);

    const opened = valueOf(await handlers.call('consultations.open', { workerId: worker.id, consultationId: null }));
    expect(opened.draft?.document).toEqual({ findings: 'eerder getypt', workerAnswers: { painNow: 4, workAbility: 6, psk: [{ activity: 'Dozen tillen', score: 5 }] } });
    const refusals = await store.sql.all("SELECT channel FROM access_log WHERE action = 'workerMode' ORDER BY id");
    expect(refusals.map((r) => (r as { channel: string }).channel)).toEqual(
      expect.arrayContaining(['dossier.get', 'consultations.open', 'agenda.list', 'auth.signOut']),
    );
  });

  it('keeps STarT Back and Örebro answers in the draft, and refuses an answer that is not one of the item’s', async () => {
    const { handlers } = await practiceWithDoctor();
    const worker = await warehouseWorker(handlers);
    valueOf(
      await handlers.call('workerMode.start', { workerId: worker.id, consultationId: null, questionnaires: ['painNow', 'startBack', 'orebro'], pskActivities: [] }),
    );
    const answers = { startBack: { legPain: true, bothersomeness: 'veryMuch' as const }, orebro: { durationCategory: 3, canSleepAtNight: 7 } };
    valueOf(await handlers.call('workerMode.answer', { answers }));
    expect(valueOf(await handlers.call('workerMode.questionnaire', {})).answers).toEqual(answers);
    for (const wrong of [{ startBack: { bothersomeness: 'a lot' } }, { orebro: { canSleepAtNight: 11 } }, { orebro: { durationCategory: 0 } }]) {
      const refused = await handlers.invoke('workerMode.answer', { answers: wrong });
      expect(refused.ok, JSON.stringify(wrong)).toBe(false);
    }
    expect(valueOf(await handlers.call('workerMode.questionnaire', {})).answers).toEqual(answers);
  });
});
