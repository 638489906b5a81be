import { z } from 'zod';
import {
  channels,
  isChannel,
  toValidationIssues,
  type ApiResult,
  type Channel,
  type ChannelInput,
  type ChannelOutput,
  type ValidChannelInput,
} from '../../shared/ipc';
import { hasPermission } from '../../shared/permissions';
import { isWorkstationChannel } from '../../shared/channels/workstationChannels';
import { appVersion } from '../appVersion';
import type { PracticeVault } from '../services/keys/practiceVault';
import type { Log } from '../services/log/rotatingLog';
import type { Store } from '../services/store/store';
import { DomainError } from '../services/domainError';
import { WORKER_MODE_CHANNELS } from '../services/workerMode/workerMode';
import { nulCharacterPath } from './nulCharacter';
import { workerModeHandlers } from './handlers/workerModeHandlers';
import { DEFAULT_IDLE_LOCK_MINUTES, idleTimeMatters, sessionState, signedOutSession } from '../services/auth/session';
import { MIN_IDLE_LOCK_MINUTES, type User } from '../../shared/model';
import type { Handler, HandlerContext, Handlers, Session } from './handler';
import { practiceSignIn } from '../services/auth/practiceSignIn';
import { accountHandlers } from './handlers/accountHandlers';
import { workerHandlers } from './handlers/workerHandlers';
import { preventionHandlers } from './handlers/preventionHandlers';
import { workplaceHandlers } from './handlers/workplaceHandlers';
import { dossierHandlers } from './handlers/dossierHandlers';
import { consultationHandlers } from './handlers/consultationHandlers';
import { planHandlers } from './handlers/planHandlers';
import { agendaHandlers } from './handlers/agendaHandlers';
import { documentHandlers } from './handlers/documentHandlers';
import { episodeHandlers } from './handlers/episodeHandlers';
import { keyHandlers } from './handlers/keyHandlers';
import { backupHandlers, backupsOnServer, type FolderDialog } from './handlers/backupHandlers';
import { dossierExportHandlers } from './handlers/dossierExportHandlers';
import { retentionHandlers } from './handlers/retentionHandlers';
import { legalHandlers } from './handlers/legalHandlers';

/** What a transport needs: one call of the api contract, answered without throwing. */
export interface ApiInvoker {
  invoke(channel: string, input: unknown): Promise<ApiResult<unknown>>;
}

export interface HandlerMap extends ApiInvoker {
  /**
   * Validates, checks access, runs the handler and answers; never throws. For transports. The call
   * runs in `session`: the map's own one (one window, one browser-mode server) unless a practice
   * server passes the session of the workstation that called.
   */
  invoke(channel: string, input: unknown, session?: Session): Promise<ApiResult<unknown>>;
  /** The same, typed by the contract: for tests, the benchmark and scripts. */
  call<C extends Channel>(channel: C, input: ChannelInput<C>, session?: Session): Promise<ApiResult<ChannelOutput<C>>>;
  session: Session;
}

/** An answer that does not match its channel's output schema: a bug, raised in tests (checkOutputs). */
class OutputMismatch extends Error {
  constructor(channel: string, error: z.ZodError) {
    super(`The answer of ${channel} does not match its output schema: ${z.prettifyError(error)}`);
    this.name = 'OutputMismatch';
  }
}

/** The worker a denied request was about, when the raw input names one. */
function workerIdOf(input: unknown): number | null {
  if (typeof input !== 'object' || input === null) return null;
  const candidate = (input as Record<string, unknown>).workerId ?? (input as Record<string, unknown>).id;
  return typeof candidate === 'number' && Number.isSafeInteger(candidate) ? candidate : null;
}

/** Answered while the screen is locked: what the lock screen itself needs. */
const WHILE_LOCKED = new Set<Channel>(['app.status', 'auth.unlock', 'auth.signOut']);

/** Codes that a form never causes: an input of the wrong shape, which is worth a line in the log file. */
const MISSHAPEN = new Set(['invalid', 'tooDeep']);

