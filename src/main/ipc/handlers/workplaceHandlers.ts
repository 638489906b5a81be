import type { Store } from '../../services/store/store';
import { saveDepartment, saveEmployer, saveJobPosition } from '../../services/workplaces/saveWorkplace';
import type { Handlers } from '../handler';

type WorkplaceChannels = 'workplace.list' | 'workplace.saveEmployer' | 'workplace.saveDepartment' | 'workplace.saveJobPosition';

export function workplaceHandlers(store: Store): Pick<Handlers, WorkplaceChannels> {
  return {
    'workplace.list': () => store.workplaces.list(),
    'workplace.saveEmployer': (input) => saveEmployer(store, input),
    'workplace.saveDepartment': (input) => saveDepartment(store, input),
    'workplace.saveJobPosition': (input) => saveJobPosition(store, input),
  };
}
