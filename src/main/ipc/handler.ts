import type { Channel, ChannelOutput, ValidChannelInput } from '../../shared/ipc';
import type { User } from '../../shared/model';

/** The signed-in user of one window (Electron) or one browser-mode server. */
export interface Session {
  user: User | null;
}

export interface HandlerContext {
  session: Session;
  /** The signed-in user; handlers of non-public channels can rely on it. */
  user: User;
  /**
   * Records this access to a worker's dossier in the access log; call it inside the write's transaction.
   * The logged action is the channel's `dossier` value, or `action` when given ('document': a PDF was made,
   * 'export': the whole dossier was exported, 'erase': the dossier was erased at the end of its retention).
   */
  audit(workerId: number, action?: 'document' | 'export' | 'erase'): void;
}

export type Handler<C extends Channel> = (
  input: ValidChannelInput<C>,
  context: HandlerContext,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

export type Handlers = { [C in Channel]: Handler<C> };