export interface HandlerMapOptions {
  log?: Log;
  /** Tests: parse every answer with the channel's output schema and throw when it does not match. */
  checkOutputs?: boolean;
  /** Written into every backup's manifest. */
  appVersion?: string;
  /** Electron: the folder dialog for the backup folder (browser mode types the path). */
  folderDialog?: FolderDialog;
}

type VaultHandlers = ReturnType<typeof accountHandlers> & ReturnType<typeof keyHandlers> & ReturnType<typeof backupHandlers>;
type StoreHandlers = Omit<Handlers, keyof VaultHandlers>;

/** The handlers that work on the open practice file, built again whenever another file (or key) is opened. */
function storeHandlers(store: Store): StoreHandlers {
  return {
    ...workplaceHandlers(store),
    ...workerHandlers(store),
    ...dossierHandlers(store),
    ...consultationHandlers(store),
    ...planHandlers(store),
    ...agendaHandlers(store),
    ...preventionHandlers(store),
    ...documentHandlers(store),
    ...episodeHandlers(store),
    ...dossierExportHandlers(store),
    ...retentionHandlers(store),
    ...legalHandlers(store),
    ...workerModeHandlers(store),
  };
}

/**
 * The handler map of one practice. Before sign-in the file may be locked (`vault.store` null):
 * then only the public channels (status, first start, sign-in, recovery, restore at first start)
 * answer; no user can be signed in, so every other channel is refused as unauthenticated before it
 * needs the store (and, with no file open, that refusal has no access log to go to).
 */
