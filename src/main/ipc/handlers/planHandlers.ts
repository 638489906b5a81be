import { planOverview, savePlanVersion } from '../../services/plans/returnToWorkPlans';
import type { Store } from '../../services/store/store';
import type { Handlers } from '../handler';

export function planHandlers(store: Store): Pick<Handlers, 'plans.get' | 'plans.save'> {
  return {
    'plans.get': async ({ workerId, episodeId }, { audit }) => {
      const overview = await planOverview(store, workerId, episodeId);
      await audit(workerId);
      return overview;
    },

    'plans.save': (input, { audit, user }) =>
      store.transaction(async (tx) => {
        const version = await savePlanVersion(tx, input, user.id);
        await audit(input.workerId, { tx });
        return version;
      }),
  };
}
