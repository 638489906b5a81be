import { closeEpisode } from '../../services/episodes/closeEpisode';
import type { Store } from '../../services/store/store';
import type { Handlers } from '../handler';

export function episodeHandlers(store: Store): Pick<Handlers, 'episodes.close'> {
  return {
    'episodes.close': (input, { audit }) =>
      store.transaction(async (tx) => {
        const closed = await closeEpisode(tx, input);
        await audit(input.workerId, { tx });
        return closed;
      }),
  };
}
