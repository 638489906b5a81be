import { hashPassphrase, verifyPassphrase } from '../../services/auth/passphrase';
import { logoProblem } from '../../services/images/logoImage';
import { loadDemoPractice } from '../../services/demo/demoPractice';
import type { Store } from '../../services/store/store';
import { RefusedError, DuplicateAccountError, InvalidInputError, SignInThrottledError, notFound } from '../../services/domainError';
import { DEFAULT_IDLE_LOCK_MINUTES, endSession, startSession } from '../../services/auth/session';
import { MACHINE, accountSubject, signInThrottle } from '../../services/auth/signInThrottle';
import { accountNameKey, type StoredUser } from '../../services/store/userRepository';
import type { User } from '../../../shared/model';
import type { Handlers } from '../handler';

/** A stored hash to compare against when the name is unknown, so timing does not reveal names. */
const unknownUserHash = hashPassphrase('unknown user: never matches');

type AccountChannels =
  | 'app.status'
  | 'practice.initialize'
  | 'practice.settings'
  | 'practice.updateSettings'
  | 'practice.loadDemo'
  | 'accounts.list'
  | 'accounts.create'
  | 'auth.signIn'
  | 'auth.signOut'
  | 'auth.lock'
  | 'auth.unlock';

export function accountHandlers(store: Store): Pick<Handlers, AccountChannels> {
  function requireSettings() {
    const settings = store.practice.settings();
    if (!settings) throw notFound();
    return settings;
  }

  /** Decodes a new logo once, in full, before it is stored; one that does not decode is refused. */
  async function checkedLogo(base64: string | null | undefined, path: Array<string | number>): Promise<Buffer | null | undefined> {
    if (base64 === undefined || base64 === null) return base64;
    const bytes = Buffer.from(base64, 'base64');
    const problem = await logoProblem(bytes);
    if (problem !== null) throw InvalidInputError.field(path, problem);
    return bytes;
  }

  const throttle = signInThrottle(store.signInFailures);
  /** One passphrase check at a time, so parallel guesses cannot all slip past the throttle. */
  let checking: Promise<unknown> = Promise.resolve();

  /** An account event (sign-in, lock…) in the access log; refusals of the same kind are counted on one row. */
  function recordAccountEvent(user: User | null, action: string, channel: string, outcome: 'allowed' | 'denied') {
    store.accessLog.record({
      userId: user?.id ?? null,
      userName: user?.name ?? null,
      role: user?.role ?? null,
      action,
      channel,
      workerId: null,
      outcome,
    });
  }

  /**
   * Checks a passphrase under the throttle of the account (by the name given) and of the machine:
   * refused unchecked while they must wait; a failure counts for both, a success clears the account.
   */
  function checkPassphrase(name: string, passphrase: string, channel: string): Promise<StoredUser> {
    const attempt = checking.then(async () => {
      const now = store.clock.now();
      const account = accountSubject(accountNameKey(name));
      const stored = store.users.findByName(name);
      const wait = throttle.wait([account, MACHINE], now);
      if (wait !== null) {
        recordAccountEvent(stored, 'signInThrottled', channel, 'denied');
        throw new SignInThrottledError(wait);
      }
      const matches = await verifyPassphrase(passphrase, stored?.passphraseHash ?? (await unknownUserHash));
      if (stored && matches) {
        throttle.succeed(account);
        return stored;
      }
      recordAccountEvent(stored, 'signInFailed', channel, 'denied');
      for (const subject of [account, MACHINE]) {
        if (throttle.fail(subject, now)) recordAccountEvent(subject === MACHINE ? null : stored, 'lockout', channel, 'denied');
      }
      throw new RefusedError('invalidCredentials');
    });
    checking = attempt.catch(() => undefined);
    return attempt;
  }

  /** The settings with the logo as base64, as the settings screen shows them. */
  function fullSettings() {
    const logo = store.practice.logo();
    return { ...requireSettings(), logo: logo === null ? null : logo.toString('base64') };
  }

  return {
    'app.status': (_input, { session }) => {
      const settings = store.practice.settings();
      return {
        initialized: settings !== null,
        practice: settings
          ? { name: settings.name, language: settings.language, jurisdiction: settings.jurisdiction }
          : null,
        user: session.user,
        locked: session.locked,
        idleLockMinutes: settings?.idleLockMinutes ?? DEFAULT_IDLE_LOCK_MINUTES,
        empty: store.workplaces.list().length === 0,
      };
    },

    'practice.initialize': async ({ practice, account }, { session }) => {
      const logo = await checkedLogo(practice.logo, ['practice', 'logo']);
      const passphraseHash = await hashPassphrase(account.passphrase);
      const user = store.transaction(() => {
        if (store.practice.settings() !== null || store.users.count() > 0) {
          throw new RefusedError('alreadyInitialized');
        }
        store.practice.create(practice);
        if (logo) store.practice.setLogo(logo);
        const id = store.users.create({ name: account.name, role: 'doctor', passphraseHash });
        return { id, name: account.name, role: 'doctor' as const };
      });
      startSession(session, user, store.clock.now());
      recordAccountEvent(user, 'signIn', 'practice.initialize', 'allowed');
      return user;
    },

    'practice.settings': () => fullSettings(),

    'practice.updateSettings': async ({ logo: newLogo, ...settings }) => {
      const logo = await checkedLogo(newLogo, ['logo']);
      store.transaction(() => {
        requireSettings();
        store.practice.update(settings);
        if (logo !== undefined) store.practice.setLogo(logo);
      });
      return fullSettings();
    },

    'practice.loadDemo': () =>
      store.transaction(() => {
        if (store.workplaces.list().length > 0) throw new RefusedError('practiceNotEmpty');
        return { workers: loadDemoPractice(store) };
      }),

    'accounts.list': () => store.users.list(),

    'accounts.create': async ({ name, role, passphrase }) => {
      const passphraseHash = await hashPassphrase(passphrase);
      const id = store.transaction(() => {
        if (store.users.findByName(name)) throw new DuplicateAccountError(name);
        return store.users.create({ name, role, passphraseHash });
      });
      return { id, name, role };
    },

    'auth.signIn': async ({ name, passphrase }, { session }) => {
      const stored = await checkPassphrase(name, passphrase, 'auth.signIn');
      const user: User = { id: stored.id, name: stored.name, role: stored.role };
      startSession(session, user, store.clock.now());
      recordAccountEvent(user, 'signIn', 'auth.signIn', 'allowed');
      return user;
    },

    'auth.signOut': (_input, { session, user }) => {
      recordAccountEvent(user, 'signOut', 'auth.signOut', 'allowed');
      endSession(session);
      return null;
    },

    'auth.lock': (_input, { session, user }) => {
      if (!session.locked) recordAccountEvent(user, 'lock', 'auth.lock', 'allowed');
      session.locked = true;
      return null;
    },

    'auth.unlock': async ({ passphrase }, { session, user }) => {
      try {
        await checkPassphrase(user.name, passphrase, 'auth.unlock');
      } catch (error) {
        // Locked out while the screen was locked: the session ends; signing in again waits for the lockout.
        if (error instanceof SignInThrottledError && error.wait.kind === 'locked') endSession(session);
        throw error;
      }
      session.locked = false;
      session.lastActivityAt = store.clock.now();
      recordAccountEvent(user, 'unlock', 'auth.unlock', 'allowed');
      return user;
    },
  };
}
