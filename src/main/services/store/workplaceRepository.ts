import {
  exposureProfileSchema,
  type Department,
  type Employer,
  type JobPosition,
  type Sector,
} from '../../../shared/model';
import type { Clock } from './clock';
import { orderIgnoringCase, type SqlWriter } from './sql';
import { statement } from './statement';

interface EmployerRow {
  id: number;
  name: string;
  sector: Sector;
  contact_name: string | null;
  contact_email: string | null;
  worker_count: number;
}
interface JobRow {
  id: number;
  employer_id: number;
  department_id: number | null;
  title: string;
  max_load_kg: number | null;
  exposures: string;
}

export interface EmployerFields {
  name: string;
  sector: Sector;
  contactName: string | null;
  contactEmail: string | null;
}
export interface JobPositionFields {
  employerId: number;
  departmentId: number | null;
  title: string;
  maxLoadKg: number | null;
  exposures: JobPosition['exposures'];
}

function toDepartment(row: { id: number; employer_id: number; name: string }): Department {
  return { id: row.id, employerId: row.employer_id, name: row.name };
}

/** Items grouped by their employer, each group in the order given. */
function byEmployer<T extends { employerId: number }>(items: T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const group = groups.get(item.employerId);
    if (group) group.push(item);
    else groups.set(item.employerId, [item]);
  }
  return groups;
}

function toJob(row: JobRow): JobPosition {
  return {
    id: row.id,
    employerId: row.employer_id,
    departmentId: row.department_id,
    title: row.title,
    maxLoadKg: row.max_load_kg,
    exposures: exposureProfileSchema.parse(JSON.parse(row.exposures)),
  };
}

export function createWorkplaceRepository(db: SqlWriter, clock: Clock) {
  const employers = statement<[], EmployerRow>(
    db,
    `SELECT e.id, e.name, e.sector, e.contact_name, e.contact_email,
            (SELECT count(*) FROM workers w WHERE w.employer_id = e.id) AS worker_count
       FROM employers e ORDER BY ${orderIgnoringCase(db.engine, 'e.name')}`,
  );
  const employerById = statement<[number], EmployerRow>(
    db,
    `SELECT e.id, e.name, e.sector, e.contact_name, e.contact_email,
            (SELECT count(*) FROM workers w WHERE w.employer_id = e.id) AS worker_count
       FROM employers e WHERE e.id = ?`,
  );
  const anyEmployer = statement<[], { found: number }>(db, 'SELECT 1 AS found FROM employers LIMIT 1');
  const departments = statement<[], { id: number; employer_id: number; name: string }>(
    db,
    `SELECT id, employer_id, name FROM departments ORDER BY ${orderIgnoringCase(db.engine, 'name')}`,
  );
  const departmentsOf = statement<[number], { id: number; employer_id: number; name: string }>(
    db,
    `SELECT id, employer_id, name FROM departments WHERE employer_id = ? ORDER BY ${orderIgnoringCase(db.engine, 'name')}`,
  );
  const departmentById = statement<[number], { id: number; employer_id: number; name: string }>(
    db,
    'SELECT id, employer_id, name FROM departments WHERE id = ?',
  );
  const jobs = statement<[], JobRow>(
    db,
    `SELECT id, employer_id, department_id, title, max_load_kg, exposures FROM job_positions ORDER BY ${orderIgnoringCase(db.engine, 'title')}`,
  );
  const jobsOf = statement<[number], JobRow>(
    db,
    `SELECT id, employer_id, department_id, title, max_load_kg, exposures FROM job_positions WHERE employer_id = ? ORDER BY ${orderIgnoringCase(db.engine, 'title')}`,
  );
  const jobById = statement<[number], JobRow>(
    db,
    'SELECT id, employer_id, department_id, title, max_load_kg, exposures FROM job_positions WHERE id = ?',
  );
  const insertEmployer = statement(
    db,
    `INSERT INTO employers (name, sector, contact_name, contact_email, created_at, updated_at)
     VALUES (@name, @sector, @contactName, @contactEmail, @now, @now) RETURNING id`,
  );
  const updateEmployer = statement(
    db,
    `UPDATE employers SET name = @name, sector = @sector, contact_name = @contactName,
       contact_email = @contactEmail, updated_at = @now WHERE id = @id`,
  );
  const insertDepartment = statement(db, 'INSERT INTO departments (employer_id, name) VALUES (@employerId, @name) RETURNING id');
  const updateDepartment = statement(db, 'UPDATE departments SET name = @name WHERE id = @id AND employer_id = @employerId');
  const insertJob = statement(
    db,
    `INSERT INTO job_positions (employer_id, department_id, title, max_load_kg, exposures)
     VALUES (@employerId, @departmentId, @title, @maxLoadKg, @exposures) RETURNING id`,
  );
  const updateJob = statement(
    db,
    `UPDATE job_positions SET department_id = @departmentId, title = @title, max_load_kg = @maxLoadKg,
       exposures = @exposures WHERE id = @id AND employer_id = @employerId`,
  );

  /** The employer of a row with its departments and jobs (those given are the employer's own, in order). */
  function toEmployer(row: EmployerRow, departmentsOfEmployer: Department[], jobsOfEmployer: JobPosition[]): Employer {
    return {
      id: row.id,
      name: row.name,
      sector: row.sector,
      contactName: row.contact_name,
      contactEmail: row.contact_email,
      workerCount: row.worker_count,
      departments: departmentsOfEmployer,
      jobPositions: jobsOfEmployer,
    };
  }

  return {
    /** Every employer with its departments and job positions. */
    async list(): Promise<Employer[]> {
      const departmentsByEmployer = byEmployer((await departments.all()).map(toDepartment));
      const jobsByEmployer = byEmployer((await jobs.all()).map(toJob));
      return (await employers.all()).map((row) => toEmployer(row, departmentsByEmployer.get(row.id) ?? [], jobsByEmployer.get(row.id) ?? []));
    },
    /** Whether the practice has no employer yet (a new, empty practice). */
    async isEmpty(): Promise<boolean> {
      return (await anyEmployer.get()) === undefined;
    },
    async employer(id: number): Promise<Employer | null> {
      const row = await employerById.get(id);
      if (!row) return null;
      return toEmployer(row, (await departmentsOf.all(id)).map(toDepartment), (await jobsOf.all(id)).map(toJob));
    },
    async department(id: number): Promise<Department | null> {
      const row = await departmentById.get(id);
      return row ? { id: row.id, employerId: row.employer_id, name: row.name } : null;
    },
    async jobPosition(id: number): Promise<JobPosition | null> {
      const row = await jobById.get(id);
      return row ? toJob(row) : null;
    },
    async saveEmployer(fields: EmployerFields, id?: number): Promise<number> {
      if (id === undefined) return await insertEmployer.insert({ ...fields, now: clock.now() });
      await updateEmployer.run({ ...fields, id, now: clock.now() });
      return id;
    },
    async saveDepartment(fields: { employerId: number; name: string }, id?: number): Promise<number> {
      if (id === undefined) return await insertDepartment.insert(fields);
      await updateDepartment.run({ ...fields, id });
      return id;
    },
    async saveJobPosition(fields: JobPositionFields, id?: number): Promise<number> {
      const row = { ...fields, exposures: JSON.stringify(fields.exposures) };
      if (id === undefined) return await insertJob.insert(row);
      await updateJob.run({ ...row, id });
      return id;
    },
  };
}
export type WorkplaceRepository = ReturnType<typeof createWorkplaceRepository>;
