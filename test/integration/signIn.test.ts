import { describe, expect, it } from 'vitest';
import { SESSION_HOURS } from '../../src/main/services/auth/session';
import { MIN_IDLE_LOCK_MINUTES } from '../../src/shared/model';
import { doctorAccount, keepOpenAfterSignOut, practiceWithDoctor, valueOf } from '../support/practiceFixture';
import { accountLog, movableClock, wrong } from '../support/signInFixture';
import { warehouseWorker } from './clinicalFixture';

/* Sign-in under attack: throttling, lockout, the access log, sessions that end and a screen that locks. */

/**
 * A signed-out practice that stays open, as on a practice server: sign-in is throttled in the
 * database (a workstation's file closes at sign-out; its throttle beside the file is in
 * lockedPracticeFile.test.ts).
 */
async function practice() {
  const time = movableClock();
  const opened = await practiceWithDoctor({ clock: time.clock });
  keepOpenAfterSignOut(opened.practice);
  valueOf(await opened.handlers.call('auth.signOut', {}));
  return { ...opened, ...time };
}

describe('signing in', () => {
  it('makes each failure after the second wait longer, locks the account after 10, and refuses the right passphrase meanwhile', async () => {
    const { handlers, store, advance } = await practice();
    const answers = [];
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      let answer = await handlers.call('auth.signIn', wrong);
      // Waiting is enforced: the same guess at once is refused unchecked, after the delay it is checked.
      while (!answer.ok && answer.error.code === 'signInDelayed') {
        answers.push(answer.error);
        advance(answer.error.seconds);
        answer = await handlers.call('auth.signIn', wrong);
      }
      expect(answer.ok).toBe(false);
    }
    expect(answers).toEqual([1, 2, 4, 8, 16, 32, 60].map((seconds) => ({ code: 'signInDelayed', seconds })));
    // (each check is a full scrypt derivation: this test and the next take a few seconds)

    // The 10th failure locked the account: the right passphrase is refused for 15 minutes.
    expect(await handlers.call('auth.signIn', doctorAccount)).toEqual({ ok: false, error: { code: 'signInLocked', minutes: 15 } });
    advance(14 * 60);
    expect(await handlers.call('auth.signIn', doctorAccount)).toEqual({ ok: false, error: { code: 'signInLocked', minutes: 1 } });
    advance(60);
    expect(valueOf(await handlers.call('auth.signIn', doctorAccount)).name).toBe(doctorAccount.name);

    expect(await accountLog(store.sql)).toEqual([
      { action: 'signIn', channel: 'practice.initialize', userName: doctorAccount.name, outcome: 'allowed', count: 1 },
      { action: 'signOut', channel: 'auth.signOut', userName: doctorAccount.name, outcome: 'allowed', count: 1 },
      { action: 'signInFailed', channel: 'auth.signIn', userName: doctorAccount.name, outcome: 'denied', count: 10 },
      { action: 'signInThrottled', channel: 'auth.signIn', userName: doctorAccount.name, outcome: 'denied', count: 9 },
      { action: 'lockout', channel: 'auth.signIn', userName: doctorAccount.name, outcome: 'denied', count: 1 },
      { action: 'signIn', channel: 'auth.signIn', userName: doctorAccount.name, outcome: 'allowed', count: 1 },
    ]);
  }, 30_000);

  it('throttles the machine too: guessing many names is slowed and locked as a whole', async () => {
    const { handlers, store, clock, advance } = await practice();
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      expect(await handlers.call('auth.signIn', { name: `Gok ${attempt}`, passphrase: 'een willekeurige gok' })).toEqual({ ok: false, error: { code: 'invalidCredentials' } });
    }
    // Three different names, each failed once: the machine counts three, and the next name waits.
    expect((await store.signInFailures.get('machine'))?.failures).toBe(3);
    expect(await handlers.call('auth.signIn', { name: 'Gok 4', passphrase: 'een willekeurige gok' })).toEqual({ ok: false, error: { code: 'signInDelayed', seconds: 1 } });
    // 29 failures so far (as if guessed over the last minutes): the 30th locks the machine.
    advance(60);
    await store.signInFailures.save('machine', { failures: 29, lastFailureAt: clock.now(), lockedUntil: null });
    advance(60);
    expect(await handlers.call('auth.signIn', { name: 'Gok 30', passphrase: 'een willekeurige gok' })).toEqual({ ok: false, error: { code: 'invalidCredentials' } });
    // A real account from this machine waits too.
    expect(await handlers.call('auth.signIn', doctorAccount)).toEqual({ ok: false, error: { code: 'signInLocked', minutes: 15 } });
    const machineLockout = (await accountLog(store.sql)).find((row) => row.action === 'lockout');
    expect(machineLockout).toEqual({ action: 'lockout', channel: 'auth.signIn', userName: null, outcome: 'denied', count: 1 });
  });

  it('forgets failures 15 minutes after the last one', async () => {
    const { handlers, advance } = await practice();
    const refused = { ok: false, error: { code: 'invalidCredentials' } };
    for (let i = 0; i < 3; i += 1) expect(await handlers.call('auth.signIn', wrong)).toEqual(refused);
    expect(await handlers.call('auth.signIn', wrong)).toEqual({ ok: false, error: { code: 'signInDelayed', seconds: 1 } });
    advance(15 * 60);
    for (let i = 0; i < 3; i += 1) expect(await handlers.call('auth.signIn', wrong)).toEqual(refused);
  }, 30_000);

  it('cannot be raced: parallel guesses are checked one after the other', async () => {
    const { handlers } = await practice();
    const answers = await Promise.all(Array.from({ length: 8 }, () => handlers.call('auth.signIn', wrong)));
    const codes = answers.map((answer) => (answer.ok ? 'ok' : answer.error.code));
    expect(codes.filter((code) => code === 'invalidCredentials')).toHaveLength(3);
    expect(codes.filter((code) => code === 'signInDelayed')).toHaveLength(5);
  }, 30_000);
});

