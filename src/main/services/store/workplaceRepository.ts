import {
  exposureProfileSchema,
  type Department,
  type Employer,
  type JobPosition,
  type Sector,
} from '../../../shared/model';
import type { Clock } from './clock';
import type { Db } from './database';

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

export function createWorkplaceRepository(db: Db, clock: Clock) {
  const employers = db.prepare<[], EmployerRow>(
    `SELECT e.id, e.name, e.sector, e.contact_name, e.contact_email,
            (SELECT count(*) FROM workers w WHERE w.employer_id = e.id) AS worker_count
       FROM employers e ORDER BY e.name COLLATE NOCASE`,
  );
  const employerById = db.prepare<[number], EmployerRow>(
    `SELECT e.id, e.name, e.sector, e.contact_name, e.contact_email,
            (SELECT count(*) FROM workers w WHERE w.employer_id = e.id) AS worker_count
       FROM employers e WHERE e.id = ?`,
  );
  const departments = db.prepare<[], { id: number; employer_id: number; name: string }>(
    'SELECT id, employer_id, name FROM departments ORDER BY name COLLATE NOCASE',
  );
  const departmentById = db.prepare<[number], { id: number; employer_id: number; name: string }>(
    'SELECT id, employer_id, name FROM departments WHERE id = ?',
  );
  const jobs = db.prepare<[], JobRow>(
    'SELECT id, employer_id, department_id, title, max_load_kg, exposures FROM job_positions ORDER BY title COLLATE NOCASE',
  );
  const jobById = db.prepare<[number], JobRow>(
    'SELECT id, employer_id, department_id, title, max_load_kg, exposures FROM job_positions WHERE id = ?',
  );
  const insertEmployer = db.prepare(
    `INSERT INTO employers (name, sector, contact_name, contact_email, created_at, updated_at)
     VALUES (@name, @sector, @contactName, @contactEmail, @now, @now)`,
  );
  const updateEmployer = db.prepare(
    `UPDATE employers SET name = @name, sector = @sector, contact_name = @contactName,
       contact_email = @contactEmail, updated_at = @now WHERE id = @id`,
  );
  const insertDepartment = db.prepare('INSERT INTO departments (employer_id, name) VALUES (@employerId, @name)');
  const updateDepartment = db.prepare('UPDATE departments SET name = @name WHERE id = @id AND employer_id = @employerId');
  const insertJob = db.prepare(
    `INSERT INTO job_positions (employer_id, department_id, title, max_load_kg, exposures)
     VALUES (@employerId, @departmentId, @title, @maxLoadKg, @exposures)`,
  );
  const updateJob = db.prepare(
    `UPDATE job_positions SET department_id = @departmentId, title = @title, max_load_kg = @maxLoadKg,
       exposures = @exposures WHERE id = @id AND employer_id = @employerId`,
  );

  function toEmployer(row: EmployerRow, allDepartments: Department[], allJobs: JobPosition[]): Employer {
    return {
      id: row.id,
      name: row.name,
      sector: row.sector,
      contactName: row.contact_name,
      contactEmail: row.contact_email,
      workerCount: row.worker_count,
      departments: allDepartments.filter((d) => d.employerId === row.id),
      jobPositions: allJobs.filter((j) => j.employerId === row.id),
    };
  }

  return {
    /** Every employer with its departments and job positions. */
    list(): Employer[] {
      const allDepartments = departments.all().map((d) => ({ id: d.id, employerId: d.employer_id, name: d.name }));
      const allJobs = jobs.all().map(toJob);
      return employers.all().map((row) => toEmployer(row, allDepartments, allJobs));
    },
    employer(id: number): Employer | null {
      const row = employerById.get(id);
      if (!row) return null;
      const allDepartments = departments.all().map((d) => ({ id: d.id, employerId: d.employer_id, name: d.name }));
      return toEmployer(row, allDepartments, jobs.all().map(toJob));
    },
    department(id: number): Department | null {
      const row = departmentById.get(id);
      return row ? { id: row.id, employerId: row.employer_id, name: row.name } : null;
    },
    jobPosition(id: number): JobPosition | null {
      const row = jobById.get(id);
      return row ? toJob(row) : null;
    },
    saveEmployer(fields: EmployerFields, id?: number): number {
      if (id === undefined) return Number(insertEmployer.run({ ...fields, now: clock.now() }).lastInsertRowid);
      updateEmployer.run({ ...fields, id, now: clock.now() });
      return id;
    },
    saveDepartment(fields: { employerId: number; name: string }, id?: number): number {
      if (id === undefined) return Number(insertDepartment.run(fields).lastInsertRowid);
      updateDepartment.run({ ...fields, id });
      return id;
    },
    saveJobPosition(fields: JobPositionFields, id?: number): number {
      const row = { ...fields, exposures: JSON.stringify(fields.exposures) };
      if (id === undefined) return Number(insertJob.run(row).lastInsertRowid);
      updateJob.run({ ...row, id });
      return id;
    },
  };
}
export type WorkplaceRepository = ReturnType<typeof createWorkplaceRepository>;
