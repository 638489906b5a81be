import type { Migration } from './migration';

/**
 * Backups and retention: the folder the practice's backups go to, the log of every backup written
 * (and whether its check passed), and the Belgian retention term in years (the Dutch one is law).
 */
export const backupsAndRetention: Migration = {
  version: 7,
  sql: `
  ALTER TABLE practice_settings ADD COLUMN backup_folder TEXT;
  ALTER TABLE practice_settings ADD COLUMN retention_years_be INTEGER NOT NULL DEFAULT 15
    CHECK (retention_years_be BETWEEN 1 AND 100);

  CREATE TABLE backups (
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('daily', 'manual')),
    written_at TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'failed')),
    detail TEXT
  );
  CREATE INDEX backups_by_outcome ON backups (outcome, written_at);
  `,
};
