import type { Migration } from './migration';

/** The same step on both engines. */
const sql = `
  ALTER TABLE workers ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
  ALTER TABLE consultation_drafts ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
  ALTER TABLE practice_settings ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
  DROP INDEX plans_episode;
  CREATE UNIQUE INDEX plans_one_per_episode ON return_to_work_plans(episode_id);
  `;

/**
 * Optimistic concurrency: several workstations of a practice server may edit the same record at
 * once. A row version counts the saves of a worker, a consultation draft and the practice settings;
 * a save names the version it started from and is refused when the row has moved on. Plans are
 * versioned already (each save adds a version); one plan per episode makes two first versions of
 * the same episode collide instead of starting two plans.
 */
export const rowVersions: Migration = {
  version: 13,
  sql,
  postgres: sql,
};
