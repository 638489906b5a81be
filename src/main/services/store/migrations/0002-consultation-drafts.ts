import type { Migration } from './migration';

/** Autosaved consultation drafts; indexes for the dossier, plans and the agenda. */
export const consultationDrafts: Migration = {
  version: 2,
  sql: `
  CREATE TABLE consultation_drafts (
    id INTEGER PRIMARY KEY,
    worker_id INTEGER NOT NULL REFERENCES workers(id),
    doctor_id INTEGER NOT NULL REFERENCES users(id),
    -- The saved consultation being edited; NULL for a new one.
    consultation_id INTEGER REFERENCES consultations(id),
    document TEXT NOT NULL,
    saved_at TEXT NOT NULL
  );
  CREATE UNIQUE INDEX consultation_drafts_key ON consultation_drafts(worker_id, doctor_id, IFNULL(consultation_id, 0));
  CREATE INDEX consultations_doctor_worker ON consultations(doctor_id, worker_id);
  CREATE INDEX plans_episode ON return_to_work_plans(episode_id);
  CREATE INDEX episodes_sick_leave ON episodes(sick_leave_start) WHERE closed_on IS NULL;
  `,
};
