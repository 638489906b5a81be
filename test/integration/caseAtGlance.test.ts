import { describe, expect, it } from 'vitest';
import { practiceWithDoctor, valueOf } from '../support/practiceFixture';
import { acuteIntake, warehouseWorker } from './clinicalFixture';
import type { HandlerMap } from '../../src/main/ipc/handlerMap';

/**
 * The dossier's header and the plan screen take the work status, the hours, the next evaluation and
 * the full return from one source (the rules), so that they cannot disagree with the plan.
 */

/** Seen on 02-03-2026 off work (sick since 13-01-2026); a plan with 19 of 38 hours in the week of 16-03-2026. */
async function midPlan(handlers: HandlerMap, followUpDate: string | null = null) {
  const worker = await warehouseWorker(handlers);
  const intake = acuteIntake({
    consultationDate: '2026-03-02',
    complaint: { ...acuteIntake().complaint, onsetDate: '2025-12-05', sickLeaveStart: '2026-01-13', workStatus: 'offWork' },
    followUpDate,
  });
  const { episodeId } = valueOf(await handlers.call('consultations.save', { workerId: worker.id, consultationId: null, intake }));
  valueOf(
    await handlers.call('plans.save', {
      workerId: worker.id,
      episodeId,
      basedOnVersion: null,
      plan: {
        status: 'planned',
        contractHoursPerWeek: 38,
        reviewDate: null,
        steps: [
          { startDate: '2026-03-09', reviewDate: '2026-03-13', hoursPerWeek: 9.5, duties: 'adapted', restrictions: [] },
          { startDate: '2026-03-16', reviewDate: '2026-03-27', hoursPerWeek: 19, duties: 'adapted', restrictions: [] },
          { startDate: '2026-03-30', reviewDate: '2026-04-10', hoursPerWeek: 28.5, duties: 'adapted', restrictions: [] },
          { startDate: '2026-04-13', reviewDate: '2026-04-24', hoursPerWeek: 38, duties: 'full', restrictions: [] },
        ],
      },
    }),
  );
  return { workerId: worker.id, episodeId };
}

describe('the case at a glance (dossier.get)', () => {
  it('says "partly working, 19 hours, step 2" beside a plan at 19 hours, not the "off work" of the last consultation', async () => {
    const { handlers } = await practiceWithDoctor();
    const { workerId } = await midPlan(handlers);
    const dossier = valueOf(await handlers.call('dossier.get', { workerId }));
    expect(dossier.episodes[0]?.workStatus).toBe('offWork');
    expect(dossier.glance?.work).toEqual({ status: 'partlyWorking', hoursPerWeek: 19, step: 2 });
  });

  it('gives the dossier and the plan screen the same next evaluation and full return', async () => {
    const { handlers } = await practiceWithDoctor();
    const { workerId, episodeId } = await midPlan(handlers, '2026-03-20');
    const dossier = valueOf(await handlers.call('dossier.get', { workerId }));
    const overview = valueOf(await handlers.call('plans.get', { workerId, episodeId }));
    expect(dossier.glance?.nextEvaluation).toBe('2026-03-20');
    expect(overview.nextEvaluation).toBe('2026-03-20');
    expect(dossier.glance?.fullReturn).toBe('2026-04-13');
  });

  it('gives the sick-leave week and the legal steps with their state, the overdue ones first', async () => {
    const { handlers } = await practiceWithDoctor();
    const { workerId } = await midPlan(handlers);
    const glance = valueOf(await handlers.call('dossier.get', { workerId })).glance;
    // Sick since 13-01-2026, today 16-03-2026: sick day 63, week 9.
    expect(glance?.sickLeaveWeek).toBe(9);
    expect(glance?.legal.map((m) => [m.code, m.due, m.state, m.folded])).toEqual([
      ['probleemanalyse', '2026-02-23', 'overdue', false],
      ['planVanAanpak', '2026-03-09', 'overdue', false],
      ['ziekmelding42', '2026-11-03', 'coming', true],
      ['eerstejaarsevaluatie', '2027-01-11', 'coming', true],
      ['wiaAanvraag', '2027-10-11', 'coming', true],
      ['eindeLoondoorbetaling', '2028-01-10', 'coming', true],
    ]);
  });

  it('marks the problem analysis and the action plan done on the days the consultation recorded', async () => {
    const { handlers } = await practiceWithDoctor();
    const { workerId, episodeId } = await midPlan(handlers);
    const intake = acuteIntake({
      episodeId,
      consultationDate: '2026-03-16',
      complaint: {
        ...acuteIntake().complaint,
        onsetDate: '2025-12-05',
        sickLeaveStart: '2026-01-13',
        workStatus: 'partlyWorking',
        probleemanalyseDate: '2026-02-20',
        planVanAanpakDate: '2026-03-05',
      },
    });
    valueOf(await handlers.call('consultations.save', { workerId, consultationId: null, intake }));
    const legal = valueOf(await handlers.call('dossier.get', { workerId })).glance?.legal ?? [];
    expect(legal.filter((m) => m.state === 'done').map((m) => [m.code, m.doneOn])).toEqual([
      ['planVanAanpak', '2026-03-05'],
      ['probleemanalyse', '2026-02-20'],
    ]);
    expect(legal[0]).toMatchObject({ code: 'ziekmelding42', state: 'coming' });
  });
});

describe('overdue legal steps in the agenda', () => {
  it('lists an unrecorded problem analysis as overdue even after a later consultation, until it is recorded', async () => {
    const { handlers } = await practiceWithDoctor();
    const { workerId, episodeId } = await midPlan(handlers);
    const codes = async () =>
      valueOf(await handlers.call('agenda.list', { horizon: 'fourWeeks' }))
        .items.filter((i) => i.kind === 'poortwachter')
        .map((i) => `${i.code}:${i.due}:${i.overdue}`);
    expect(await codes()).toEqual(['probleemanalyse:2026-02-23:true', 'planVanAanpak:2026-03-09:true']);
    const intake = acuteIntake({
      episodeId,
      consultationDate: '2026-03-16',
      complaint: { ...acuteIntake().complaint, onsetDate: '2025-12-05', sickLeaveStart: '2026-01-13', workStatus: 'partlyWorking', probleemanalyseDate: '2026-02-20' },
    });
    valueOf(await handlers.call('consultations.save', { workerId, consultationId: null, intake }));
    // The action plan is now due 2 weeks after the analysis: 06-03-2026, in the panel, the dossier and the agenda alike.
    expect(await codes()).toEqual(['planVanAanpak:2026-03-06:true']);
  });
});
