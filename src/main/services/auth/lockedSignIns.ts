import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writePrivateFile } from '../backup/backupFiles';
import type { AccessLogRepository } from '../store/accessLogRepository';
import type { SignInFailures } from '../store/signInFailureRepository';

/** Beside the practice file: failed sign-ins while it is locked (no access log to write to yet). */
export const lockedSignInFileName = 'practice.sign-in.json';

/** A refusal while the file was locked, counted like the access log counts repeated refusals. */
const pendingRefusal = z.object({
  action: z.enum(['signInFailed', 'signInThrottled', 'lockout']),
  channel: z.string(),
  at: z.string(),
  lastAt: z.string(),
  count: z.number().int().min(1),
});
type PendingRefusal = z.infer<typeof pendingRefusal>;

const fileSchema = z.object({
  /** Throttle state per subject: 'machine', or 'account:<name hash>' (the key file's hash, never a name). */
  throttle: z.record(z.string(), z.object({ failures: z.number().int(), lastFailureAt: z.string(), lockedUntil: z.string().nullable() })),
  /** Refusals not yet in the access log. */
  pending: z.array(pendingRefusal),
});
type LockedSignInState = z.infer<typeof fileSchema>;

/** Identical refusals within this time share one entry, as in the access log. */
const WINDOW_MS = 60 * 60 * 1000;

/**
 * Sign-in attempts while the practice file is still locked: there is no database to keep the
 * throttle or the access log in, so both live in a small file beside it (readable by this OS user
 * only) holding no personal data: throttle counters by machine and by name hash, and the refusals
 * by kind and time. The first sign-in that opens the file writes the refusals into the access log
 * and clears them; the counters stay until they expire, as in the database.
 */
export function lockedSignIns(directory: string) {
  const file = join(directory, lockedSignInFileName);

  function read(): LockedSignInState {
    try {
      const parsed = fileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      if (parsed.success) return parsed.data;
    } catch {
      // No file yet, or one that cannot be read: start over (an attacker who can write it can also delete it).
    }
    return { throttle: {}, pending: [] };
  }

  function write(state: LockedSignInState): void {
    writePrivateFile(file, `${JSON.stringify(state)}\n`);
  }

  return {
    /** The throttle's counters, in the shape of the database's sign-in failure repository. */
    // Shaped as the store's repository of failures (asynchronous), so that one throttle serves both.
    failures: {
      async get(subject: string): Promise<SignInFailures | null> {
        return read().throttle[subject] ?? null;
      },
      async save(subject: string, state: SignInFailures): Promise<void> {
        const current = read();
        write({ ...current, throttle: { ...current.throttle, [subject]: state } });
      },
      async clear(subject: string): Promise<void> {
        const current = read();
        const { [subject]: _cleared, ...rest } = current.throttle;
        write({ ...current, throttle: rest });
      },
    },

    /** Notes a refusal for the access log; the same refusal within the hour is counted on its entry. */
    note(action: PendingRefusal['action'], channel: string, at: string): void {
      const current = read();
      const same = current.pending.findLastIndex(
        (refusal) => refusal.action === action && refusal.channel === channel && Date.parse(at) - Date.parse(refusal.at) < WINDOW_MS,
      );
      const pending =
        same === -1
          ? [...current.pending, { action, channel, at, lastAt: at, count: 1 }]
          : current.pending.map((refusal, index) => (index === same ? { ...refusal, lastAt: at, count: refusal.count + 1 } : refusal));
      write({ ...current, pending });
    },

    /** Writes the noted refusals into the access log of the file just opened (nobody named), then forgets them. */
    async flushInto(accessLog: AccessLogRepository): Promise<void> {
      const current = read();
      if (current.pending.length === 0) return;
      for (const refusal of current.pending) await accessLog.recordEarlierRefusal(refusal);
      write({ ...current, pending: [] });
    },
  };
}
export type LockedSignIns = ReturnType<typeof lockedSignIns>;
