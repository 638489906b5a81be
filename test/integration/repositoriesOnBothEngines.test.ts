import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresDatabase } from '../../src/main/services/store/postgresDatabase';
import { migratePostgres } from '../../src/main/services/store/postgresMigrations';
import type { SqlDatabase } from '../../src/main/services/store/sql';
import { openRepositories, openStore, type Repositories } from '../../src/main/services/store/store';
import { saveConsultation } from '../../src/main/services/consultations/saveConsultation';
import { RefusedError } from '../../src/main/services/domainError';
import { consultationVersion, exposureProfileSchema, intakeSchema, liftingTaskInputSchema, practiceSettingsSchema, workerInputSchema } from '../../src/shared/model';
import { acuteIntake } from './clinicalFixture';
import { usePostgresCluster } from '../support/postgresCluster';
import { fixedClock, temporaryDirectory } from '../support/practiceFixture';

/*
 * The same repositories, the same practice, the same answers on SQLite and on PostgreSQL: the
 * statements each repository writes per engine (name search, case-insensitive order, sick-leave
 * day arithmetic, quarters given as JSON) must not drift apart.
 */

const cluster = usePostgresCluster();
const clock = fixedClock('2026-03-16');
const engines: Record<'sqlite' | 'postgres', Repositories> = {} as never;
const employers: Record<'sqlite' | 'postgres', number> = { sqlite: 0, postgres: 0 };
let postgres: SqlDatabase;
let sqliteStore: ReturnType<typeof openStore>;

const names: Array<[string, string, string]> = [
  ['Émile', 'van den Berg', 'P-001'],
  ['Ann', 'Peeters', 'P-002'],
  ['bart', 'Maes', 'P-003'],
  ['Zoë', 'Çelik', 'P-104'],
  ['Anneke', 'Vandenberghe', 'P-105'],
];

async function fillPractice(repositories: Repositories): Promise<number> {
  return repositories.transaction(async (tx) => {
    const employerId = await tx.workplaces.saveEmployer({ name: 'Testbedrijf', sector: 'private', contactName: null, contactEmail: null });
    const magazijn = await tx.workplaces.saveDepartment({ employerId, name: 'magazijn' });
    const kantoor = await tx.workplaces.saveDepartment({ employerId, name: 'Kantoor' });
    await tx.workplaces.saveDepartment({ employerId, name: 'Zaal' });
    const exposures = exposureProfileSchema.parse({});
    const picker = await tx.workplaces.saveJobPosition({ employerId, departmentId: magazijn, title: 'orderpicker', maxLoadKg: 25, exposures });
    await tx.workplaces.saveJobPosition({ employerId, departmentId: kantoor, title: 'Boekhouder', maxLoadKg: null, exposures });
    const ids: number[] = [];
    for (const [firstName, lastName, personnelNumber] of names) {
      const input = workerInputSchema.parse({
        employerId,
        departmentId: ids.length < 3 ? magazijn : kantoor,
        jobPositionId: ids.length < 3 ? picker : null,
        personnelNumber,
        firstName,
        lastName,
        birthDate: '1980-05-01',
        contractHoursPerWeek: 38,
      });
      ids.push(await tx.workers.save(input));
    }
    const [emile, ann, bart, zoe] = ids as [number, number, number, number, number];
    // 10 days within 2025; one spanning the year's start (5 days in 2025); one still open (12 days to 31-12).
    await tx.episodes.start({ workerId: emile, onsetDate: '2025-01-10', sickLeaveStart: '2025-01-15', sickLeaveEnd: '2025-01-24', workStatus: 'working' }, '2025-02-01');
    await tx.episodes.start({ workerId: ann, onsetDate: '2024-11-20', sickLeaveStart: '2024-12-01', sickLeaveEnd: '2025-01-05', workStatus: 'working' }, '2025-01-06');
    await tx.episodes.start({ workerId: zoe, onsetDate: '2025-12-18', sickLeaveStart: '2025-12-20', sickLeaveEnd: null, workStatus: 'offWork' }, '2026-02-01');
    const task = { employerId, jobPositionId: picker, loadKg: 15, horizontalCm: 40, verticalCm: 75, distanceCm: 50, asymmetryDeg: 0, frequencyPerMin: 2, durationHours: 2, coupling: 'fair', assessedOn: '2025-06-01', assessor: 'Preventieadviseur' };
    await tx.liftingTasks.save(liftingTaskInputSchema.parse({ ...task, name: 'Dozen stapelen' }), { rwlKg: 12, liftingIndex: 1.25, band: 'increased' });
    await tx.liftingTasks.save(liftingTaskInputSchema.parse({ ...task, name: 'banden tillen' }), { rwlKg: 12, liftingIndex: 1.25, band: 'increased' });
    await tx.liftingTasks.save(liftingTaskInputSchema.parse({ ...task, name: 'Kratten' }), { rwlKg: 20, liftingIndex: 0.75, band: 'acceptable' });
    // A worker renamed keeps only the new name's words.
    const renamed = (await tx.workers.get(bart))!;
    await tx.workers.save(workerInputSchema.parse({ ...renamed, firstName: 'Bart', lastName: 'Mertens', rowVersion: renamed.rowVersion }));
    return employerId;
  });
}

