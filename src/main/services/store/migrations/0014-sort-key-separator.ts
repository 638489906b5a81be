import type { Migration } from './migration';

/**
 * A worker's sort key (surname, separator, first name; searchKey.ts) separates the names with
 * U+0001 instead of U+0000: PostgreSQL text cannot hold U+0000, and both engines keep the same keys.
 * The order does not change: U+0001, like U+0000, sorts before every character of a folded name.
 *
 * SQLite's text functions stop at U+0000, so each key is cut there with printf('%s', …) and its
 * bytes after the separator are taken from the key as a blob.
 */
export const sortKeySeparator: Migration = {
  version: 14,
  sql: `
  UPDATE workers
     SET sort_key = printf('%s', sort_key) || char(1)
           || CAST(substr(CAST(sort_key AS BLOB), length(CAST(printf('%s', sort_key) AS BLOB)) + 2) AS TEXT)
   WHERE length(CAST(sort_key AS BLOB)) > length(CAST(printf('%s', sort_key) AS BLOB));
  `,
  postgres: `
  -- PostgreSQL text never held U+0000: its sort keys have the new separator already.
  `,
};
