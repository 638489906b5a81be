import type { Channel, ChannelOutput, ValidChannelInput } from '../../shared/ipc';
import type { User } from '../../shared/model';
import type { Session } from '../services/auth/session';

export type { Session } from '../services/auth/session';

export interface HandlerContext {
  session: Session;
  /** The signed-in user; handlers of non-public channels can rely on it. */
  user: User;
  /**
   * Records this access to a worker's dossier in the access log; call it inside the write's transaction.
   * The logged action is the channel's `dossier` value, or `action` when given ('document': a PDF was made).
   */
  audit(workerId: number, action?: 'document'): void;
}

export type Handler<C extends Channel> = (
  input: ValidChannelInput<C>,
  context: HandlerContext,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

export type Handlers = { [C in Channel]: Handler<C> };
