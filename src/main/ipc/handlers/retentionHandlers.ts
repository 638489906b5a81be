import { eraseDossier, retentionOverview } from '../../services/retention/retention';
import type { Store } from '../../services/store/store';
import type { Handlers } from '../handler';

export function retentionHandlers(store: Store): Pick<Handlers, 'retention.overview' | 'retention.setTermBE' | 'retention.erase'> {
  return {
    'retention.overview': () => retentionOverview(store),

    'retention.setTermBE': ({ years }) => {
      store.transaction(() => store.retention.setTermYearsBE(years));
      return retentionOverview(store);
    },

    'retention.erase': ({ workerId }, { audit }) => {
      store.transaction(() => {
        eraseDossier(store, workerId);
        audit(workerId, 'erase');
      });
      return retentionOverview(store);
    },
  };
}
