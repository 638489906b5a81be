import type { ValidDepartmentInput, ValidEmployerInput, ValidJobPositionInput } from '../../../shared/model';
import { InvalidInputError, notFound } from '../domainError';
import { foldText } from '../store/searchKey';
import type { Repositories } from '../store/store';

function departmentNameKey(name: string): string {
  return foldText(name).replace(/\s+/g, ' ').trim();
}

async function requireEmployer(store: Repositories, id: number): Promise<void> {
  if (!(await store.workplaces.employer(id))) throw notFound();
}

export async function saveEmployer(store: Repositories, { id, ...fields }: ValidEmployerInput): Promise<number> {
  return store.transaction(async (tx) => {
    if (id !== undefined) await requireEmployer(tx, id);
    return tx.workplaces.saveEmployer(fields, id);
  });
}

export async function saveDepartment(store: Repositories, { id, ...fields }: ValidDepartmentInput): Promise<number> {
  return store.transaction(async (tx) => {
    const employer = await tx.workplaces.employer(fields.employerId);
    if (!employer) throw notFound();
    if (id !== undefined && (await tx.workplaces.department(id))?.employerId !== fields.employerId) throw notFound();
    // One name per department at an employer, whatever the case, accents or spaces.
    const key = departmentNameKey(fields.name);
    if (employer.departments.some((department) => department.id !== id && departmentNameKey(department.name) === key)) {
      throw InvalidInputError.field(['name'], 'duplicateDepartment');
    }
    return tx.workplaces.saveDepartment(fields, id);
  });
}

/** A job of the employer, in one of its own departments (or none). */
export async function saveJobPosition(store: Repositories, { id, ...fields }: ValidJobPositionInput): Promise<number> {
  return store.transaction(async (tx) => {
    await requireEmployer(tx, fields.employerId);
    if (fields.departmentId !== null && (await tx.workplaces.department(fields.departmentId))?.employerId !== fields.employerId) {
      throw InvalidInputError.field(['departmentId'], 'invalid');
    }
    if (id !== undefined && (await tx.workplaces.jobPosition(id))?.employerId !== fields.employerId) throw notFound();
    return tx.workplaces.saveJobPosition(fields, id);
  });
}
