import type { Migration } from './migration';

/** The doctor's BIG (NL) or RIZIV (BE) number for the referral letter: 11 digits, or none yet. */
export const professionalRegistration: Migration = {
  version: 11,
  sql: `
  ALTER TABLE users ADD COLUMN professional_registration TEXT
    CHECK (professional_registration IS NULL OR (length(professional_registration) = 11 AND professional_registration NOT GLOB '*[^0-9]*'));
  `,
  postgres: `
  ALTER TABLE users ADD COLUMN professional_registration text
    CHECK (professional_registration IS NULL OR (length(professional_registration) = 11 AND professional_registration !~ '[^0-9]'));
  `,
};
