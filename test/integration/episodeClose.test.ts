import { describe, expect, it } from 'vitest';
import type { HandlerMap } from '../../src/main/ipc/handlerMap';
import { practiceWithDoctor, valueOf } from '../support/practiceFixture';
import { acuteIntake, warehouseWorker } from './clinicalFixture';

// The fixed clock stands on Monday 16-03-2026. The acute intake is seen that day: onset 02-03-2026,
// off work since 03-03-2026, follow-up on 20-03-2026 (this week's agenda).
async function workerWithEpisode(handlers: HandlerMap, personnelNumber = 'E-1', intake = acuteIntake()) {
  const worker = await warehouseWorker(handlers, personnelNumber);
  const consultation = valueOf(await handlers.call('consultations.save', { workerId: worker.id, consultationId: null, intake }));
  return { workerId: worker.id, episodeId: consultation.episodeId };
}

function refusal(code: string, path: string) {
  return { ok: false, error: { code: 'validation', issues: [{ path: [path], code }] } };
}

describe('closing a back-pain episode', () => {
  it('closes the episode, ends the open sick leave, logs the write and clears the agenda', async () => {
    const practice = await practiceWithDoctor();
    const { workerId, episodeId } = await workerWithEpisode(practice.handlers);
    expect((await practice.store.episodes.get(episodeId))).toMatchObject({ sickLeaveStart: '2026-03-03', sickLeaveEnd: null, workStatus: 'offWork' });
    const agendaBefore = valueOf(await practice.handlers.call('agenda.list', { horizon: 'thisWeek' })).items;
    expect(agendaBefore.map((item) => [item.workerId, item.kind, item.due])).toEqual([[workerId, 'followUp', '2026-03-20']]);

    const closed = valueOf(await practice.handlers.call('episodes.close', { workerId, episodeId, closedOn: '2026-03-16' }));

    expect(closed).toEqual({
      id: episodeId,
      workerId,
      onsetDate: '2026-03-02',
      sickLeaveStart: '2026-03-03',
      sickLeaveEnd: '2026-03-16',
      workStatus: 'working',
      closedOn: '2026-03-16',
    });
    expect((await practice.store.episodes.current(workerId))).toBeNull();
    expect((await practice.store.accessLog.forWorker(workerId))[0]).toMatchObject({
      userName: 'Dr. Test Arts',
      action: 'write',
      channel: 'episodes.close',
      outcome: 'allowed',
    });
    expect(valueOf(await practice.handlers.call('agenda.list', { horizon: 'fourWeeks' })).items).toEqual([]);
    const dossier = valueOf(await practice.handlers.call('dossier.get', { workerId }));
    expect(dossier.episodes.map((episode) => [episode.id, episode.closedOn])).toEqual([[episodeId, '2026-03-16']]);
  });

  it('keeps the work status and an ended sick leave as they were', async () => {
    const practice = await practiceWithDoctor();
    const base = acuteIntake();
    const intake = acuteIntake({ complaint: { ...base.complaint, workStatus: 'working', sickLeaveStart: null } });
    const { workerId, episodeId } = await workerWithEpisode(practice.handlers, 'E-2', intake);

    const closed = valueOf(await practice.handlers.call('episodes.close', { workerId, episodeId, closedOn: '2026-03-16' }));

    expect(closed).toMatchObject({ sickLeaveStart: null, sickLeaveEnd: null, workStatus: 'working', closedOn: '2026-03-16' });
  });

  it('refuses a date before the onset, before the last consultation or after today', async () => {
    const practice = await practiceWithDoctor();
    const { workerId, episodeId } = await workerWithEpisode(practice.handlers);
    const close = (closedOn: string) => practice.handlers.call('episodes.close', { workerId, episodeId, closedOn });

    expect(await close('2026-03-01')).toEqual(refusal('closedBeforeOnset', 'closedOn'));
    expect(await close('2026-03-15')).toEqual(refusal('closedBeforeConsultation', 'closedOn'));
    expect(await close('2026-03-17')).toEqual(refusal('closedInFuture', 'closedOn'));
    expect((await practice.store.episodes.get(episodeId))).toMatchObject({ sickLeaveEnd: null, workStatus: 'offWork', closedOn: null });
  });

  it('refuses to close an episode twice', async () => {
    const practice = await practiceWithDoctor();
    const { workerId, episodeId } = await workerWithEpisode(practice.handlers);
    valueOf(await practice.handlers.call('episodes.close', { workerId, episodeId, closedOn: '2026-03-16' }));

    expect(await practice.handlers.call('episodes.close', { workerId, episodeId, closedOn: '2026-03-16' })).toEqual(
      refusal('episodeClosed', 'episodeId'),
    );
  });

  it('does not find another worker’s episode', async () => {
    const practice = await practiceWithDoctor();
    const { episodeId } = await workerWithEpisode(practice.handlers, 'E-1');
    const other = await warehouseWorker(practice.handlers, 'E-3');

    expect(await practice.handlers.call('episodes.close', { workerId: other.id, episodeId, closedOn: '2026-03-16' })).toEqual({
      ok: false,
      error: { code: 'notFound' },
    });
    expect((await practice.store.episodes.get(episodeId))?.closedOn).toBeNull();
  });

  it('refuses a prevention advisor and logs the refusal', async () => {
    const practice = await practiceWithDoctor();
    const { workerId, episodeId } = await workerWithEpisode(practice.handlers);
    await practice.as('preventionAdvisor', 'Pim Preventie');

    expect(await practice.handlers.call('episodes.close', { workerId, episodeId, closedOn: '2026-03-16' })).toEqual({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect((await practice.store.accessLog.forWorker(workerId))[0]).toMatchObject({
      userName: 'Pim Preventie',
      channel: 'episodes.close',
      outcome: 'denied',
    });
    expect((await practice.store.episodes.get(episodeId))?.closedOn).toBeNull();
  });
});
