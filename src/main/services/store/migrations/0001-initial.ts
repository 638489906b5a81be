import type { Migration } from './migration';

/** The practice, accounts, workplaces, workers, episodes, consultations, plans, access log. */
export const initial: Migration = {
  version: 1,
  sql: `
  CREATE TABLE practice_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    jurisdiction TEXT NOT NULL CHECK (jurisdiction IN ('NL', 'BE')),
    language TEXT NOT NULL CHECK (language IN ('nl', 'fr', 'en')),
    small_cell_k INTEGER NOT NULL DEFAULT 5 CHECK (small_cell_k >= 3),
    orebro_cut_off INTEGER NOT NULL DEFAULT 50,
    created_at TEXT NOT NULL
  );

  CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('doctor', 'nurse', 'preventionAdvisor')),
    passphrase_hash TEXT NOT NULL,
    created_at TEXT NOT NULL
  );

  CREATE TABLE employers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    sector TEXT NOT NULL CHECK (sector IN ('private', 'localPublic', 'federalPublic', 'other')),
    contact_name TEXT,
    contact_email TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );

  CREATE TABLE departments (
    id INTEGER PRIMARY KEY,
    employer_id INTEGER NOT NULL REFERENCES employers(id),
    name TEXT NOT NULL,
    UNIQUE (employer_id, name)
  );

  CREATE TABLE job_positions (
    id INTEGER PRIMARY KEY,
    employer_id INTEGER NOT NULL REFERENCES employers(id),
    department_id INTEGER REFERENCES departments(id),
    title TEXT NOT NULL,
    max_load_kg REAL,
    exposures TEXT NOT NULL
  );
  CREATE INDEX job_positions_employer ON job_positions(employer_id);

  CREATE TABLE workers (
    id INTEGER PRIMARY KEY,
    employer_id INTEGER NOT NULL REFERENCES employers(id),
    department_id INTEGER REFERENCES departments(id),
    job_position_id INTEGER REFERENCES job_positions(id),
    personnel_number TEXT NOT NULL,
    personnel_number_key TEXT NOT NULL,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    contract_hours REAL NOT NULL,
    email TEXT,
    phone TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (employer_id, personnel_number_key)
  );
  CREATE INDEX workers_personnel_number ON workers(personnel_number_key);
  CREATE INDEX workers_sort ON workers(sort_key);
  CREATE INDEX workers_department ON workers(department_id);
  CREATE INDEX workers_job ON workers(job_position_id);

  -- Folded name words (lower case, no accents) of each worker; rowid = workers.id.
  CREATE VIRTUAL TABLE worker_names USING fts5(
    words, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
  );

  CREATE TABLE episodes (
    id INTEGER PRIMARY KEY,
    worker_id INTEGER NOT NULL REFERENCES workers(id),
    onset_date TEXT NOT NULL,
    sick_leave_start TEXT,
    sick_leave_end TEXT,
    work_status TEXT NOT NULL CHECK (work_status IN ('working', 'partlyWorking', 'offWork')),
    closed_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX episodes_worker ON episodes(worker_id, onset_date);

  CREATE TABLE consultations (
    id INTEGER PRIMARY KEY,
    episode_id INTEGER NOT NULL REFERENCES episodes(id),
    worker_id INTEGER NOT NULL REFERENCES workers(id),
    doctor_id INTEGER NOT NULL REFERENCES users(id),
    consultation_date TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'final')),
    phase TEXT,
    urgency TEXT,
    chronicity_level TEXT,
    pain_score INTEGER,
    follow_up_date TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    -- The documents last: reading the indexed columns above never walks their overflow pages.
    intake TEXT NOT NULL,
    evaluation TEXT
  );
  CREATE INDEX consultations_worker ON consultations(worker_id, consultation_date);
  CREATE INDEX consultations_episode ON consultations(episode_id);
  CREATE INDEX consultations_doctor_follow_up ON consultations(doctor_id, follow_up_date);

  -- Risk-factor codes recorded in a consultation (rules catalogue), for the workplace aggregates.
  CREATE TABLE consultation_risk_factors (
    consultation_id INTEGER NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    PRIMARY KEY (consultation_id, code)
  ) WITHOUT ROWID;

  CREATE TABLE return_to_work_plans (
    id INTEGER PRIMARY KEY,
    episode_id INTEGER NOT NULL REFERENCES episodes(id),
    worker_id INTEGER NOT NULL REFERENCES workers(id),
    created_at TEXT NOT NULL
  );
  CREATE INDEX plans_worker ON return_to_work_plans(worker_id);

  CREATE TABLE return_to_work_plan_versions (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES return_to_work_plans(id),
    version INTEGER NOT NULL,
    status TEXT NOT NULL,
    document TEXT NOT NULL,
    next_review TEXT,
    created_by INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    UNIQUE (plan_id, version)
  );

  CREATE TABLE access_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_id INTEGER,
    user_name TEXT,
    role TEXT,
    action TEXT NOT NULL,
    channel TEXT NOT NULL,
    worker_id INTEGER,
    outcome TEXT NOT NULL CHECK (outcome IN ('allowed', 'denied'))
  );
  CREATE INDEX access_log_worker ON access_log(worker_id, at);
  `,
  postgres: `
  -- Keys compared by range or sorted (names, personnel numbers) sort by code point, as SQLite's
  -- BINARY collation does, whatever the database's own collation.
  CREATE TABLE practice_settings (
    id bigint PRIMARY KEY CHECK (id = 1),
    name text NOT NULL,
    jurisdiction text NOT NULL CHECK (jurisdiction IN ('NL', 'BE')),
    language text NOT NULL CHECK (language IN ('nl', 'fr', 'en')),
    small_cell_k integer NOT NULL DEFAULT 5 CHECK (small_cell_k >= 3),
    orebro_cut_off integer NOT NULL DEFAULT 50,
    created_at text NOT NULL
  );

  CREATE TABLE users (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    name_key text COLLATE "C" NOT NULL UNIQUE,
    role text NOT NULL CHECK (role IN ('doctor', 'nurse', 'preventionAdvisor')),
    passphrase_hash text NOT NULL,
    created_at text NOT NULL
  );

  CREATE TABLE employers (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    sector text NOT NULL CHECK (sector IN ('private', 'localPublic', 'federalPublic', 'other')),
    contact_name text,
    contact_email text,
    created_at text NOT NULL,
    updated_at text NOT NULL
  );

  CREATE TABLE departments (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    employer_id bigint NOT NULL REFERENCES employers(id) DEFERRABLE,
    name text NOT NULL,
    UNIQUE (employer_id, name)
  );

  CREATE TABLE job_positions (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    employer_id bigint NOT NULL REFERENCES employers(id) DEFERRABLE,
    department_id bigint REFERENCES departments(id) DEFERRABLE,
    title text NOT NULL,
    max_load_kg double precision,
    exposures text NOT NULL
  );
  CREATE INDEX job_positions_employer ON job_positions(employer_id);

  CREATE TABLE workers (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    employer_id bigint NOT NULL REFERENCES employers(id) DEFERRABLE,
    department_id bigint REFERENCES departments(id) DEFERRABLE,
    job_position_id bigint REFERENCES job_positions(id) DEFERRABLE,
    personnel_number text NOT NULL,
    personnel_number_key text COLLATE "C" NOT NULL,
    first_name text NOT NULL,
    last_name text NOT NULL,
    sort_key text COLLATE "C" NOT NULL,
    birth_date text NOT NULL,
    contract_hours double precision NOT NULL,
    email text,
    phone text,
    created_at text NOT NULL,
    updated_at text NOT NULL,
    UNIQUE (employer_id, personnel_number_key)
  );
  CREATE INDEX workers_personnel_number ON workers(personnel_number_key);
  CREATE INDEX workers_sort ON workers(sort_key);
  CREATE INDEX workers_department ON workers(department_id);
  CREATE INDEX workers_job ON workers(job_position_id);

  -- Folded name words of each worker (searchKey.ts nameWords: lower case, no accents), found by
  -- word prefix, ' ' || words LIKE '% ' || prefix || '%', through a trigram index on that same
  -- expression; SQLite keeps the same words in an FTS5 table.
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE TABLE worker_names (
    worker_id bigint PRIMARY KEY REFERENCES workers(id) ON DELETE CASCADE DEFERRABLE,
    words text NOT NULL
  );
  CREATE INDEX worker_names_words ON worker_names USING gin ((' ' || words) gin_trgm_ops);

  CREATE TABLE episodes (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    worker_id bigint NOT NULL REFERENCES workers(id) DEFERRABLE,
    onset_date text NOT NULL,
    sick_leave_start text,
    sick_leave_end text,
    work_status text NOT NULL CHECK (work_status IN ('working', 'partlyWorking', 'offWork')),
    closed_on text,
    created_at text NOT NULL,
    updated_at text NOT NULL
  );
  CREATE INDEX episodes_worker ON episodes(worker_id, onset_date);

  CREATE TABLE consultations (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    episode_id bigint NOT NULL REFERENCES episodes(id) DEFERRABLE,
    worker_id bigint NOT NULL REFERENCES workers(id) DEFERRABLE,
    doctor_id bigint NOT NULL REFERENCES users(id) DEFERRABLE,
    consultation_date text NOT NULL,
    status text NOT NULL CHECK (status IN ('draft', 'final')),
    phase text,
    urgency text,
    chronicity_level text,
    pain_score integer,
    follow_up_date text,
    created_at text NOT NULL,
    updated_at text NOT NULL,
    intake text NOT NULL,
    evaluation text
  );
  CREATE INDEX consultations_worker ON consultations(worker_id, consultation_date);
  CREATE INDEX consultations_episode ON consultations(episode_id);
  CREATE INDEX consultations_doctor_follow_up ON consultations(doctor_id, follow_up_date);

  CREATE TABLE consultation_risk_factors (
    consultation_id bigint NOT NULL REFERENCES consultations(id) ON DELETE CASCADE DEFERRABLE,
    code text NOT NULL,
    PRIMARY KEY (consultation_id, code)
  );

  CREATE TABLE return_to_work_plans (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    episode_id bigint NOT NULL REFERENCES episodes(id) DEFERRABLE,
    worker_id bigint NOT NULL REFERENCES workers(id) DEFERRABLE,
    created_at text NOT NULL
  );
  CREATE INDEX plans_worker ON return_to_work_plans(worker_id);

  CREATE TABLE return_to_work_plan_versions (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    plan_id bigint NOT NULL REFERENCES return_to_work_plans(id) DEFERRABLE,
    version integer NOT NULL,
    status text NOT NULL,
    document text NOT NULL,
    next_review text,
    created_by bigint NOT NULL REFERENCES users(id) DEFERRABLE,
    created_at text NOT NULL,
    UNIQUE (plan_id, version)
  );

  CREATE TABLE access_log (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    at text NOT NULL,
    user_id bigint,
    user_name text,
    role text,
    action text NOT NULL,
    channel text NOT NULL,
    worker_id bigint,
    outcome text NOT NULL CHECK (outcome IN ('allowed', 'denied'))
  );
  CREATE INDEX access_log_worker ON access_log(worker_id, at);
  `,
};