describe('a session', () => {
  it('locks after the practice’s idle time, refuses everything but unlock and sign-out, and keeps the draft', async () => {
    const { handlers, store, advance } = await practice();
    valueOf(await handlers.call('auth.signIn', doctorAccount));
    const settings = valueOf(await handlers.call('practice.settings', {}));
    valueOf(await handlers.call('practice.updateSettings', { ...settings, idleLockMinutes: 5 }));
    const worker = await warehouseWorker(handlers);
    valueOf(await handlers.call('consultations.saveDraft', { workerId: worker.id, consultationId: null, rowVersion: null, document: { findings: 'half getypt' } }));

    advance(4 * 60 + 59);
    valueOf(await handlers.call('workers.get', { id: worker.id }));
    advance(5 * 60);
    expect(await handlers.call('workers.get', { id: worker.id })).toEqual({ ok: false, error: { code: 'locked' } });
    expect(valueOf(await handlers.call('app.status', {}))).toMatchObject({ locked: true, idleLockMinutes: 5, user: { name: doctorAccount.name } });
    expect(await handlers.call('auth.unlock', { passphrase: 'niet de goede wachtzin' })).toEqual({ ok: false, error: { code: 'invalidCredentials' } });
    expect(valueOf(await handlers.call('auth.unlock', { passphrase: doctorAccount.passphrase })).name).toBe(doctorAccount.name);

    const opened = valueOf(await handlers.call('consultations.open', { workerId: worker.id, consultationId: null }));
    expect(opened.draft?.document).toEqual({ findings: 'half getypt' });
    expect((await accountLog(store.sql)).map((row) => [row.action, row.outcome])).toEqual([
      ['signIn', 'allowed'],
      ['signOut', 'allowed'],
      ['signIn', 'allowed'],
      ['lock', 'allowed'],
      ['locked', 'denied'],
      ['signInFailed', 'denied'],
      ['unlock', 'allowed'],
    ]);
  });

  it('locks at the shortest idle time a practice may set, to the second', async () => {
    const { handlers, advance } = await practice();
    valueOf(await handlers.call('auth.signIn', doctorAccount));
    const settings = valueOf(await handlers.call('practice.settings', {}));
    valueOf(await handlers.call('practice.updateSettings', { ...settings, idleLockMinutes: MIN_IDLE_LOCK_MINUTES }));
    for (let call = 0; call < 3; call += 1) {
      advance(59);
      valueOf(await handlers.call('workplace.list', {}));
    }
    advance(60);
    expect(await handlers.call('workplace.list', {})).toEqual({ ok: false, error: { code: 'locked' } });
  });

  it('locks at once when asked, and ends after 12 hours however active', async () => {
    const { handlers, advance } = await practice();
    valueOf(await handlers.call('auth.signIn', doctorAccount));
    valueOf(await handlers.call('auth.lock', {}));
    expect(await handlers.call('workplace.list', {})).toEqual({ ok: false, error: { code: 'locked' } });
    valueOf(await handlers.call('auth.unlock', { passphrase: doctorAccount.passphrase }));
    // Used every 9 minutes, never idle long enough to lock.
    for (let minutes = 9; minutes < SESSION_HOURS * 60; minutes += 9) {
      advance(9 * 60);
      valueOf(await handlers.call('workplace.list', {}));
    }
    advance(9 * 60);
    expect(await handlers.call('workplace.list', {})).toEqual({ ok: false, error: { code: 'unauthenticated' } });
    expect(valueOf(await handlers.call('app.status', {})).user).toBeNull();
  });
});
