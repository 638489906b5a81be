import type { Migration } from './migration';

/**
 * Sign-in throttling, the idle lock's time, and an access log that cannot be flooded: a refusal
 * repeated by the same user on the same channel and worker is one row with a count; a search that
 * lists workers records how many it listed.
 */
export const signInAndAccessLog: Migration = {
  version: 6,
  sql: `
  ALTER TABLE access_log ADD COLUMN count INTEGER NOT NULL DEFAULT 1 CHECK (count >= 1);
  ALTER TABLE access_log ADD COLUMN last_at TEXT;
  ALTER TABLE access_log ADD COLUMN results INTEGER;
  CREATE INDEX access_log_denied ON access_log(channel, at) WHERE outcome = 'denied';

  -- Failed sign-ins per account (subject 'account:<name key>') and for this machine ('machine').
  CREATE TABLE sign_in_failures (
    subject TEXT PRIMARY KEY,
    failures INTEGER NOT NULL CHECK (failures >= 0),
    last_failure_at TEXT NOT NULL,
    locked_until TEXT
  ) WITHOUT ROWID;

  ALTER TABLE practice_settings ADD COLUMN idle_lock_minutes INTEGER NOT NULL DEFAULT 10
    CHECK (idle_lock_minutes BETWEEN 1 AND 240);
  `,
  postgres: `
  ALTER TABLE access_log ADD COLUMN count integer NOT NULL DEFAULT 1 CHECK (count >= 1);
  ALTER TABLE access_log ADD COLUMN last_at text;
  ALTER TABLE access_log ADD COLUMN results integer;
  CREATE INDEX access_log_denied ON access_log(channel, at) WHERE outcome = 'denied';

  CREATE TABLE sign_in_failures (
    subject text PRIMARY KEY,
    failures integer NOT NULL CHECK (failures >= 0),
    last_failure_at text NOT NULL,
    locked_until text
  );

  ALTER TABLE practice_settings ADD COLUMN idle_lock_minutes integer NOT NULL DEFAULT 10
    CHECK (idle_lock_minutes BETWEEN 1 AND 240);
  `,
};
