import { planOverview, savePlanVersion } from '../../services/plans/returnToWorkPlans';
import type { Store } from '../../services/store/store';
import type { Handlers } from '../handler';

export function planHandlers(store: Store): Pick<Handlers, 'plans.get' | 'plans.save'> {
  return {
    'plans.get': ({ workerId, episodeId }, { audit }) => {
      const overview = planOverview(store, workerId, episodeId);
      audit(workerId);
      return overview;
    },

    'plans.save': (input, { audit, user }) =>
      store.transaction(() => {
        const version = savePlanVersion(store, input, user.id);
        audit(input.workerId);
        return version;
      }),
  };
}
