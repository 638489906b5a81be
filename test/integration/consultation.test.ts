import { describe, expect, it } from 'vitest';
import { fixedClock, openTestPractice, practiceWithDoctor, rowCount, valueOf } from '../support/practiceFixture';
import { acuteIntake, warehouseWorker } from './clinicalFixture';

describe('saving a consultation through the handler map', () => {
  it('stores the intake, main’s own evaluation and the indexed columns the aggregates read', async () => {
    const { handlers, store } = await practiceWithDoctor();
    const worker = await warehouseWorker(handlers);

    const saved = valueOf(await handlers.call('consultations.save', { workerId: worker.id, consultationId: null, intake: acuteIntake() }));

    expect(saved).toMatchObject({ workerId: worker.id, status: 'final', phase: 'acute', urgency: 'none', chronicityLevel: 'unknown' });
    const row = (await store.sql.get<Record<string, unknown>>(
      'SELECT phase, urgency, chronicity_level, pain_score, follow_up_date, status, evaluation FROM consultations WHERE id = ?',
      [saved.id],
    ))!;
    expect(row).toMatchObject({ phase: 'acute', urgency: 'none', chronicity_level: 'unknown', pain_score: 6, follow_up_date: '2026-03-20', status: 'final' });
    const evaluation = JSON.parse(row.evaluation as string);
    // 14 days since onset: week 2; off work since 03-03: problem analysis on day 41 = 13-04-2026.
    expect(evaluation.phase).toEqual({ days: 14, weeks: 2, phase: 'acute' });
    expect(evaluation.deadlines.milestones[0]).toEqual({ code: 'probleemanalyse', week: 6, due: '2026-04-13' });
    const codes = await store.sql.all('SELECT code FROM consultation_risk_factors WHERE consultation_id = ? ORDER BY code', [saved.id]);
    expect(codes).toEqual([{ code: 'heavyLifting' }, { code: 'smoking' }]);
    const episode = await store.sql.get('SELECT onset_date, sick_leave_start, sick_leave_end, work_status, closed_on FROM episodes WHERE id = ?', [saved.episodeId]);
    expect(episode).toEqual({ onset_date: '2026-03-02', sick_leave_start: '2026-03-03', sick_leave_end: null, work_status: 'offWork', closed_on: null });
  });

  it('refuses an evaluation sent by the renderer: main computes it', async () => {
    const { handlers } = await practiceWithDoctor();
    const worker = await warehouseWorker(handlers);
    const result = await handlers.invoke('consultations.save', {
      workerId: worker.id,
      consultationId: null,
      intake: acuteIntake(),
      evaluation: { redFlags: { urgency: 'none' } },
    });
    expect(result.ok).toBe(false);
  });

  it('refuses to save an unacknowledged immediate red flag and saves nothing', async () => {
    const { handlers, store } = await practiceWithDoctor();
    const worker = await warehouseWorker(handlers);
    const intake = acuteIntake({ redFlags: { saddleAnaesthesia: true } });

    const refused = await handlers.call('consultations.save', { workerId: worker.id, consultationId: null, intake });
    expect(refused).toEqual({
      ok: false,
      error: { code: 'validation', issues: [{ path: ['intake', 'acknowledgedRedFlags'], code: 'redFlagNotAcknowledged' }] },
    });
    expect(await rowCount(store.sql, 'consultations')).toBe(0);
    expect(await rowCount(store.sql, 'episodes')).toBe(0);

    const saved = valueOf(
      await handlers.call('consultations.save', {
        workerId: worker.id,
        consultationId: null,
        intake: {
          ...intake,
          acknowledgedRedFlags: ['saddleAnaesthesia'],
          immediateReferral: { referredTo: 'SEH Martini Ziekenhuis', acknowledgedBy: 'someone else', acknowledgedAt: '2020-01-01T00:00:00.000Z' },
        },
      }),
    );
    expect(saved.urgency).toBe('immediate');
    expect(saved.intake.acknowledgedRedFlags).toEqual(['saddleAnaesthesia']);
    // Main stamps who acknowledged it and when; the renderer cannot.
    expect(saved.intake.immediateReferral).toEqual({
      referredTo: 'SEH Martini Ziekenhuis',
      acknowledgedBy: 'Dr. Test Arts',
      acknowledgedAt: store.clock.now(),
    });
  });

  it('scores the questionnaires in main: STarT Back high risk is stored as high chronicity', async () => {
    const { handlers } = await practiceWithDoctor();
    const worker = await warehouseWorker(handlers);
    const startBack = {
      legPain: false, shoulderOrNeckPain: false, walkedOnlyShortDistances: false, dressedMoreSlowly: false,
      notSafeToBeActive: true, worryingThoughts: true, painTerribleNeverBetter: true, notEnjoyingThings: false,
      bothersomeness: 'extremely' as const,
    };
    // Psychosocial items 5-9: 1 + 1 + 1 + 0 + 1 = 4 -> high.
    const saved = valueOf(await handlers.call('consultations.save', { workerId: worker.id, consultationId: null, intake: acuteIntake({ startBack }) }));
    expect(saved.chronicityLevel).toBe('high');
  });

  it('gives field messages for dates that do not fit together', async () => {
    const { handlers } = await practiceWithDoctor();
    const worker = await warehouseWorker(handlers);
    const intake = acuteIntake();
    const result = await handlers.call('consultations.save', {
      workerId: worker.id,
      consultationId: null,
      intake: { ...intake, complaint: { ...intake.complaint, sickLeaveStart: '2026-02-01' }, consultationDate: '2026-03-17' },
    });
    expect(result.ok).toBe(false);
    if (!result.ok && result.error.code === 'validation') {
      expect(result.error.issues.map((issue) => issue.path.join('.'))).toContain('intake.complaint.sickLeaveStart');
    }
    const future = await handlers.call('consultations.save', { workerId: worker.id, consultationId: null, intake: { ...intake, consultationDate: '2026-03-17', followUpDate: null } });
    expect(future).toEqual({ ok: false, error: { code: 'validation', issues: [{ path: ['intake', 'consultationDate'], code: 'consultationInFuture' }] } });
  });

  it('autosaves a draft, gives it back after a restart, and removes it on save', async () => {
    const practice = await practiceWithDoctor();
    const worker = await warehouseWorker(practice.handlers);
    const document = { consultationDate: '16-3-26', findings: 'Pijn bij bukken', riskFactors: ['heavyLifting'] };
    const { savedAt, rowVersion } = valueOf(await practice.handlers.call('consultations.saveDraft', { workerId: worker.id, consultationId: null, rowVersion: null, document }));
    expect(savedAt).toBe('2026-03-16T09:30:00.000Z');
    await practice.practice.close();

    const reopened = await openTestPractice(practice.directory, { clock: fixedClock(), checkOutputs: true });
    await reopened.handlers.call('auth.signIn', { name: 'Dr. Test Arts', passphrase: 'een lange test wachtzin' });
    const opened = valueOf(await reopened.handlers.call('consultations.open', { workerId: worker.id, consultationId: null }));
    expect(opened.draft).toEqual({ document, savedAt, rowVersion });
    expect(opened.today).toBe('2026-03-16');
    expect(opened.context.job).toEqual({ exposures: ['manualHandling'], maxLiftKg: 20, contractHoursPerWeek: 38, sector: 'private' });

    valueOf(await reopened.handlers.call('consultations.save', { workerId: worker.id, consultationId: null, intake: acuteIntake() }));
    const after = valueOf(await reopened.handlers.call('consultations.open', { workerId: worker.id, consultationId: null }));
    expect(after.draft).toBeNull();
    await reopened.close();
  });

  it('continues the episode on a follow-up consultation and starts a new one on request', async () => {
    const { handlers, store } = await practiceWithDoctor({ clock: fixedClock('2026-04-01') });
    const worker = await warehouseWorker(handlers);
    const first = valueOf(await handlers.call('consultations.save', { workerId: worker.id, consultationId: null, intake: acuteIntake() }));
    const intake = acuteIntake({ consultationDate: '2026-03-30', episodeId: first.episodeId, followUpDate: null });
    const second = valueOf(
      await handlers.call('consultations.save', {
        workerId: worker.id,
        consultationId: null,
        intake: { ...intake, complaint: { ...intake.complaint, workStatus: 'working', sickLeaveEnd: '2026-03-30' } },
      }),
    );
    expect(second.episodeId).toBe(first.episodeId);
    expect((await store.episodes.get(first.episodeId))).toMatchObject({ workStatus: 'working', sickLeaveEnd: '2026-03-30' });

    const fresh = acuteIntake({ consultationDate: '2026-04-01', followUpDate: null });
    const third = valueOf(
      await handlers.call('consultations.save', {
        workerId: worker.id,
        consultationId: null,
        intake: { ...fresh, complaint: { ...fresh.complaint, onsetDate: '2026-03-31', sickLeaveStart: null, workStatus: 'working' } },
      }),
    );
    expect(third.episodeId).not.toBe(first.episodeId);
    expect((await store.episodes.get(first.episodeId))?.closedOn).toBe('2026-04-01');

    const dossier = valueOf(await handlers.call('dossier.get', { workerId: worker.id }));
    expect(dossier.episodes.map((e) => [e.id, e.consultations.length])).toEqual([
      [third.episodeId, 1],
      [first.episodeId, 2],
    ]);
  });

  it('logs every dossier access and keeps prevention advisors out', async () => {
    const practice = await practiceWithDoctor();
    const worker = await warehouseWorker(practice.handlers);
    valueOf(await practice.handlers.call('dossier.get', { workerId: worker.id }));
    valueOf(await practice.handlers.call('consultations.save', { workerId: worker.id, consultationId: null, intake: acuteIntake() }));
    const log = (await practice.store.accessLog.forWorker(worker.id)).map((row) => `${row.channel}:${row.action}:${row.outcome}`);
    expect(log.slice(0, 2)).toEqual(['consultations.save:write:allowed', 'dossier.get:read:allowed']);

    await practice.as('preventionAdvisor');
    expect(await practice.handlers.call('dossier.get', { workerId: worker.id })).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await practice.handlers.call('consultations.open', { workerId: worker.id, consultationId: null })).toEqual({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect((await practice.store.accessLog.forWorker(worker.id))[0]).toMatchObject({ channel: 'consultations.open', outcome: 'denied' });
  });
});
