import type { ValidDepartmentInput, ValidEmployerInput, ValidJobPositionInput } from '../../../shared/model';
import { InvalidInputError, notFound } from '../domainError';
import { foldText } from '../store/searchKey';
import type { Store } from '../store/store';

function departmentNameKey(name: string): string {
  return foldText(name).replace(/\s+/g, ' ').trim();
}

function requireEmployer(store: Store, id: number): void {
  if (!store.workplaces.employer(id)) throw notFound();
}

export function saveEmployer(store: Store, { id, ...fields }: ValidEmployerInput): number {
  return store.transaction(() => {
    if (id !== undefined) requireEmployer(store, id);
    return store.workplaces.saveEmployer(fields, id);
  });
}

export function saveDepartment(store: Store, { id, ...fields }: ValidDepartmentInput): number {
  return store.transaction(() => {
    const employer = store.workplaces.employer(fields.employerId);
    if (!employer) throw notFound();
    if (id !== undefined && store.workplaces.department(id)?.employerId !== fields.employerId) throw notFound();
    // One name per department at an employer, whatever the case, accents or spaces.
    const key = departmentNameKey(fields.name);
    if (employer.departments.some((department) => department.id !== id && departmentNameKey(department.name) === key)) {
      throw InvalidInputError.field(['name'], 'duplicateDepartment');
    }
    return store.workplaces.saveDepartment(fields, id);
  });
}

/** A job of the employer, in one of its own departments (or none). */
export function saveJobPosition(store: Store, { id, ...fields }: ValidJobPositionInput): number {
  return store.transaction(() => {
    requireEmployer(store, fields.employerId);
    if (fields.departmentId !== null && store.workplaces.department(fields.departmentId)?.employerId !== fields.employerId) {
      throw InvalidInputError.field(['departmentId'], 'invalid');
    }
    if (id !== undefined && store.workplaces.jobPosition(id)?.employerId !== fields.employerId) throw notFound();
    return store.workplaces.saveJobPosition(fields, id);
  });
}
