import type { Migration } from './migration';

/**
 * On PostgreSQL each row of the name index carries its worker's employer and sort key, so the
 * search can take the first matches in alphabetical order from the names it found, without
 * looking up every matching worker first: a first name such as "Lot" matches 4,000 workers at
 * 200,000, and those lookups were 20 of its 25 ms (see docs/benchmarks.md).
 *
 * The copy cannot go stale: a foreign key on (worker, employer, sort key) refuses a names row that
 * differs from its worker, and carries a change of the worker's employer or sort key over to it.
 * SQLite's FTS5 table holds no columns to sort by: nothing to do there.
 */
export const nameSearchSortKey: Migration = {
  version: 16,
  sql: `
  -- SQLite finds name words through its FTS5 table (migration 0001): unchanged.
  `,
  postgres: `
  ALTER TABLE workers ADD CONSTRAINT workers_name_order UNIQUE (id, employer_id, sort_key);
  ALTER TABLE worker_names ADD COLUMN employer_id bigint, ADD COLUMN sort_key text COLLATE "C";
  UPDATE worker_names n SET employer_id = w.employer_id, sort_key = w.sort_key FROM workers w WHERE w.id = n.worker_id;
  ALTER TABLE worker_names
    DROP CONSTRAINT worker_names_worker_id_fkey,
    ALTER COLUMN employer_id SET NOT NULL,
    ALTER COLUMN sort_key SET NOT NULL,
    ADD CONSTRAINT worker_names_worker_order FOREIGN KEY (worker_id, employer_id, sort_key)
      REFERENCES workers (id, employer_id, sort_key) ON UPDATE CASCADE ON DELETE CASCADE DEFERRABLE;
  `,
};