beforeAll(async () => {
  sqliteStore = openStore(join(temporaryDirectory(), 'practice.sqlite'), clock);
  postgres = openPostgresDatabase({ connection: await cluster().createDatabase(), poolSize: 2 });
  await migratePostgres(postgres);
  engines.sqlite = sqliteStore;
  engines.postgres = openRepositories(postgres, clock);
  employers.sqlite = await fillPractice(engines.sqlite);
  employers.postgres = await fillPractice(engines.postgres);
});

afterAll(async () => {
  sqliteStore?.close();
  await postgres?.close();
});

/** What `ask` answers on each engine, with the employer's id passed in; both must be equal. */
async function onBoth<T>(ask: (repositories: Repositories, employerId: number) => Promise<T>): Promise<T> {
  const [onSqlite, onPostgres] = [await ask(engines.sqlite, employers.sqlite), await ask(engines.postgres, employers.postgres)];
  expect(onPostgres).toEqual(onSqlite);
  return onSqlite;
}

const lastNames = (found: Array<{ lastName: string }>) => found.map((worker) => worker.lastName);

describe('workers', () => {
  it('are found by surname prefix, by name words in any order and by personnel number, alike', async () => {
    expect(lastNames(await onBoth((r) => r.workers.search('', null, 10)))).toEqual(['Çelik', 'Mertens', 'Peeters', 'van den Berg', 'Vandenberghe']);
    expect(lastNames(await onBoth((r) => r.workers.search('van', null, 10)))).toEqual(['van den Berg', 'Vandenberghe']);
    expect(lastNames(await onBoth((r) => r.workers.search('ann', null, 10)))).toEqual(['Peeters', 'Vandenberghe']);
    expect(lastNames(await onBoth((r) => r.workers.search('berg emile', null, 10)))).toEqual(['van den Berg']);
    expect(lastNames(await onBoth((r) => r.workers.search('van den berg em', null, 10)))).toEqual(['van den Berg']);
    expect(lastNames(await onBoth((r) => r.workers.search('van den berg ann', null, 10)))).toEqual([]);
    expect(lastNames(await onBoth((r) => r.workers.search('celik zoe', null, 10)))).toEqual(['Çelik']);
    expect(lastNames(await onBoth((r) => r.workers.search('maes', null, 10)))).toEqual([]);
    expect(lastNames(await onBoth((r) => r.workers.search('p-10', null, 10)))).toEqual(['Çelik', 'Vandenberghe']);
    expect(lastNames(await onBoth((r, employerId) => r.workers.search('a', employerId + 1, 10)))).toEqual([]);
  });

  it('are read back with their workplace', async () => {
    const worker = await onBoth(async (r) => {
      const [found] = await r.workers.search('peeters', null, 1);
      const { firstName, lastName, personnelNumber, employerName, departmentName, jobTitle, birthDate } = (await r.workers.get(found?.id ?? 0))!;
      return { firstName, lastName, personnelNumber, employerName, departmentName, jobTitle, birthDate };
    });
    expect(worker).toEqual({
      firstName: 'Ann',
      lastName: 'Peeters',
      personnelNumber: 'P-002',
      employerName: 'Testbedrijf',
      departmentName: 'magazijn',
      jobTitle: 'orderpicker',
      birthDate: '1980-05-01',
    });
  });
});

