import { describe, expect, it } from 'vitest';
import { ACCESS_LOG_SHOWN } from '../../src/shared/channels/workerChannels';
import { practiceWithDoctor, valueOf } from '../support/practiceFixture';
import { warehouseWorker } from './clinicalFixture';

/* workers.accessLog: the dossier's own access log, as the dossier screen shows it. */

describe('the access log of a dossier', () => {
  it('lists who did what, newest first, including this look itself and refusals', async () => {
    const practice = await practiceWithDoctor();
    const worker = await warehouseWorker(practice.handlers);
    valueOf(await practice.handlers.call('dossier.get', { workerId: worker.id }));
    await practice.as('preventionAdvisor', 'Pim Preventie');
    expect(await practice.handlers.call('workers.get', { id: worker.id })).toEqual({ ok: false, error: { code: 'forbidden' } });
    await practice.asDoctor();

    const log = valueOf(await practice.handlers.call('workers.accessLog', { id: worker.id }));

    expect(log.map(({ userName, role, action, channel, outcome }) => ({ userName, role, action, channel, outcome }))).toEqual([
      { userName: 'Dr. Test Arts', role: 'doctor', action: 'read', channel: 'workers.accessLog', outcome: 'allowed' },
      { userName: 'Pim Preventie', role: 'preventionAdvisor', action: 'read', channel: 'workers.get', outcome: 'denied' },
      { userName: 'Dr. Test Arts', role: 'doctor', action: 'read', channel: 'dossier.get', outcome: 'allowed' },
      { userName: 'Dr. Test Arts', role: 'doctor', action: 'write', channel: 'workers.save', outcome: 'allowed' },
    ]);
  });

  it(`answers with the ${ACCESS_LOG_SHOWN} most recent entries only`, async () => {
    const practice = await practiceWithDoctor();
    const worker = await warehouseWorker(practice.handlers);
    const other = await warehouseWorker(practice.handlers, 'W-2');
    for (let i = 0; i < 250; i += 1) valueOf(await practice.handlers.call('workers.get', { id: worker.id }));
    valueOf(await practice.handlers.call('workers.get', { id: other.id }));

    const log = valueOf(await practice.handlers.call('workers.accessLog', { id: worker.id }));

    expect(ACCESS_LOG_SHOWN).toBe(200);
    expect(log).toHaveLength(200);
    expect(log[0]?.channel).toBe('workers.accessLog');
    expect(log.slice(1).every((row) => row.channel === 'workers.get')).toBe(true);
    const ids = log.map((row) => row.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    // 1 save + 250 looks + this one for the worker: the oldest 52 are left out.
    expect(practice.store.accessLog.forWorker(worker.id)).toHaveLength(252);
    expect(log[199]?.id).toBe(practice.store.accessLog.forWorker(worker.id)[199]?.id);
  });
});
