import type { SignInFailureRepository, SignInFailures } from '../store/signInFailureRepository';

/*
 * Sign-in throttling, per account and for the place the attempts come from (all names together,
 * unknown ones too): the machine of a single workstation, or one workstation's network address
 * on a practice server.
 * from the 3rd failure on, the next attempt must wait 1, 2, 4… seconds (at most a minute); the
 * 10th failure of an account, or the 30th of the machine, locks sign-in for 15 minutes. Failures
 * are forgotten 15 minutes after the last one. An attempt while waiting is refused unchecked.
 */

export const FIRST_DELAYED_FAILURE = 3;
export const ACCOUNT_LOCKOUT_FAILURES = 10;
export const MACHINE_LOCKOUT_FAILURES = 30;
export const LOCKOUT_MINUTES = 15;
const MAX_DELAY_SECONDS = 60;
const MINUTE = 60_000;

export const MACHINE = 'machine';

export function accountSubject(nameKey: string): string {
  return `account:${nameKey}`;
}

/** A workstation of a practice server, by its network address. */
export function workstationSubject(address: string): string {
  return `workstation:${address}`;
}

/** Where a session's attempts come from: its workstation on a practice server, else this machine. */
export function placeSubject(workstation: string | null): string {
  return workstation === null ? MACHINE : workstationSubject(workstation);
}

function isAccount(subject: string): boolean {
  return subject.startsWith('account:');
}

export type SignInWait = { kind: 'delayed'; seconds: number } | { kind: 'locked'; minutes: number };

/** Delay after `failures` failures in a row, in seconds (0 before the 3rd). */
export function delaySeconds(failures: number): number {
  return failures < FIRST_DELAYED_FAILURE ? 0 : Math.min(2 ** (failures - FIRST_DELAYED_FAILURE), MAX_DELAY_SECONDS);
}

function current(state: SignInFailures | null, now: number): SignInFailures | null {
  if (state === null) return null;
  const locked = state.lockedUntil !== null && Date.parse(state.lockedUntil) > now;
  const forgotten = Date.parse(state.lastFailureAt) + LOCKOUT_MINUTES * MINUTE <= now;
  return !locked && forgotten ? null : state;
}

function waitOf(state: SignInFailures | null, now: number): SignInWait | null {
  if (state === null) return null;
  if (state.lockedUntil !== null && Date.parse(state.lockedUntil) > now) {
    return { kind: 'locked', minutes: Math.ceil((Date.parse(state.lockedUntil) - now) / MINUTE) };
  }
  const retryAt = Date.parse(state.lastFailureAt) + delaySeconds(state.failures) * 1000;
  return retryAt > now ? { kind: 'delayed', seconds: Math.ceil((retryAt - now) / 1000) } : null;
}

export function signInThrottle(failures: SignInFailureRepository) {
  return {
    /** Whether an attempt must wait now: a lockout before a delay, the account's before the place's. */
    async wait(subjects: readonly string[], now: string): Promise<SignInWait | null> {
      const at = Date.parse(now);
      const waits: SignInWait[] = [];
      for (const subject of subjects) {
        const wait = waitOf(current(await failures.get(subject), at), at);
        if (wait !== null) waits.push(wait);
      }
      return waits.find((w) => w.kind === 'locked') ?? waits[0] ?? null;
    },
    /** Counts a failure; answers whether it started a lockout. */
    async fail(subject: string, now: string): Promise<boolean> {
      const at = Date.parse(now);
      const count = (current(await failures.get(subject), at)?.failures ?? 0) + 1;
      const limit = isAccount(subject) ? ACCOUNT_LOCKOUT_FAILURES : MACHINE_LOCKOUT_FAILURES;
      const locks = count >= limit;
      await failures.save(subject, {
        failures: locks ? 0 : count,
        lastFailureAt: now,
        lockedUntil: locks ? new Date(at + LOCKOUT_MINUTES * MINUTE).toISOString() : null,
      });
      return locks;
    },
    async succeed(subject: string): Promise<void> {
      await failures.clear(subject);
    },
  };
}
export type SignInThrottle = ReturnType<typeof signInThrottle>;