describe('workplace aggregates', () => {
  const year2025 = (employerId: number) => ({ employerId, departmentId: null, jobPositionId: null, from: '2025-01-01', to: '2025-12-31', today: '2026-03-16' });
  const withoutIds = <T extends { departmentId: number | null; jobPositionId: number | null }>(rows: T[]) =>
    rows.map(({ departmentId, jobPositionId, ...rest }) => ({ ...rest, department: departmentId !== null, job: jobPositionId !== null }));

  it('list departments and jobs ignoring case, in the same order', async () => {
    const names = async (r: Repositories, employerId: number) => ({
      departments: (await r.aggregates.departments(employerId)).map((d) => d.name),
      jobs: (await r.aggregates.jobs(employerId)).map((j) => j.name),
    });
    expect(await onBoth(names)).toEqual({ departments: ['Kantoor', 'magazijn', 'Zaal'], jobs: ['Boekhouder', 'orderpicker'] });
  });

  it('count the workforce and the days of sick leave within the period', async () => {
    const groups = await onBoth(async (r, employerId) => withoutIds((await r.aggregates.period(year2025(employerId), [], { riskFactors: false })).groups));
    expect(groups).toEqual(
      expect.arrayContaining([
        { workforce: 3, workersSeen: 0, episodes: 0, consultations: 0, sickLeaveDays: 15, department: true, job: true },
        { workforce: 2, workersSeen: 0, episodes: 0, consultations: 0, sickLeaveDays: 12, department: true, job: false },
      ]),
    );
  });

  it('split the days of sick leave over the quarters given', async () => {
    const bounds = [
      { quarter: '2025-Q1', from: '2025-01-01', to: '2025-03-31' },
      { quarter: '2025-Q4', from: '2025-10-01', to: '2025-12-31' },
    ];
    expect(await onBoth(async (r, employerId) => (await r.aggregates.period(year2025(employerId), bounds, { riskFactors: false })).quarters)).toEqual([
      { quarter: '2025-Q1', workersSeen: 0, episodes: 0, sickLeaveDays: 15 },
      { quarter: '2025-Q4', workersSeen: 0, episodes: 0, sickLeaveDays: 12 },
    ]);
  });
});

describe('lifting tasks', () => {
  it('are listed by job and name ignoring case, and the highest indexes and the bands counted, alike', async () => {
    const scope = (employerId: number) => ({ employerId, departmentId: null, jobPositionId: null, from: '2025-01-01', to: '2025-12-31', today: '2026-03-16' });
    const found = await onBoth(async (r, employerId) => ({
      names: (await r.liftingTasks.forEmployer(employerId)).map((t) => `${t.jobTitle}: ${t.name}`),
      highest: (await r.aggregates.liftingHighest(scope(employerId))).map((t) => [t.name, t.liftingIndex]),
      bands: (await r.aggregates.liftingBands(scope(employerId))).sort((a, b) => a.band.localeCompare(b.band)),
      ...(({ latestStates, riskFactors }) => ({ latestStates, riskFactors }))(await r.aggregates.period(scope(employerId), [], { riskFactors: true })),
    }));
    expect(found).toEqual({
      names: ['orderpicker: banden tillen', 'orderpicker: Dozen stapelen', 'orderpicker: Kratten'],
      highest: [['Dozen stapelen', 1.25], ['banden tillen', 1.25], ['Kratten', 0.75]],
      bands: [{ band: 'acceptable', n: 1 }, { band: 'increased', n: 2 }],
      latestStates: [],
      riskFactors: [],
    });
  });
});

