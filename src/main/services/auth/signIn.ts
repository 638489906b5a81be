import type { User } from '../../../shared/model';
import { RefusedError, SignInThrottledError } from '../domainError';
import { authenticate } from '../practice/accounts';
import type { Repositories } from '../store/store';
import { accountNameKey } from '../store/userRepository';
import { accountSubject, placeSubject, signInThrottle } from './signInThrottle';

/** Where a passphrase is checked: signing in, unlocking the screen, or changing it. */
export type CheckedChannel = 'auth.signIn' | 'auth.unlock' | 'accounts.changePassphrase';

/**
 * Passphrase checks under the throttle of the account (by the name given) and of the place the
 * attempt comes from (this machine, or the workstation's address on a practice server),
 * each recorded in the access log: refused unchecked while they must wait; a failure counts for
 * both, a success clears the account's. One check at a time, so parallel guesses gain nothing.
 */
export function signInChecker(store: Repositories) {
  const throttle = signInThrottle(store.signInFailures);
  let checking: Promise<unknown> = Promise.resolve();

  async function record(user: User | null, action: string, channel: string): Promise<void> {
    await store.accessLog.record(user, { action, channel, workerId: null, outcome: 'denied' });
  }

  async function attempt(name: string, passphrase: string, channel: string, workstation: string | null): Promise<User> {
    const now = store.clock.now();
    const account = accountSubject(accountNameKey(name));
    const place = placeSubject(workstation);
    const stored = await store.users.findByName(name);
    const known = stored && { id: stored.id, name: stored.name, role: stored.role };
    const wait = await throttle.wait([account, place], now);
    if (wait !== null) {
      await record(known, 'signInThrottled', channel);
      throw new SignInThrottledError(wait);
    }
    try {
      const user = await authenticate(store, name, passphrase);
      await throttle.succeed(account);
      return user;
    } catch (error) {
      if (!(error instanceof RefusedError)) throw error;
      await record(known, 'signInFailed', channel);
      for (const subject of [account, place]) {
        if (await throttle.fail(subject, now)) await record(subject === place ? null : known, 'lockout', channel);
      }
      throw error;
    }
  }

  return {
    /** `workstation`: the session's (see Session); null on a single workstation. */
    check(name: string, passphrase: string, channel: CheckedChannel, workstation: string | null): Promise<User> {
      const result = checking.then(() => attempt(name, passphrase, channel, workstation));
      checking = result.catch(() => undefined);
      return result;
    },
  };
}
