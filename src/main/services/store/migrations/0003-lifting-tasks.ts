import type { Migration } from './migration';

/** Lifting tasks rated with the NIOSH equation; indexes for the workplace aggregates. */
export const liftingTasks: Migration = {
  version: 3,
  sql: `
  CREATE TABLE lifting_tasks (
    id INTEGER PRIMARY KEY,
    employer_id INTEGER NOT NULL REFERENCES employers(id),
    job_position_id INTEGER NOT NULL REFERENCES job_positions(id),
    name TEXT NOT NULL,
    load_kg REAL NOT NULL,
    horizontal_cm REAL NOT NULL,
    vertical_cm REAL NOT NULL,
    distance_cm REAL NOT NULL,
    asymmetry_deg REAL NOT NULL,
    frequency_per_min REAL NOT NULL,
    duration_hours REAL NOT NULL,
    coupling TEXT NOT NULL CHECK (coupling IN ('good', 'fair', 'poor')),
    -- Result of the rules module's nioshLifting at saving, for counting by band in SQL.
    rwl_kg REAL NOT NULL,
    lifting_index REAL, -- NULL when the recommended weight limit is 0 (index infinite)
    band TEXT NOT NULL CHECK (band IN ('acceptable', 'increased', 'high')),
    assessed_on TEXT NOT NULL,
    assessor TEXT NOT NULL,
    notes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX lifting_tasks_employer ON lifting_tasks(employer_id, job_position_id);
  CREATE INDEX workers_employer_department ON workers(employer_id, department_id);
  CREATE INDEX workers_employer_job ON workers(employer_id, job_position_id);
  `,
};
