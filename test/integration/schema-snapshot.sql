-- Practice file schema, user_version 17. Regenerate with: npm run schema:snapshot

-- table access_log
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
  , count INTEGER NOT NULL DEFAULT 1 CHECK (count >= 1), last_at TEXT, results INTEGER);

-- table backups
CREATE TABLE backups (
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('daily', 'manual')),
    written_at TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'failed')),
    detail TEXT
  );

-- table consultation_amendments
CREATE TABLE consultation_amendments (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations(id),
    amended_by INTEGER NOT NULL REFERENCES users(id),
    amended_at TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    -- The consultation as it was before this amendment.
    previous_intake TEXT NOT NULL,
    previous_evaluation TEXT NOT NULL
  );

-- table consultation_drafts
CREATE TABLE consultation_drafts (
    id INTEGER PRIMARY KEY,
    worker_id INTEGER NOT NULL REFERENCES workers(id),
    doctor_id INTEGER NOT NULL REFERENCES users(id),
    -- The saved consultation being edited; NULL for a new one.
    consultation_id INTEGER REFERENCES consultations(id),
    document TEXT NOT NULL,
    saved_at TEXT NOT NULL
  , row_version INTEGER NOT NULL DEFAULT 1);

-- table consultation_risk_factors
CREATE TABLE consultation_risk_factors (
    consultation_id INTEGER NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    PRIMARY KEY (consultation_id, code)
  ) WITHOUT ROWID;

-- table consultations
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
  , signed_by INTEGER REFERENCES users(id), signed_at TEXT);

-- table departments
CREATE TABLE departments (
    id INTEGER PRIMARY KEY,
    employer_id INTEGER NOT NULL REFERENCES employers(id),
    name TEXT NOT NULL,
    UNIQUE (employer_id, name)
  );

-- table employers
CREATE TABLE employers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    sector TEXT NOT NULL CHECK (sector IN ('private', 'localPublic', 'federalPublic', 'other')),
    contact_name TEXT,
    contact_email TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );

-- table episodes
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

-- table job_positions
CREATE TABLE job_positions (
    id INTEGER PRIMARY KEY,
    employer_id INTEGER NOT NULL REFERENCES employers(id),
    department_id INTEGER REFERENCES departments(id),
    title TEXT NOT NULL,
    max_load_kg REAL,
    exposures TEXT NOT NULL
  );

-- table legal_documents
CREATE TABLE legal_documents (
    id INTEGER PRIMARY KEY,
    worker_id INTEGER NOT NULL REFERENCES workers(id),
    episode_id INTEGER NOT NULL REFERENCES episodes(id),
    kind TEXT NOT NULL,
    made_on TEXT NOT NULL,
    document TEXT NOT NULL,
    created_by INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL
  );

-- table lifting_tasks
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

-- table practice_settings
CREATE TABLE practice_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    jurisdiction TEXT NOT NULL CHECK (jurisdiction IN ('NL', 'BE')),
    language TEXT NOT NULL CHECK (language IN ('nl', 'fr', 'en')),
    small_cell_k INTEGER NOT NULL DEFAULT 5 CHECK (small_cell_k >= 3),
    orebro_cut_off INTEGER NOT NULL DEFAULT 50,
    created_at TEXT NOT NULL
  , address TEXT, phone TEXT, email TEXT, logo BLOB CHECK (logo IS NULL OR length(logo) <= 262144), idle_lock_minutes INTEGER NOT NULL DEFAULT 10
    CHECK (idle_lock_minutes BETWEEN 1 AND 240), backup_folder TEXT, retention_years_be INTEGER NOT NULL DEFAULT 15
    CHECK (retention_years_be BETWEEN 1 AND 100), row_version INTEGER NOT NULL DEFAULT 1);

-- table return_to_work_plan_versions
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

-- table return_to_work_plans
CREATE TABLE return_to_work_plans (
    id INTEGER PRIMARY KEY,
    episode_id INTEGER NOT NULL REFERENCES episodes(id),
    worker_id INTEGER NOT NULL REFERENCES workers(id),
    created_at TEXT NOT NULL
  );

