import { hasPermission } from '../../../shared/permissions';
import { RefusedError } from '../../services/domainError';
import { eraseDossier, retentionOverview } from '../../services/retention/retention';
import type { Store } from '../../services/store/store';
import type { Handlers } from '../handler';

export function retentionHandlers(store: Store): Pick<Handlers, 'retention.overview' | 'retention.setTermBE' | 'retention.erase'> {
  return {
    'retention.overview': () => retentionOverview(store),

    'retention.setTermBE': async ({ years }) => {
      await store.transaction((tx) => tx.retention.setTermYearsBE(years));
      return retentionOverview(store);
    },

    'retention.erase': async ({ workerId }, { audit, user }) => {
      // Erasing ends the dossier for good: a doctor decides, not a nurse.
      if (!hasPermission(user.role, 'practice.admin')) throw new RefusedError('forbidden');
      await store.transaction(async (tx) => {
        await eraseDossier(tx, workerId);
        await audit(workerId, { action: 'erase', tx });
      });
      return retentionOverview(store);
    },
  };
}
