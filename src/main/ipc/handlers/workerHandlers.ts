import { ACCESS_LOG_SHOWN } from '../../../shared/channels/workerChannels';
import type { Store } from '../../services/store/store';
import { requireWorker, saveWorker } from '../../services/workers/saveWorker';
import { workerAccessLog } from '../../services/workers/workerAccessLog';
import { withWorkStatus } from '../../services/workers/workerListStatus';
import type { Handlers } from '../handler';

type WorkerChannels = 'workers.search' | 'workers.get' | 'workers.save' | 'workers.accessLog';

export function workerHandlers(store: Store): Pick<Handlers, WorkerChannels> {
  return {
    // A list of workers (names, birth dates) is logged too: who searched and how many came back, not who.
    'workers.search': ({ query, employerId, limit }, { user }) => {
      const found = store.workers.search(query, employerId, limit);
      store.accessLog.recordRead(user, {
        action: 'search',
        channel: 'workers.search',
        workerId: null,
        outcome: 'allowed',
        results: found.length,
      });
      return withWorkStatus(store, found);
    },

    'workers.get': ({ id }, { audit }) => {
      const worker = requireWorker(store, id);
      audit(id);
      return worker;
    },

    'workers.save': (input, { audit }) =>
      store.transaction(() => {
        const saved = saveWorker(store, input);
        audit(saved.id);
        return saved;
      }),

    'workers.accessLog': ({ id }, { audit }) => {
      requireWorker(store, id);
      audit(id);
      return workerAccessLog(store, id, ACCESS_LOG_SHOWN);
    },
  };
}