export function createHandlerMap(vault: PracticeVault, options: HandlerMapOptions = {}): HandlerMap {
  const ownSession: Session = signedOutSession();
  const signIn = practiceSignIn(vault);
  const vaultHandlers: VaultHandlers = {
    ...accountHandlers(vault, signIn),
    ...keyHandlers(vault, signIn),
    ...(vault.engine === 'sqlite' ? backupHandlers(vault, options.appVersion ?? appVersion, options.folderDialog) : backupsOnServer()),
  };
  let built: { store: Store; handlers: StoreHandlers } | null = null;
  function handlerOf(name: Channel): Handler<Channel> | null {
    if (name in vaultHandlers) return vaultHandlers[name as keyof VaultHandlers] as Handler<Channel>;
    const store = vault.store;
    if (!store) return null;
    if (built?.store !== store) built = { store, handlers: storeHandlers(store) };
    return built.handlers[name as keyof StoreHandlers] as Handler<Channel>;
  }
  const log: Log = options.log ?? { error: (event, error) => console.error(event, error), info: () => undefined };

  /** A refusal in the access log; a worker id only when that worker exists. Repeats are counted on one row. */
  async function recordRefusal(session: Session, name: Channel, action: string, workerId: number | null): Promise<void> {
    const user = session.user;
    const store = vault.store;
    if (!store) return;
    await store.accessLog.record(user, {
      action,
      channel: name,
      workerId: workerId !== null && (await store.workers.exists(workerId)) ? workerId : null,
      outcome: 'denied',
    });
  }

  /** Ends a session that is over and locks one that was idle too long, both in the access log. */
  async function applyClock(session: Session, name: Channel): Promise<void> {
    const user = session.user;
    const store = vault.store;
    if (user === null || store === null) return;
    const now = store.clock.now();
    // The practice's idle time is read only when it could have passed (on a server, a round trip).
    const idleMinutes = idleTimeMatters(session, now)
      ? ((await store.practice.settings())?.idleLockMinutes ?? DEFAULT_IDLE_LOCK_MINUTES)
      : MIN_IDLE_LOCK_MINUTES;
    const state = sessionState(session, now, idleMinutes);
    const event = { channel: name, workerId: null, outcome: 'allowed' as const };
    if (state === 'expired') {
      await store.accessLog.record(user, { ...event, action: 'sessionExpired' });
      signIn.expire(session);
    } else if (state === 'idle' && !session.locked) {
      await store.accessLog.record(user, { ...event, action: 'lock' });
      session.locked = true;
    }
  }

  async function answer(name: Channel, rawInput: unknown, session: Session): Promise<ApiResult<unknown>> {
    const definition = channels[name];
    await applyClock(session, name);
    const user = session.user;

    if (definition.access !== 'public') {
      if (!user) {
        await recordRefusal(session, name, 'request', null);
        return { ok: false, error: { code: 'unauthenticated' } };
      }
      if (definition.access !== 'session' && !hasPermission(user.role, definition.access)) {
        await recordRefusal(session, name, definition.dossier ?? 'request', definition.dossier ? workerIdOf(rawInput) : null);
        return { ok: false, error: { code: 'forbidden' } };
      }
    }
    if (session.workerMode !== null && !WORKER_MODE_CHANNELS.has(name)) {
      await recordRefusal(session, name, 'workerMode', null);
      return { ok: false, error: { code: 'forbidden' } };
    }
    if (session.locked && !WHILE_LOCKED.has(name)) {
      await recordRefusal(session, name, 'locked', null);
      return { ok: false, error: { code: 'locked' } };
    }

    const parsed = definition.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const issues = toValidationIssues(parsed.error);
      if (issues.some((issue) => MISSHAPEN.has(issue.code))) {
        log.info(`${name} refused input of the wrong shape: ${issues.map((issue) => `${issue.path.join('.')} ${issue.code}`).join(', ')}`);
      }
      return { ok: false, error: { code: 'validation', issues } };
    }
    const nulAt = nulCharacterPath(parsed.data);
    if (nulAt !== null) return { ok: false, error: { code: 'validation', issues: [{ path: nulAt, code: 'nulCharacter' }] } };

    let audited = false;
    const context: HandlerContext<User | null> = {
      session,
      user,
      async audit(workerId, options = {}) {
        audited = true;
        const store = options.tx ?? vault.store;
        if (!store) throw new Error('Dossier access with the practice file locked');
        await store.accessLog.record(user, {
          action: options.action ?? definition.dossier ?? 'read',
          channel: name,
          workerId,
          outcome: 'allowed',
        });
      },
    };

    // A public channel's handler takes a user or null; every other one is only reached with a user.
    const found = handlerOf(name);
    if (!found) return { ok: false, error: { code: 'unauthenticated' } };
    const handler = found as (input: ValidChannelInput<Channel>, context: HandlerContext<User | null>) => ReturnType<Handler<Channel>>;
    const value = await handler(parsed.data as ValidChannelInput<Channel>, context);
    if (definition.dossier && !audited) {
      throw new Error(`Handler of ${name} reached a dossier without recording it in the access log`);
    }
    if (options.checkOutputs) {
      const checked = definition.output.safeParse(value);
      if (!checked.success) throw new OutputMismatch(name, checked.error);
    }
    if (definition.access !== 'public' && session.user !== null && vault.store) session.lastActivityAt = vault.store.clock.now();
    return { ok: true, value: value as ChannelOutput<Channel> };
  }

  async function invoke(name: string, rawInput: unknown, session: Session = ownSession): Promise<ApiResult<unknown>> {
    // The workstation's own channels are answered by the desktop's main process, never by a practice.
    if (!isChannel(name) || isWorkstationChannel(name)) return { ok: false, error: { code: 'notFound' } };
    // Everything inside the try, the input's checks too: a BigInt or cyclic input over Electron IPC
    // makes a schema's refinement throw, and the promise of never throwing holds for it as well.
    try {
      return await answer(name, rawInput, session);
    } catch (error) {
      if (error instanceof OutputMismatch) throw error;
      if (error instanceof DomainError) return { ok: false, error: error.toApiError() };
      log.error(`${name} failed`, error);
      return { ok: false, error: { code: 'internal' } };
    }
  }

  const call = invoke as HandlerMap['call'];
  return { invoke, call, session: ownSession };
}
