import type { Migration } from './migration';

/** The practice's letterhead on the documents: address, phone, email and logo (PNG or JPEG). */
export const letterhead: Migration = {
  version: 5,
  sql: `
  ALTER TABLE practice_settings ADD COLUMN address TEXT;
  ALTER TABLE practice_settings ADD COLUMN phone TEXT;
  ALTER TABLE practice_settings ADD COLUMN email TEXT;
  ALTER TABLE practice_settings ADD COLUMN logo BLOB CHECK (logo IS NULL OR length(logo) <= 262144);
  `,
  postgres: `
  ALTER TABLE practice_settings ADD COLUMN address text;
  ALTER TABLE practice_settings ADD COLUMN phone text;
  ALTER TABLE practice_settings ADD COLUMN email text;
  ALTER TABLE practice_settings ADD COLUMN logo bytea CHECK (logo IS NULL OR length(logo) <= 262144);
  `,
};
