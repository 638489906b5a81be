import type { Migration } from './migration';

/**
 * Accounts are removed, not deleted: the consultations, plans and documents they wrote keep naming
 * their author. A removed account cannot sign in (no passphrase hash) and frees its name for a new
 * account (its name key is set aside); when and by whom it was removed stays on the row.
 */
export const removedAccounts: Migration = {
  version: 9,
  sql: `
  ALTER TABLE users ADD COLUMN removed_at TEXT;
  ALTER TABLE users ADD COLUMN removed_by INTEGER REFERENCES users(id);
  `,
  postgres: `
  ALTER TABLE users ADD COLUMN removed_at text;
  ALTER TABLE users ADD COLUMN removed_by bigint REFERENCES users(id) DEFERRABLE;
  `,
};