-- table sign_in_failures
CREATE TABLE sign_in_failures (
    subject TEXT PRIMARY KEY,
    failures INTEGER NOT NULL CHECK (failures >= 0),
    last_failure_at TEXT NOT NULL,
    locked_until TEXT
  ) WITHOUT ROWID;

-- table users
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('doctor', 'nurse', 'preventionAdvisor')),
    passphrase_hash TEXT NOT NULL,
    created_at TEXT NOT NULL
  , removed_at TEXT, removed_by INTEGER REFERENCES users(id), professional_registration TEXT
    CHECK (professional_registration IS NULL OR (length(professional_registration) = 11 AND professional_registration NOT GLOB '*[^0-9]*')));

-- table worker_names
CREATE VIRTUAL TABLE worker_names USING fts5(
    words, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
  );

-- table workers
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
    updated_at TEXT NOT NULL, row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (employer_id, personnel_number_key)
  );

-- index access_log_denied
CREATE INDEX access_log_denied ON access_log(channel, at) WHERE outcome = 'denied';

-- index access_log_worker
CREATE INDEX access_log_worker ON access_log(worker_id, at);

-- index backups_by_outcome
CREATE INDEX backups_by_outcome ON backups (outcome, written_at);

-- index consultation_amendments_consultation
CREATE INDEX consultation_amendments_consultation ON consultation_amendments(consultation_id, id);

-- index consultation_drafts_key
CREATE UNIQUE INDEX consultation_drafts_key ON consultation_drafts(worker_id, doctor_id, IFNULL(consultation_id, 0));

-- index consultations_aggregates
CREATE INDEX consultations_aggregates
    ON consultations(worker_id, consultation_date, episode_id, phase, chronicity_level, urgency);

-- index consultations_doctor_follow_up
CREATE INDEX consultations_doctor_follow_up ON consultations(doctor_id, follow_up_date);

-- index consultations_doctor_worker
CREATE INDEX consultations_doctor_worker ON consultations(doctor_id, worker_id);

-- index consultations_episode
CREATE INDEX consultations_episode ON consultations(episode_id, status, consultation_date, id);

-- index consultations_worker
CREATE INDEX consultations_worker ON consultations(worker_id, consultation_date);

-- index episodes_sick_leave
CREATE INDEX episodes_sick_leave ON episodes(sick_leave_start) WHERE closed_on IS NULL;

-- index episodes_sick_leave_by_worker
CREATE INDEX episodes_sick_leave_by_worker ON episodes(worker_id, sick_leave_start, sick_leave_end, closed_on);

-- index episodes_worker
CREATE INDEX episodes_worker ON episodes(worker_id, onset_date);

-- index job_positions_employer
CREATE INDEX job_positions_employer ON job_positions(employer_id);

-- index legal_documents_worker
CREATE INDEX legal_documents_worker ON legal_documents(worker_id, kind, made_on);

-- index lifting_tasks_employer
CREATE INDEX lifting_tasks_employer ON lifting_tasks(employer_id, job_position_id);

-- index plans_one_per_episode
CREATE UNIQUE INDEX plans_one_per_episode ON return_to_work_plans(episode_id);

-- index plans_worker
CREATE INDEX plans_worker ON return_to_work_plans(worker_id);

-- index workers_aggregates
CREATE INDEX workers_aggregates ON workers(employer_id, department_id, job_position_id);

-- index workers_department
CREATE INDEX workers_department ON workers(department_id);

-- index workers_employer_job
CREATE INDEX workers_employer_job ON workers(employer_id, job_position_id);

-- index workers_job
CREATE INDEX workers_job ON workers(job_position_id);

-- index workers_personnel_number
CREATE INDEX workers_personnel_number ON workers(personnel_number_key);

-- index workers_sort
CREATE INDEX workers_sort ON workers(sort_key);
