import { createHash, randomBytes } from 'node:crypto';
import { SESSION_HOURS, signedOutSession, type Session } from '../services/auth/session';

/** Who is calling: the workstation's own id (sent with every request) and its network address. */
export interface Caller {
  workstationId: string;
  address: string;
  /** The session token the workstation holds, if any. */
  token: string | null;
}

interface Held {
  session: Session;
  workstationId: string;
  address: string;
}

/** What a request runs in, and whether the token it brought was refused. */
export interface Admission {
  session: Session;
  token: string | null;
  refused: 'unknown' | 'otherWorkstation' | null;
}

function digest(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/**
 * The sessions of a practice server: one per signed-in workstation. A session is kept only once
 * someone signs in on it, under a random token that the server answers with; the token counts only
 * from the workstation (id and address) it was given to. A token shown by another workstation ends
 * its session (it has leaked). A session over its SESSION_HOURS is dropped; the idle lock and the
 * expiry of the session in use are the handler map's, as on a single workstation.
 */
export function workstationSessions() {
  const held = new Map<string, Held>();

  function dropExpired(now: string): void {
    const at = Date.parse(now);
    for (const [key, entry] of held) {
      const since = entry.session.signedInAt;
      if (since === null || at - Date.parse(since) >= SESSION_HOURS * 3_600_000) held.delete(key);
    }
  }

  return {
    /** The session a request runs in: its token's, or a new signed-out one for this workstation. */
    admit(caller: Caller): Admission {
      const fresh = (refused: Admission['refused']): Admission => ({ session: signedOutSession(caller.address), token: null, refused });
      if (caller.token === null) return fresh(null);
      const key = digest(caller.token);
      const entry = held.get(key);
      if (!entry) return fresh('unknown');
      if (entry.workstationId !== caller.workstationId || entry.address !== caller.address) {
        held.delete(key);
        return fresh('otherWorkstation');
      }
      // Expired: still handed to the handler map, which ends it and writes that in the access log.
      return { session: entry.session, token: caller.token, refused: null };
    },

    /**
     * After the call: the token the workstation holds from now on. A session that signed in gets a
     * new token (replacing the workstation's earlier session); one that signed out or ended is dropped.
     */
    settle(caller: Caller, admission: Admission, now: string): string | null {
      dropExpired(now);
      const { session, token } = admission;
      if (session.user === null) {
        if (token !== null) held.delete(digest(token));
        return null;
      }
      if (token !== null && held.has(digest(token))) return token;
      for (const [key, entry] of held) if (entry.workstationId === caller.workstationId) held.delete(key);
      const issued = randomBytes(32).toString('base64url');
      held.set(digest(issued), { session, workstationId: caller.workstationId, address: caller.address });
      return issued;
    },

    /** How many sessions are held (for the tests and the server's log). */
    size(): number {
      return held.size;
    },
  };
}
export type WorkstationSessions = ReturnType<typeof workstationSessions>;
