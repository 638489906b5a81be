import { MIN_IDLE_LOCK_MINUTES, type User, type WorkerModeQuestionnaire } from '../../../shared/model';

/** A session ends this long after signing in, however active: the next call asks to sign in again. */
export const SESSION_HOURS = 12;
/** Idle lock when the practice has not set its own time. */
export const DEFAULT_IDLE_LOCK_MINUTES = 10;

/** The signed-in user of one window (Electron), one browser-mode server or one workstation of a practice server. */
export interface Session {
  /**
   * On a practice server, the network address of the workstation the session serves: sign-in is
   * throttled per address there. Null on a single workstation, where the machine is the one place.
   */
  workstation: string | null;
  user: User | null;
  /** Locked after the idle time or by the user: only unlocking and signing out are answered. */
  locked: boolean;
  signedInAt: string | null;
  /** The last answered call, for the idle lock. */
  lastActivityAt: string | null;
  /** The screen is handed to a worker: only their questionnaire is answered (see services/workerMode). */
  workerMode: WorkerMode | null;
}

export interface WorkerMode {
  workerId: number;
  consultationId: number | null;
  questionnaires: WorkerModeQuestionnaire[];
  pskActivities: string[];
}

export function signedOutSession(workstation: string | null = null): Session {
  return { workstation, user: null, locked: false, signedInAt: null, lastActivityAt: null, workerMode: null };
}

export function startSession(session: Session, user: User, now: string): void {
  Object.assign(session, { user, locked: false, signedInAt: now, lastActivityAt: now, workerMode: null });
}

export function endSession(session: Session): void {
  Object.assign(session, signedOutSession(session.workstation));
}

/**
 * Whether the session's last call is long enough ago for the practice's idle time to matter: it is
 * never below MIN_IDLE_LOCK_MINUTES, so a call within that of the last one needs no look at it.
 */
export function idleTimeMatters(session: Session, now: string): boolean {
  return session.lastActivityAt !== null && Date.parse(now) - Date.parse(session.lastActivityAt) >= MIN_IDLE_LOCK_MINUTES * 60_000;
}

/** What the clock says about a session: still fine, idle long enough to lock, or over. */
export function sessionState(session: Session, now: string, idleLockMinutes: number): 'active' | 'idle' | 'expired' {
  if (session.user === null || session.signedInAt === null) return 'active';
  const at = Date.parse(now);
  if (at - Date.parse(session.signedInAt) >= SESSION_HOURS * 3_600_000) return 'expired';
  if (session.lastActivityAt !== null && at - Date.parse(session.lastActivityAt) >= idleLockMinutes * 60_000) return 'idle';
  return 'active';
}
