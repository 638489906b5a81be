import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPractice } from '../../src/main/openPractice';
import { lockedSignInFileName } from '../../src/main/services/auth/lockedSignIns';
import { SESSION_HOURS, signedOutSession } from '../../src/main/services/auth/session';
import { doctorAccount, sqlitePracticeWithDoctor, valueOf } from '../support/practiceFixture';
import { accountLog, movableClock, wrong } from '../support/signInFixture';
import { warehouseWorker } from './clinicalFixture';

/*
 * A workstation's encrypted file between sign-ins (after a sign-out, or a session that ended):
 * closed, its key wiped, its sign-in throttle kept beside it until the file opens again. (A
 * practice on PostgreSQL is always open: signIn.test.ts covers throttling and sessions on both
 * engines.)
 */

/** A signed-out practice whose file was held open, so that the sign-out could be logged. */
async function signedOut() {
  const time = movableClock();
  const opened = await sqlitePracticeWithDoctor({ clock: time.clock });
  opened.practice.vault.holdOpen();
  valueOf(await opened.handlers.call('auth.signOut', {}));
  return { ...opened, ...time };
}

describe('signing in while the file is locked', () => {
  it('throttles wrong passphrases while the file is still locked, and logs them once it opens', async () => {
    const { directory, practice: opened, clock, advance } = await signedOut();
    opened.close();
    const reopened = openPractice(directory, { clock });
    expect(reopened.vault.state()).toBe('locked');
    const waits = [];
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      let answer = await reopened.handlers.call('auth.signIn', wrong);
      while (!answer.ok && answer.error.code === 'signInDelayed') {
        waits.push(answer.error.seconds);
        advance(answer.error.seconds);
        answer = await reopened.handlers.call('auth.signIn', wrong);
      }
      expect(answer.ok).toBe(false);
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 60]);
    expect(await reopened.handlers.call('auth.signIn', doctorAccount)).toEqual({ ok: false, error: { code: 'signInLocked', minutes: 15 } });
    expect(reopened.vault.state()).toBe('locked');
    // Beside the file: counters and refusals, no name.
    const beside = readFileSync(join(directory, lockedSignInFileName), 'utf8');
    expect(beside.toLowerCase()).not.toContain('test arts');

    advance(15 * 60);
    valueOf(await reopened.handlers.call('auth.signIn', doctorAccount));
    const log = (await accountLog(reopened.store.sql)).filter((row) => row.userName === null);
    expect(log).toEqual([
      { action: 'signInFailed', channel: 'auth.signIn', userName: null, outcome: 'denied', count: 10 },
      { action: 'signInThrottled', channel: 'auth.signIn', userName: null, outcome: 'denied', count: 8 },
      { action: 'lockout', channel: 'auth.signIn', userName: null, outcome: 'denied', count: 1 },
    ]);
    expect(JSON.parse(readFileSync(join(directory, lockedSignInFileName), 'utf8')).pending).toEqual([]);
    reopened.close();
  });
});

describe('signing out', () => {
  it('closes the practice file and drops its key until the next sign-in opens it again', async () => {
    const { practice: opened, handlers } = await sqlitePracticeWithDoctor();
    const worker = await warehouseWorker(handlers);
    const key = opened.vault.databaseKey();
    valueOf(await handlers.call('auth.signOut', {}));
    expect(opened.vault.state()).toBe('locked');
    expect(opened.vault.store).toBeNull();
    expect(() => opened.store).toThrow(/locked/);
    // The key's bytes are wiped, not only let go.
    expect(key.every((byte) => byte === 0)).toBe(true);
    expect(() => opened.vault.databaseKey()).toThrow();
    expect(valueOf(await handlers.call('app.status', {})).user).toBeNull();

    valueOf(await handlers.call('auth.signIn', doctorAccount));
    expect(opened.vault.state()).toBe('open');
    expect(valueOf(await handlers.call('workers.get', { id: worker.id })).lastName).toBe(worker.lastName);
    expect((await accountLog(opened.store.sql)).map((row) => row.action)).toEqual(['signIn', 'signOut', 'signIn']);
    opened.close();
  });

  it('keeps the file open while another session is still signed in, and closes it after the last one', async () => {
    const { practice: opened, handlers } = await sqlitePracticeWithDoctor();
    const otherDesk = signedOutSession('192.168.1.20');
    valueOf(await handlers.call('auth.signIn', doctorAccount, otherDesk));
    valueOf(await handlers.call('auth.signOut', {}));
    expect(opened.vault.state()).toBe('open');
    expect(valueOf(await handlers.call('workplace.list', {}, otherDesk))).toEqual([]);
    valueOf(await handlers.call('auth.signOut', {}, otherDesk));
    expect(opened.vault.state()).toBe('locked');
    opened.close();
  });
});

describe('a session that ends by itself', () => {
  it('closes the practice file after 12 hours, as a sign-out does, and the next sign-in opens it again', async () => {
    const time = movableClock();
    const { practice: opened, handlers } = await sqlitePracticeWithDoctor({ clock: time.clock });
    time.advance(SESSION_HOURS * 3600);
    expect(await handlers.call('workplace.list', {})).toEqual({ ok: false, error: { code: 'unauthenticated' } });
    expect(opened.vault.state()).toBe('locked');
    valueOf(await handlers.call('auth.signIn', doctorAccount));
    expect((await accountLog(opened.store.sql)).map((row) => row.action)).toEqual(['signIn', 'sessionExpired', 'signIn']);
    opened.close();
  });

  it('closes the practice file when wrong passwords at the locked screen end the session', async () => {
    const time = movableClock();
    const { practice: opened, handlers } = await sqlitePracticeWithDoctor({ clock: time.clock });
    valueOf(await handlers.call('auth.lock', {}));
    let answer = await handlers.call('auth.unlock', { passphrase: wrong.passphrase });
    while (!(answer.ok === false && answer.error.code === 'signInLocked')) {
      if (answer.ok === false && answer.error.code === 'signInDelayed') time.advance(answer.error.seconds);
      answer = await handlers.call('auth.unlock', { passphrase: wrong.passphrase });
    }
    expect(valueOf(await handlers.call('app.status', {})).user).toBeNull();
    expect(opened.vault.state()).toBe('locked');
    opened.close();
  }, 60_000);
});
