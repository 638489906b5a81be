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
    // The entry and the work statuses are written and read side by side (on a server, two round trips at once).
    'workers.search': async ({ query, employerId, limit }, { user }) => {
      const found = await store.workers.search(query, employerId, limit);
      const [, listed] = await Promise.all([
        store.accessLog.recordRead(user, { action: 'search', channel: 'workers.search', workerId: null, outcome: 'allowed', results: found.length }),
        withWorkStatus(store, found),
      ]);
      return listed;
    },

    'workers.get': async ({ id }, { audit }) => {
      const worker = await requireWorker(store, id);
      await audit(id);
      return worker;
    },

    'workers.save': (input, { audit }) =>
      store.transaction(async (tx) => {
        const saved = await saveWorker(tx, input);
        await audit(saved.id, { tx });
        return saved;
      }),

    'workers.accessLog': async ({ id }, { audit }) => {
      await requireWorker(store, id);
      await audit(id);
      return workerAccessLog(store, id, ACCESS_LOG_SHOWN);
    },
  };
}
