import { describe, expect, it } from 'vitest';
import { ACCESS_LOG_SHOWN } from '../../src/shared/channels/workerChannels';
import { keepOpenAfterSignOut, practiceWithDoctor, rowCount, valueOf } from '../support/practiceFixture';
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
    expect((await practice.store.accessLog.forWorker(worker.id))).toHaveLength(252);
    expect(log[199]?.id).toBe((await practice.store.accessLog.forWorker(worker.id))[199]?.id);
  });
});

describe('the access log against floods and probes (NEN 7513)', () => {
  const rows = (practice: Awaited<ReturnType<typeof practiceWithDoctor>>) =>
    practice.store.sql.all(
      `SELECT user_name AS "userName", action, channel, worker_id AS "workerId", outcome, count, results FROM access_log WHERE action NOT IN ('signIn', 'signOut') ORDER BY id`,
    );

  it('logs refusals of signed-out calls, counting a flood of them on one row', async () => {
    const practice = await practiceWithDoctor();
    const worker = await warehouseWorker(practice.handlers);
    // As on a practice server, the file stays open after sign-out (a workstation's closes: nothing to log into).
    keepOpenAfterSignOut(practice.practice);
    valueOf(await practice.handlers.call('auth.signOut', {}));
    const before = await rowCount(practice.store.sql, 'access_log');

    for (let i = 0; i < 500; i += 1) {
      expect(await practice.handlers.call('workers.get', { id: worker.id })).toEqual({ ok: false, error: { code: 'unauthenticated' } });
    }
    await practice.handlers.call('dossier.get', { workerId: 999_999 });

    const after = await rowCount(practice.store.sql, 'access_log');
    expect(after - before).toBe(2);
    expect((await rows(practice)).slice(-2)).toEqual([
      { userName: null, action: 'request', channel: 'workers.get', workerId: null, outcome: 'denied', count: 500, results: null },
      { userName: null, action: 'request', channel: 'dossier.get', workerId: null, outcome: 'denied', count: 1, results: null },
    ]);
  });

  it('names in a refusal only a worker that exists, and counts repeated refusals once', async () => {
    const practice = await practiceWithDoctor();
    const worker = await warehouseWorker(practice.handlers);
    await practice.as('preventionAdvisor', 'Pim Preventie');
    for (let i = 0; i < 200; i += 1) await practice.handlers.call('workers.get', { id: worker.id });
    for (const id of [999_999, 1_000_000, 123_456]) await practice.handlers.call('workers.get', { id });

    const refusals = (await rows(practice)).filter((row) => (row as { outcome: string }).outcome === 'denied');
    expect(refusals).toEqual([
      { userName: 'Pim Preventie', action: 'read', channel: 'workers.get', workerId: worker.id, outcome: 'denied', count: 200, results: null },
      { userName: 'Pim Preventie', action: 'read', channel: 'workers.get', workerId: null, outcome: 'denied', count: 3, results: null },
    ]);
    expect(await practice.store.sql.get('SELECT count(*) AS n FROM access_log WHERE worker_id >= 123456')).toEqual({ n: 0 });
  });

  it('logs every search that lists workers: who searched and how many came back, not who', async () => {
    const practice = await practiceWithDoctor();
    await warehouseWorker(practice.handlers, 'W-1');
    await warehouseWorker(practice.handlers, 'W-2');
    const found = valueOf(await practice.handlers.call('workers.search', { query: '' }));
    valueOf(await practice.handlers.call('workers.search', { query: 'niemand-zo-genoemd' }));

    const searches = (await rows(practice)).filter((row) => (row as { action: string }).action === 'search');
    expect(searches).toEqual([
      { userName: 'Dr. Test Arts', action: 'search', channel: 'workers.search', workerId: null, outcome: 'allowed', count: 1, results: found.length },
      { userName: 'Dr. Test Arts', action: 'search', channel: 'workers.search', workerId: null, outcome: 'allowed', count: 1, results: 0 },
    ]);
    expect(found.length).toBe(2);
  });
});
