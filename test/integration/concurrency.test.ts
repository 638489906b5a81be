import { afterEach, describe, expect, it } from 'vitest';
import { RefusedError } from '../../src/main/services/domainError';
import { saveConsultationDraft } from '../../src/main/services/consultations/consultationDrafts';
import { saveWorker } from '../../src/main/services/workers/saveWorker';
import { consultationVersion, type Consultation, type ValidWorkerInput, type Worker } from '../../src/shared/model';
import { practiceWithDoctor, rowCount, valueOf } from '../support/practiceFixture';
import { usePostgresCluster } from '../support/postgresCluster';
import { callsOf, copiedPracticeFolder, serverAccounts, startServer, trustedWorkstation } from '../support/practiceServerFixture';
import { acuteIntake, warehouseWorker } from './clinicalFixture';

/*
 * Optimistic concurrency: a save names the row version it started from and is refused with
 * 'changedMeanwhile' (nothing written) when someone else saved the record in between. The
 * settings' version is tested with the other settings checks (settings.test.ts).
 */

/** The worker as the worker form sends it back, from the version it showed. */
function changeOf(worker: Worker, change: Partial<ValidWorkerInput>): ValidWorkerInput {
  const { employerId, departmentId, jobPositionId, personnelNumber, firstName, lastName, birthDate, contractHoursPerWeek, email, phone } = worker;
  return {
    id: worker.id,
    rowVersion: worker.rowVersion,
    employerId,
    departmentId,
    jobPositionId,
    personnelNumber,
    firstName,
    lastName,
    birthDate,
    contractHoursPerWeek,
    email,
    phone,
    ...change,
  };
}

async function refusalOf(action: () => Promise<unknown>): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error instanceof RefusedError ? error.code : error;
  }
  return 'saved';
}

describe('a worker changed from an older version', () => {
  it('is refused by the service and nothing of it is written, not even the name index', async () => {
    const { handlers, store } = await practiceWithDoctor();
    const opened = await warehouseWorker(handlers);
    expect(opened.rowVersion).toBe(1);

    const first = await saveWorker(store, changeOf(opened, { phone: '06 1234 5678' }));
    expect(first).toMatchObject({ phone: '06 1234 5678', rowVersion: 2 });

    expect(await refusalOf(() => saveWorker(store, changeOf(opened, { lastName: 'Jansen', contractHoursPerWeek: 20 })))).toBe('changedMeanwhile');
    expect(await store.workers.get(opened.id)).toEqual(first);
    expect(await store.workers.search('Jansen', null, 10)).toEqual([]);
    expect((await store.workers.search('De Wit', null, 10)).map((worker) => worker.id)).toEqual([opened.id]);

    // Saved deliberately from the current version, it goes through.
    expect(await saveWorker(store, changeOf(first, { lastName: 'Jansen' }))).toMatchObject({ lastName: 'Jansen', phone: '06 1234 5678', rowVersion: 3 });
  });

  it('is refused through the handler map, and a change without a version is not accepted', async () => {
    const { handlers } = await practiceWithDoctor();
    const opened = await warehouseWorker(handlers);
    valueOf(await handlers.call('workers.save', changeOf(opened, { firstName: 'Sandra' })));

    expect(await handlers.call('workers.save', changeOf(opened, { firstName: 'Saskia' }))).toEqual({ ok: false, error: { code: 'changedMeanwhile' } });
    const { rowVersion: _left, ...withoutVersion } = changeOf(opened, { firstName: 'Saskia' });
    expect(await handlers.call('workers.save', withoutVersion)).toEqual({
      ok: false,
      error: { code: 'validation', issues: [{ path: ['rowVersion'], code: 'required' }] },
    });
    expect(valueOf(await handlers.call('workers.get', { id: opened.id }))).toMatchObject({ firstName: 'Sandra', rowVersion: 2 });
  });
});

