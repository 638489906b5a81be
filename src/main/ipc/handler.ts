import type { Channel, ChannelOutput, Channels, ValidChannelInput } from '../../shared/ipc';
import type { User } from '../../shared/model';
import type { WorkstationChannel } from '../../shared/channels/workstationChannels';
import type { Session } from '../services/auth/session';
import type { Repositories } from '../services/store/store';

export type { Session } from '../services/auth/session';

export type AuditAction = 'document' | 'export' | 'erase' | 'amend';

export interface HandlerContext<U extends User | null = User> {
  session: Session;
  /** The signed-in user: always there for a channel that needs a session, maybe not for a public one. */
  user: U;
  /**
   * Records this access to a worker's dossier in the access log; for a write, inside the write's
   * transaction: pass its `tx`. The logged action is the channel's `dossier` value, or `action` when
   * given ('document': a PDF was made, 'export': the whole dossier was exported, 'erase': the dossier
   * was erased at the end of its retention, 'amend': a signed consultation was amended).
   */
  audit(workerId: number, options?: { action?: AuditAction | undefined; tx?: Repositories }): Promise<void>;
}

export type Handler<C extends Channel> = (
  input: ValidChannelInput<C>,
  context: HandlerContext<Channels[C]['access'] extends 'public' ? User | null : User>,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

/** Every channel of the contract except the workstation's own (answered by the desktop, see src/main/client). */
export type Handlers = { [C in Exclude<Channel, WorkstationChannel>]: Handler<C> };
