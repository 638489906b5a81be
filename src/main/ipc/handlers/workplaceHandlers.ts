import type { Store } from '../../services/store/store';
import { InvalidInputError, notFound } from '../../services/domainError';
import type { Handlers } from '../handler';
import { foldText } from '../../services/store/searchKey';

function departmentNameKey(name: string): string {
  return foldText(name).replace(/\s+/g, ' ').trim();
}

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
        const employer = workplaces.employer(fields.employerId);
        if (!employer) throw notFound();
        if (id !== undefined && workplaces.department(id)?.employerId !== fields.employerId) throw notFound();
        // One name per department at an employer, whatever the case, accents or spaces.
        const key = departmentNameKey(fields.name);
        if (employer.departments.some((department) => department.id !== id && departmentNameKey(department.name) === key)) {
          throw InvalidInputError.field(['name'], 'duplicateDepartment');
        }
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
