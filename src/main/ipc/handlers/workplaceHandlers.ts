import type { Store } from '../../services/store/store';
import { InvalidInputError, notFound } from '../../services/domainError';
import type { Handlers } from '../handler';

type WorkplaceChannels = 'workplace.list' | 'workplace.saveEmployer' | 'workplace.saveDepartment' | 'workplace.saveJobPosition';

export function workplaceHandlers(store: Store): Pick<Handlers, WorkplaceChannels> {
  const { workplaces } = store;

  function requireEmployer(id: number) {
    if (!workplaces.employer(id)) throw notFound();
  }

  return {
    'workplace.list': () => workplaces.list(),

    'workplace.saveEmployer': ({ id, ...fields }) =>
      store.transaction(() => {
        if (id !== undefined) requireEmployer(id);
        return workplaces.saveEmployer(fields, id);
      }),

    'workplace.saveDepartment': ({ id, ...fields }) =>
      store.transaction(() => {
        requireEmployer(fields.employerId);
        if (id !== undefined && workplaces.department(id)?.employerId !== fields.employerId) throw notFound();
        return workplaces.saveDepartment(fields, id);
      }),

    'workplace.saveJobPosition': ({ id, ...fields }) =>
      store.transaction(() => {
        requireEmployer(fields.employerId);
        if (fields.departmentId !== null && workplaces.department(fields.departmentId)?.employerId !== fields.employerId) {
          throw InvalidInputError.field(['departmentId'], 'invalid');
        }
        if (id !== undefined && workplaces.jobPosition(id)?.employerId !== fields.employerId) throw notFound();
        return workplaces.saveJobPosition(fields, id);
      }),
  };
}