describe('a consultation draft saved from another version', () => {
  it('is refused by the repository and the stored draft stays as it was', async () => {
    const { handlers, store, doctor } = await practiceWithDoctor();
    if (!doctor) throw new Error('no doctor');
    const worker = await warehouseWorker(handlers);
    const key = { workerId: worker.id, consultationId: null };

    const first = await saveConsultationDraft(store, { ...key, rowVersion: null }, doctor.id, { findings: 'bureau' });
    expect(first.rowVersion).toBe(1);
    // A second "new" draft of the same consultation (the other workstation had none yet): refused.
    expect(await refusalOf(() => saveConsultationDraft(store, { ...key, rowVersion: null }, doctor.id, { findings: 'spreekkamer' }))).toBe('changedMeanwhile');
    const second = await saveConsultationDraft(store, { ...key, rowVersion: 1 }, doctor.id, { findings: 'bureau, later' });
    expect(second.rowVersion).toBe(2);
    expect(await refusalOf(() => store.consultations.saveDraft(worker.id, doctor.id, null, { findings: 'spreekkamer' }, 1))).toBe('changedMeanwhile');

    expect(await store.consultations.draft(worker.id, doctor.id, null)).toMatchObject({ document: { findings: 'bureau, later' }, rowVersion: 2 });
    expect(valueOf(await handlers.call('consultations.open', key)).draft).toMatchObject({ document: { findings: 'bureau, later' }, rowVersion: 2 });
  });
});

describe('a return-to-work plan saved from another version', () => {
  it('is refused by the repository: two first versions of one episode make one plan', async () => {
    const { handlers, store, doctor } = await practiceWithDoctor();
    if (!doctor) throw new Error('no doctor');
    const worker = await warehouseWorker(handlers);
    const consultation = valueOf(await handlers.call('consultations.save', { workerId: worker.id, consultationId: null, intake: acuteIntake() }));
    const plan = valueOf(await handlers.call('plans.get', { workerId: worker.id, episodeId: consultation.episodeId })).suggestion;
    if (!plan) throw new Error('no suggestion');
    const version = { workerId: worker.id, episodeId: consultation.episodeId, plan, createdBy: doctor.id };

    expect((await store.transaction((tx) => tx.plans.addVersion({ ...version, basedOnVersion: null }))).version).toBe(1);
    expect(await refusalOf(() => store.transaction((tx) => tx.plans.addVersion({ ...version, basedOnVersion: null })))).toBe('changedMeanwhile');
    expect(await refusalOf(() => store.transaction((tx) => tx.plans.addVersion({ ...version, basedOnVersion: 2 })))).toBe('changedMeanwhile');

    expect(await rowCount(store.sql, 'return_to_work_plans')).toBe(1);
    expect(await rowCount(store.sql, 'return_to_work_plan_versions')).toBe(1);
    // The database itself keeps one plan per episode (each engine words the refusal its own way).
    await expect(
      store.sql.run('INSERT INTO return_to_work_plans (episode_id, worker_id, created_at) VALUES (?, ?, ?)', [consultation.episodeId, worker.id, '2026-03-16T10:00:00.000Z']),
    ).rejects.toThrow(/UNIQUE constraint failed|violates unique constraint/);
  });
});

describe('an amendment of a signed consultation made from an older version', () => {
  it('is refused, nothing of it is written, and an amendment names the version it was made from', async () => {
    const { handlers, store } = await practiceWithDoctor();
    const worker = await warehouseWorker(handlers);
    const signed = valueOf(await handlers.call('consultations.save', { workerId: worker.id, consultationId: null, intake: acuteIntake({ findings: 'Eerste tekst.' }) }));
    expect(consultationVersion(signed)).toBe(1);
    const amend = (findings: string, basedOnVersion: number | null) =>
      handlers.call('consultations.save', {
        workerId: worker.id,
        consultationId: signed.id,
        intake: { ...signed.intake, findings, conclusion: `Conclusie bij ${findings}` },
        amendmentReason: 'Bevinding aangevuld',
        basedOnVersion,
      });
    const first = valueOf(await amend('Tweede tekst.', 1));
    expect(consultationVersion(first)).toBe(2);

    // From version 1 again: someone amended it meanwhile.
    expect(await amend('Derde tekst.', 1)).toEqual({ ok: false, error: { code: 'changedMeanwhile' } });
    // From a version that does not exist yet, or without one.
    expect(await amend('Derde tekst.', 3)).toEqual({ ok: false, error: { code: 'changedMeanwhile' } });
    expect(await amend('Derde tekst.', null)).toEqual({ ok: false, error: { code: 'validation', issues: [{ path: ['basedOnVersion'], code: 'required' }] } });
    const stored = await store.consultations.get(signed.id);
    expect(stored?.consultation).toEqual(first);

    // A new consultation has no version to start from.
    expect(
      await handlers.call('consultations.save', { workerId: worker.id, consultationId: null, intake: acuteIntake({ episodeId: signed.episodeId }), basedOnVersion: 1 }),
    ).toEqual({ ok: false, error: { code: 'validation', issues: [{ path: ['basedOnVersion'], code: 'invalid' }] } });

    // Made from the stored version, it goes through.
    expect(valueOf(await amend('Derde tekst.', 2))).toMatchObject({ intake: { findings: 'Derde tekst.' }, amendments: [{}, {}] });
  });
});

