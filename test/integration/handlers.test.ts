import { describe, expect, it } from 'vitest';
import { channels } from '../../src/shared/ipc';
import { isWorkingDay } from '../../src/shared/rules';
import { doctorAccount, employerWithJob, fixedClock, practiceWithDoctor, rowCount, valueOf } from '../support/practiceFixture';

const validWorker = {
  personnelNumber: 'P-0042',
  firstName: 'Sofie',
  lastName: 'Peeters',
  birthDate: '1984-11-02',
  contractHoursPerWeek: 32,
};

describe('the handler map', () => {
  it('refuses every call but the public ones before sign-in', async () => {
    const practice = await practiceWithDoctor();
    await practice.handlers.call('auth.signOut', {});
    expect(await practice.handlers.call('workers.search', { query: '' })).toEqual({ ok: false, error: { code: 'unauthenticated' } });
    expect((await practice.handlers.call('app.status', {})).ok).toBe(true);
  });

  it('answers an unknown channel with notFound instead of throwing', async () => {
    const practice = await practiceWithDoctor();
    expect(await practice.handlers.invoke('workers.drop', {})).toEqual({ ok: false, error: { code: 'notFound' } });
  });

  it('sets up a practice once only', async () => {
    const practice = await practiceWithDoctor();
    const again = await practice.handlers.call('practice.initialize', {
      practice: { name: 'Tweede', jurisdiction: 'BE', language: 'fr' },
      account: { name: 'Iemand', role: 'doctor', passphrase: 'een andere wachtzin' },
    });
    expect(again).toEqual({ ok: false, error: { code: 'alreadyInitialized' } });
    expect(valueOf(await practice.handlers.call('practice.settings', {})).name).toBe('Testpraktijk');
  });

  it('stores a scrypt hash, never the passphrase, and signs in only with the right one', async () => {
    const practice = await practiceWithDoctor();
    const stored = await practice.store.sql.get<{ passphrase_hash: string }>('SELECT passphrase_hash FROM users');
    expect(stored?.passphrase_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(stored?.passphrase_hash).not.toContain(doctorAccount.passphrase);

    const wrong = await practice.handlers.call('auth.signIn', { name: doctorAccount.name, passphrase: 'niet de wachtzin' });
    expect(wrong).toEqual({ ok: false, error: { code: 'invalidCredentials' } });
    const unknown = await practice.handlers.call('auth.signIn', { name: 'Niemand', passphrase: doctorAccount.passphrase });
    expect(unknown).toEqual({ ok: false, error: { code: 'invalidCredentials' } });
    const right = await practice.handlers.call('auth.signIn', { name: 'dr. test ARTS', passphrase: doctorAccount.passphrase });
    expect(valueOf(right).name).toBe(doctorAccount.name);
  });

  it('refuses invalid payloads with translatable codes per field and writes nothing', async () => {
    const practice = await practiceWithDoctor();
    const { employerId } = await employerWithJob(practice.handlers);
    const logBefore = await rowCount(practice.store.sql, 'access_log');
    const result = await practice.handlers.call('workers.save', {
      ...validWorker,
      employerId,
      firstName: '   ',
      birthDate: '1984-02-30',
      contractHoursPerWeek: 90,
      email: 'geen-adres',
    });
    expect(result.ok).toBe(false);
    if (result.ok || result.error.code !== 'validation') throw new Error('expected a validation error');
    const byField = Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.code]));
    expect(byField).toEqual({ firstName: 'required', birthDate: 'date', contractHoursPerWeek: 'hoursRange', email: 'email' });
    expect(await rowCount(practice.store.sql, 'workers')).toBe(0);
    expect(await rowCount(practice.store.sql, 'access_log')).toBe(logBefore);
  });

  it('refuses a text holding U+0000 by its field, which PostgreSQL could not store, and writes nothing', async () => {
    const practice = await practiceWithDoctor();
    const { employerId } = await employerWithJob(practice.handlers);
    const result = await practice.handlers.call('workers.save', { ...validWorker, employerId, lastName: 'Pee\u0000ters' });
    expect(result).toEqual({ ok: false, error: { code: 'validation', issues: [{ path: ['lastName'], code: 'nulCharacter' }] } });
    expect(await rowCount(practice.store.sql, 'workers')).toBe(0);
  });

  it('refuses a department of another employer and a birth date in the future', async () => {
    const practice = await practiceWithDoctor();
    const first = await employerWithJob(practice.handlers);
    const other = valueOf(await practice.handlers.call('workplace.saveEmployer', { name: 'Ander bedrijf', sector: 'other' }));
    const result = await practice.handlers.call('workers.save', {
      ...validWorker,
      employerId: other,
      departmentId: first.departmentId,
      birthDate: '2030-01-01',
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'validation',
        issues: [
          { path: ['departmentId'], code: 'invalid' },
          { path: ['birthDate'], code: 'birthDateFuture' },
        ],
      },
    });
    expect(await rowCount(practice.store.sql, 'workers')).toBe(0);
  });

  it('refuses a second worker with the same personnel number at the employer and keeps the first intact', async () => {
    const practice = await practiceWithDoctor();
    const { employerId } = await employerWithJob(practice.handlers);
    const first = valueOf(await practice.handlers.call('workers.save', { ...validWorker, employerId }));
    const logBefore = await rowCount(practice.store.sql, 'access_log');
    const duplicate = await practice.handlers.call('workers.save', {
      ...validWorker,
      employerId,
      personnelNumber: 'p 0042',
      firstName: 'Ander',
    });
    expect(duplicate).toEqual({ ok: false, error: { code: 'duplicatePersonnelNumber', personnelNumber: 'p 0042' } });
    expect(await rowCount(practice.store.sql, 'workers')).toBe(1);
    expect(await rowCount(practice.store.sql, 'access_log')).toBe(logBefore);
    expect(valueOf(await practice.handlers.call('workers.get', { id: first.id })).firstName).toBe('Sofie');
  });

  it('logs who read and who changed a dossier, with role and worker', async () => {
    const practice = await practiceWithDoctor();
    const { employerId, jobPositionId } = await employerWithJob(practice.handlers);
    const saved = valueOf(await practice.handlers.call('workers.save', { ...validWorker, employerId, jobPositionId }));
    await practice.as('nurse', 'Verpleegkundige Els');
    valueOf(await practice.handlers.call('workers.get', { id: saved.id }));

    const log = await practice.store.accessLog.forWorker(saved.id);
    expect(log.map(({ userName, role, action, channel, outcome, workerId }) => ({ userName, role, action, channel, outcome, workerId }))).toEqual([
      { userName: 'Verpleegkundige Els', role: 'nurse', action: 'read', channel: 'workers.get', outcome: 'allowed', workerId: saved.id },
      { userName: doctorAccount.name, role: 'doctor', action: 'write', channel: 'workers.save', outcome: 'allowed', workerId: saved.id },
    ]);
    expect(log[0]?.at).toBe('2026-03-16T09:30:00.000Z');
  });

  it('refuses dossiers to a prevention advisor and logs the refusal', async () => {
    const practice = await practiceWithDoctor();
    const { employerId } = await employerWithJob(practice.handlers);
    const saved = valueOf(await practice.handlers.call('workers.save', { ...validWorker, employerId }));
    await practice.as('preventionAdvisor', 'Adviseur Tom');

    expect(await practice.handlers.call('workers.get', { id: saved.id })).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await practice.handlers.call('workers.search', { query: 'peeters' })).toEqual({ ok: false, error: { code: 'forbidden' } });
    const refusal = (await practice.store.accessLog.forWorker(saved.id))[0];
    expect(refusal).toMatchObject({ userName: 'Adviseur Tom', role: 'preventionAdvisor', channel: 'workers.get', outcome: 'denied' });
    // Workplaces are the advisor's own ground.
    expect(valueOf(await practice.handlers.call('workplace.list', {}))).toHaveLength(1);
  });

  it('does not let a nurse change practice settings or accounts', async () => {
    const practice = await practiceWithDoctor();
    await practice.as('nurse');
    expect(await practice.handlers.call('accounts.list', {})).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(
      await practice.handlers.call('practice.updateSettings', { name: 'X', jurisdiction: 'BE', language: 'nl', smallCellK: 5, orebroCutOff: 50, rowVersion: 1 }),
    ).toEqual({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses a small-cell threshold below 3', async () => {
    const practice = await practiceWithDoctor();
    const result = await practice.handlers.call('practice.updateSettings', {
      name: 'Testpraktijk',
      jurisdiction: 'NL',
      language: 'nl',
      smallCellK: 2,
      orebroCutOff: 50,
      rowVersion: 1,
    });
    expect(result).toEqual({ ok: false, error: { code: 'validation', issues: [{ path: ['smallCellK'], code: 'smallCellK' }] } });
  });

  it('loads the fictitious demo practice once, into an empty practice only', async () => {
    const practice = await practiceWithDoctor();
    expect(valueOf(await practice.handlers.call('practice.loadDemo', {})).workers).toBe(50);
    const employers = valueOf(await practice.handlers.call('workplace.list', {}));
    expect(employers.length).toBeGreaterThanOrEqual(3);
    expect(employers.every((employer) => employer.name.startsWith('Demo '))).toBe(true);
    expect(employers.reduce((sum, employer) => sum + employer.workerCount, 0)).toBe(50);
    expect(await practice.handlers.call('practice.loadDemo', {})).toEqual({ ok: false, error: { code: 'practiceNotEmpty' } });
  });

  it('dates the demo practice’s follow-ups on working days of its country', async () => {
    // Monday 16-03-2026: 5 days on is a Saturday. Wednesday 01-04-2026: 5 days on is Easter Monday, 3 days back a Sunday.
    for (const [day, jurisdiction] of [['2026-03-16', 'NL'], ['2026-04-01', 'BE']] as const) {
      const practice = await practiceWithDoctor({ jurisdiction, clock: fixedClock(day) });
      valueOf(await practice.handlers.call('practice.loadDemo', {}));
      const followUps = await practice.store.sql.all<{ date: string }>(
        'SELECT follow_up_date AS date FROM consultations WHERE follow_up_date IS NOT NULL ORDER BY follow_up_date',
      );
      expect(followUps.length).toBe(3);
      expect(followUps.filter(({ date }) => !isWorkingDay(date, jurisdiction))).toEqual([]);
      // One follow-up stays overdue, the others are still to come.
      expect(followUps.filter(({ date }) => date < day).length).toBe(1);
      await practice.practice.close();
    }
  });

  it('marks every channel that reads or writes a worker as a dossier channel requiring a dossier permission', () => {
    for (const [name, definition] of Object.entries(channels)) {
      const dossier = 'dossier' in definition ? definition.dossier : undefined;
      if (dossier) expect([`dossier.${dossier}`, 'dossier.read', 'dossier.write'], name).toContain(definition.access);
    }
  });
});
