import type { Migration } from './migration';

/** The same index on both engines. */
const sql = `
  CREATE INDEX consultations_aggregates
    ON consultations(worker_id, consultation_date, episode_id, phase, chronicity_level, urgency);
  `;

/** The workplace aggregates read consultations from this index alone, never the documents. */
export const aggregatesIndex: Migration = {
  version: 4,
  sql,
  postgres: sql,
};