describe('open episodes', () => {
  it('are given for a list of workers, read from a JSON array of ids, alike', async () => {
    const statuses = await onBoth(async (r) => {
      const workers = await r.workers.search('', null, 10);
      const nameOf = new Map(workers.map((worker) => [worker.id, worker.lastName]));
      const found = await r.episodes.openStatuses(workers.map((worker) => worker.id));
      return found.map(({ workerId, ...status }) => ({ ...status, worker: nameOf.get(workerId) })).sort((a, b) => a.onsetDate.localeCompare(b.onsetDate));
    });
    expect(statuses).toEqual([
      { worker: 'Peeters', onsetDate: '2024-11-20', workStatus: 'working', lastConsultation: null, plan: null, planSavedOn: null },
      { worker: 'van den Berg', onsetDate: '2025-01-10', workStatus: 'working', lastConsultation: null, plan: null, planSavedOn: null },
      { worker: 'Çelik', onsetDate: '2025-12-18', workStatus: 'offWork', lastConsultation: null, plan: null, planSavedOn: null },
    ]);
  });

  it('reach the agenda only once a consultation is final, on both engines', async () => {
    expect(
      await onBoth(async (r) => {
        const [worker] = await r.workers.search('celik', null, 1);
        return r.agenda.openEpisodesOfWorker(worker?.id ?? 0);
      }),
    ).toEqual([]);
  });
});

describe('a correction of a signed consultation', () => {
  it('is refused when made from an older version, also while another correction is still being written', async () => {
    const answers = await onBoth(async (r) => {
      await r.practice.create(practiceSettingsSchema.parse({ name: 'Testpraktijk', jurisdiction: 'NL', language: 'nl' }));
      const doctor = { id: await r.users.create({ name: 'Dr. Test', role: 'doctor', passphraseHash: 'x' }), name: 'Dr. Test' };
      const [worker] = await r.workers.search('peeters', null, 1);
      const workerId = worker?.id ?? 0;
      const signed = await saveConsultation(r, { workerId, consultationId: null, intake: intakeSchema.parse(acuteIntake({ findings: 'Eerste tekst.' })) }, doctor);
      const { evaluation } = (await r.consultations.get(signed.id)) ?? {};
      if (evaluation === undefined) throw new Error('signed consultation not stored');
      const record = { id: signed.id, workerId, episodeId: signed.episodeId, doctorId: doctor.id, evaluation };
      const correct = (findings: string, basedOnVersion: number) =>
        r
          .transaction((tx) => tx.consultations.save({ ...record, intake: { ...signed.intake, findings } }, { amendedBy: doctor.id, reason: 'Aangevuld', basedOnVersion }))
          .then(
            () => findings,
            (error: unknown) => (error instanceof RefusedError ? error.code : String(error)),
          );
      // Two corrections from version 1 at once: the later waits for the first (PostgreSQL holds the row) and is refused.
      const atOnce = await Promise.all([correct('Tweede tekst.', 1), correct('Derde tekst.', 1)]);
      const stored = (await r.consultations.get(signed.id))?.consultation;
      const fromCurrent = await correct('Derde tekst.', consultationVersion(stored ?? signed));
      return { atOnce, stored: stored?.amendments.map((a) => a.previousIntake.findings), fromCurrent };
    });
    expect(answers).toEqual({ atOnce: ['Tweede tekst.', 'changedMeanwhile'], stored: ['Eerste tekst.'], fromCurrent: 'Derde tekst.' });
  });
});

describe('sign-in failures', () => {
  it('are read back under their own names', async () => {
    const state = { failures: 3, lastFailureAt: '2026-03-16T09:30:00.000Z', lockedUntil: '2026-03-16T09:35:00.000Z' };
    expect(
      await onBoth(async (r) => {
        await r.signInFailures.save('Dr. Test', state);
        return r.signInFailures.get('Dr. Test');
      }),
    ).toEqual(state);
  });
});

describe('dossiers past the retention term', () => {
  it('are found by their latest change and erased with their name words', async () => {
    const erased = await onBoth(async (r) => {
      const before = (await r.retention.pastTerm('2026-12-31')).map(({ name, lastChange }) => ({ name, lastChange }));
      const [worker] = await r.workers.search('peeters', null, 1);
      await r.transaction((tx) => tx.retention.erase(worker?.id ?? 0));
      return { before, after: (await r.retention.pastTerm('2026-12-31')).length, found: (await r.workers.search('ann', null, 10)).length };
    });
    expect(erased.before).toHaveLength(5);
    expect(erased.before.every((dossier) => dossier.lastChange === clock.now())).toBe(true);
    expect(erased).toMatchObject({ after: 4, found: 1 });
    expect(await onBoth((r) => r.retention.pastTerm('2026-03-16T09:00:00.000Z'))).toEqual([]);
  });
});
