import type { Migration } from './migration';

/**
 * The documents of a worker's legal trajectory that the doctor writes: the Dutch probleemanalyse and
 * its revisions, the advice on the plan van aanpak and its evaluations, the first-year evaluation and
 * the current assessment for the re-integration report; the Belgian re-integration assessment; the
 * Fedris request. Each is dated on the day it was made; a change adds a new row, never overwrites.
 */
export const legalDocuments: Migration = {
  version: 8,
  sql: `
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
  CREATE INDEX legal_documents_worker ON legal_documents(worker_id, kind, made_on);
  `,
};
