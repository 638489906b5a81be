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
import type { Log } from '../services/log/rotatingLog';
import type { Store } from '../services/store/store';
import { DomainError } from '../services/domainError';
import type { Handler, HandlerContext, Handlers, Session } from './handler';
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
import { legalHandlers } from './handlers/legalHandlers';

export interface HandlerMap {
  /** Validates, checks access, runs the handler and answers; never throws. For transports. */
  invoke(channel: string, input: unknown): Promise<ApiResult<unknown>>;
  /** The same, typed by the contract: for tests, the benchmark and scripts. */
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ApiResult<ChannelOutput<C>>>;
  session: Session;
}

/** The worker a denied request was about, when the raw input names one. */
function workerIdOf(input: unknown): number | null {
  if (typeof input !== 'object' || input === null) return null;
  const candidate = (input as Record<string, unknown>).workerId ?? (input as Record<string, unknown>).id;
  return typeof candidate === 'number' && Number.isInteger(candidate) ? candidate : null;
}

export function createHandlerMap(store: Store, options: { log?: Log } = {}): HandlerMap {
  const session: Session = { user: null };
  const handlers: Handlers = {
    ...accountHandlers(store),
    ...workplaceHandlers(store),
    ...workerHandlers(store),
    ...dossierHandlers(store),
    ...consultationHandlers(store),
    ...planHandlers(store),
    ...agendaHandlers(store),
    ...preventionHandlers(store),
    ...documentHandlers(store),
    ...episodeHandlers(store),
    ...legalHandlers(store),
  };
  const log: Log = options.log ?? { error: (event, error) => console.error(event, error), info: () => undefined };

  async function invoke(name: string, rawInput: unknown): Promise<ApiResult<unknown>> {
    if (!isChannel(name)) return { ok: false, error: { code: 'notFound' } };
    const definition = channels[name];
    const user = session.user;

    if (definition.access !== 'public') {
      if (!user) return { ok: false, error: { code: 'unauthenticated' } };
      if (definition.access !== 'session' && !hasPermission(user.role, definition.access)) {
        store.accessLog.record({
          userId: user.id,
          userName: user.name,
          role: user.role,
          action: definition.dossier ?? 'request',
          channel: name,
          workerId: definition.dossier ? workerIdOf(rawInput) : null,
          outcome: 'denied',
        });
        return { ok: false, error: { code: 'forbidden' } };
      }
    }

    const parsed = definition.input.safeParse(rawInput ?? {});
    if (!parsed.success) return { ok: false, error: { code: 'validation', issues: toValidationIssues(parsed.error) } };

    let audited = false;
    const context: HandlerContext = {
      session,
      user: user ?? { id: 0, name: '', role: 'doctor' },
      audit(workerId, action) {
        audited = true;
        store.accessLog.record({
          userId: context.user.id,
          userName: context.user.name,
          role: context.user.role,
          action: action ?? definition.dossier ?? 'read',
          channel: name,
          workerId,
          outcome: 'allowed',
        });
      },
    };

    try {
      const handler = handlers[name] as Handler<Channel>;
      const value = await handler(parsed.data as ValidChannelInput<Channel>, context);
      if (definition.dossier && !audited) {
        throw new Error(`Handler of ${name} reached a dossier without recording it in the access log`);
      }
      return { ok: true, value: value as ChannelOutput<Channel> };
    } catch (error) {
      if (error instanceof DomainError) return { ok: false, error: error.toApiError() };
      log.error(`${name} failed`, error);
      return { ok: false, error: { code: 'internal' } };
    }
  }

  const call = invoke as HandlerMap['call'];
  return { invoke, call, session };
}