describe('two workstations of one practice server editing the same worker and the same signed consultation', () => {
  const cluster = usePostgresCluster();
  const running: Array<{ close(): unknown }> = [];
  afterEach(async () => {
    for (const item of running.splice(0).reverse()) await item.close();
  });

  it('refuses the second save and the second correction through the api, and the server keeps the first', async () => {
    const folder = await copiedPracticeFolder();
    const server = await startServer(cluster(), folder);
    running.push(server);
    const desks = await Promise.all([trustedWorkstation(server.server.url), trustedWorkstation(server.server.url)]);
    running.push(...desks);
    const [office, room] = desks.map(callsOf);
    if (!office || !room) throw new Error('two workstations');
    valueOf(await office.call('auth.signIn', serverAccounts.doctor));
    valueOf(await room.call('auth.signIn', serverAccounts.doctor));
    const employerId = valueOf(await office.call('workplace.saveEmployer', { name: 'Testbedrijf', sector: 'private' }));
    const created = valueOf(
      await office.call('workers.save', { employerId, personnelNumber: 'W-1', firstName: 'Sanne', lastName: 'De Wit', birthDate: '1980-05-10', contractHoursPerWeek: 38 }),
    );

    // Both open the worker; the office saves first.
    const inOffice = valueOf(await office.call('workers.get', { id: created.id }));
    const inRoom = valueOf(await room.call('workers.get', { id: created.id }));
    valueOf(await office.call('workers.save', changeOf(inOffice, { phone: '050 123 45 67' })));

    expect(await room.call('workers.save', changeOf(inRoom, { contractHoursPerWeek: 24 }))).toEqual({ ok: false, error: { code: 'changedMeanwhile' } });
    expect(valueOf(await room.call('workers.get', { id: created.id }))).toMatchObject({ phone: '050 123 45 67', contractHoursPerWeek: 38, rowVersion: 2 });
    // The server's own store holds the office's save.
    expect(await server.practice.store.workers.get(created.id)).toMatchObject({ phone: '050 123 45 67', contractHoursPerWeek: 38 });

    // A signed consultation opened on both and corrected on both: the room's correction, from the version before the office's, is refused.
    const signed = valueOf(await office.call('consultations.save', { workerId: created.id, consultationId: null, intake: acuteIntake({ findings: 'Eerste tekst.' }) }));
    const openedIn = async (desk: typeof office) => {
      const { consultation } = valueOf(await desk.call('consultations.open', { workerId: created.id, consultationId: signed.id }));
      if (consultation === null) throw new Error('signed consultation not found');
      return consultation;
    };
    const [officeCopy, roomCopy] = [await openedIn(office), await openedIn(room)];
    const correction = (consultation: Consultation, findings: string) => ({
      workerId: created.id,
      consultationId: consultation.id,
      intake: { ...consultation.intake, findings },
      amendmentReason: 'Bevinding aangevuld',
      basedOnVersion: consultationVersion(consultation),
    });
    valueOf(await office.call('consultations.save', correction(officeCopy, 'Tekst van het kantoor.')));
    expect(await room.call('consultations.save', correction(roomCopy, 'Tekst van de spreekkamer.'))).toEqual({ ok: false, error: { code: 'changedMeanwhile' } });
    const kept = await openedIn(room);
    expect(kept).toMatchObject({ intake: { findings: 'Tekst van het kantoor.' } });
    expect(kept.amendments.map((amendment) => amendment.previousIntake.findings)).toEqual(['Eerste tekst.']);
    // From the version stored now, the room's correction goes through.
    expect(valueOf(await room.call('consultations.save', correction(kept, 'Tekst van de spreekkamer.')))).toMatchObject({
      intake: { findings: 'Tekst van de spreekkamer.' },
    });
  });
});
