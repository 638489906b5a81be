import type { Migration } from './migration';

/**
 * Signed consultations and their amendments, and whether the red flags were screened.
 *
 * A saved consultation is signed by its author at its first save; a later change is an amendment
 * that keeps the consultation as it was (intake and evaluation) with who, when and why. Consultations
 * stored before this version were saved as final by their author: they count as signed by that
 * author at their last save (updated_at), with no amendments known.
 *
 * The red-flag screening is read honestly from what was stored: a consultation with at least one
 * checklist finding ticked was gone through (a finding was recorded); one without any finding is
 * marked not screened, because an empty checklist may never have been opened.
 */
export const consultationSigning: Migration = {
  version: 10,
  sql: `
  ALTER TABLE consultations ADD COLUMN signed_by INTEGER REFERENCES users(id);
  ALTER TABLE consultations ADD COLUMN signed_at TEXT;
  UPDATE consultations SET signed_by = doctor_id, signed_at = updated_at WHERE status = 'final';

  UPDATE consultations
     SET intake = json_set(intake, '$.redFlagsScreened',
           json(CASE WHEN EXISTS (SELECT 1 FROM json_each(consultations.intake, '$.redFlags') WHERE value = 1) THEN 'true' ELSE 'false' END));

  CREATE TABLE consultation_amendments (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations(id),
    amended_by INTEGER NOT NULL REFERENCES users(id),
    amended_at TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    -- The consultation as it was before this amendment.
    previous_intake TEXT NOT NULL,
    previous_evaluation TEXT NOT NULL
  );
  CREATE INDEX consultation_amendments_consultation ON consultation_amendments(consultation_id, id);
  `,
};
