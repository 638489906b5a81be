import { describe, expect, it } from 'vitest';
import { practiceWithDoctor, valueOf } from '../support/practiceFixture';
import { acuteIntake, warehouseWorker } from './clinicalFixture';

const cancer = { historyOfCancer: true };
const evaluatedCancer = { code: 'historyOfCancer' as const, note: 'verwezen, maligniteit uitgesloten' };

describe('evaluated red flags over an episode', () => {
  it('stamps an evaluation with the doctor and the date, lowers the urgency and carries it over to later consultations', async () => {
    const { handlers, store } = await practiceWithDoctor();
    const worker = await warehouseWorker(handlers);
    const first = valueOf(
      await handlers.call('consultations.save', { workerId: worker.id, consultationId: null, intake: acuteIntake({ consultationDate: '2026-03-09', redFlags: cancer }) }),
    );
    expect(first.urgency).toBe('within48h');

    const second = valueOf(
      await handlers.call('consultations.save', {
        workerId: worker.id,
        consultationId: null,
        intake: acuteIntake({ episodeId: first.episodeId, redFlags: cancer, redFlagEvaluations: [evaluatedCancer] }),
      }),
    );
    expect(second.urgency).toBe('none');
    expect(second.intake.redFlags.historyOfCancer).toBe(true);
    expect(second.intake.redFlagEvaluations).toEqual([{ ...evaluatedCancer, evaluatedBy: 'Dr. Test Arts', evaluatedOn: '2026-03-16' }]);
    const stored = await store.consultations.get(second.id);
    expect(stored?.evaluation.redFlags.flags).toEqual([{ code: 'historyOfCancer', suspected: 'malignancy', urgency: 'within48h', status: 'evaluated' }]);
    expect(stored?.evaluation.plan.status).toBe('planned');
    expect(stored?.evaluation.advice).toContain('stayActive');

    // A new consultation of the episode opens with the evaluation ...
    const opened = valueOf(await handlers.call('consultations.open', { workerId: worker.id, consultationId: null }));
    expect(opened.episodeRedFlagEvaluations).toEqual(second.intake.redFlagEvaluations);
    // ... and keeps it on save even when the form leaves it out.
    const third = valueOf(
      await handlers.call('consultations.save', {
        workerId: worker.id,
        consultationId: null,
        intake: acuteIntake({ episodeId: first.episodeId, redFlags: cancer, redFlagEvaluations: [] }),
      }),
    );
    expect(third.urgency).toBe('none');
    expect(third.intake.redFlagEvaluations).toEqual(second.intake.redFlagEvaluations);

    // The dossier's timeline shows the flag as evaluated.
    const dossier = valueOf(await handlers.call('dossier.get', { workerId: worker.id }));
    const summary = JSON.stringify(dossier);
    expect(summary).toContain('"evaluatedRedFlagCodes":["historyOfCancer"]');
  });

  it('does not carry an evaluation back to an earlier consultation or into a new episode', async () => {
    const { handlers } = await practiceWithDoctor();
    const worker = await warehouseWorker(handlers);
    const first = valueOf(
      await handlers.call('consultations.save', {
        workerId: worker.id,
        consultationId: null,
        intake: acuteIntake({ redFlags: cancer, redFlagEvaluations: [evaluatedCancer] }),
      }),
    );
    const edited = valueOf(
      await handlers.call('consultations.save', {
        workerId: worker.id,
        consultationId: null,
        intake: acuteIntake({ consultationDate: '2026-03-10', episodeId: first.episodeId, redFlags: cancer }),
      }),
    );
    expect(edited.urgency).toBe('within48h');
    const newEpisode = valueOf(
      await handlers.call('consultations.save', { workerId: worker.id, consultationId: null, intake: acuteIntake({ episodeId: null, redFlags: cancer }) }),
    );
    expect(newEpisode.urgency).toBe('within48h');
    expect(newEpisode.intake.redFlagEvaluations).toEqual([]);
  });

  it('keeps the first stamp when the same consultation is saved again', async () => {
    const { handlers } = await practiceWithDoctor();
    const worker = await warehouseWorker(handlers);
    const saved = valueOf(
      await handlers.call('consultations.save', {
        workerId: worker.id,
        consultationId: null,
        intake: acuteIntake({ redFlags: cancer, redFlagEvaluations: [evaluatedCancer] }),
      }),
    );
    const again = valueOf(
      await handlers.call('consultations.save', {
        workerId: worker.id,
        consultationId: saved.id,
        intake: { ...saved.intake, redFlagEvaluations: [{ ...evaluatedCancer, evaluatedBy: 'someone else', evaluatedOn: '2020-01-01' }] },
        amendmentReason: 'Typefout in de bevindingen',
        basedOnVersion: 1,
      }),
    );
    expect(again.intake.redFlagEvaluations).toEqual(saved.intake.redFlagEvaluations);
  });

  it('refuses to mark an immediate flag evaluated', async () => {
    const { handlers } = await practiceWithDoctor();
    const worker = await warehouseWorker(handlers);
    const result = await handlers.call('consultations.save', {
      workerId: worker.id,
      consultationId: null,
      intake: acuteIntake({
        redFlags: { saddleAnaesthesia: true },
        acknowledgedRedFlags: ['saddleAnaesthesia'],
        redFlagEvaluations: [{ code: 'saddleAnaesthesia', note: 'gezien' }],
      }),
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'validation', issues: [{ path: ['intake', 'redFlagEvaluations', '0', 'code'], code: 'immediateNotEvaluable' }] },
    });
  });
});

describe('the age at the first ever episode', () => {
  it('drops the age flag for a worker of 58 with back pain since 35 and is offered to the next consultation', async () => {
    const { handlers } = await practiceWithDoctor();
    const employerWorker = await warehouseWorker(handlers);
    const worker = valueOf(await handlers.call('workers.save', { ...employerWorker, personnelNumber: 'W-58', birthDate: '1967-06-01' }));
    const opened = valueOf(await handlers.call('consultations.open', { workerId: worker.id, consultationId: null }));
    expect(opened.knownAgeAtFirstEverOnset).toBeNull();

    const flagged = valueOf(await handlers.call('consultations.save', { workerId: worker.id, consultationId: null, intake: acuteIntake() }));
    expect(flagged.urgency).toBe('routine');
    const unflagged = valueOf(
      await handlers.call('consultations.save', {
        workerId: worker.id,
        consultationId: flagged.id,
        intake: acuteIntake({ complaint: { ...acuteIntake().complaint, previousEpisodes: 'several', ageAtFirstEverOnset: 35 } }),
        amendmentReason: 'Eerdere episode sinds 35 jaar alsnog gemeld',
        basedOnVersion: 1,
      }),
    );
    expect(unflagged.urgency).toBe('none');
    const next = valueOf(await handlers.call('consultations.open', { workerId: worker.id, consultationId: null }));
    expect(next.knownAgeAtFirstEverOnset).toBe(35);
  });

  it('refuses a first ever episode later than this one', async () => {
    const { handlers } = await practiceWithDoctor();
    const worker = await warehouseWorker(handlers);
    const result = await handlers.call('consultations.save', {
      workerId: worker.id,
      consultationId: null,
      intake: acuteIntake({ complaint: { ...acuteIntake().complaint, ageAtFirstEverOnset: 60 } }),
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'validation', issues: [{ path: ['intake', 'complaint', 'ageAtFirstEverOnset'], code: 'notEvaluable' }] },
    });
  });
});
