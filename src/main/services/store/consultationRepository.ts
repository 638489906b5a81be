import type { ConsultationEvaluation, RedFlagCode } from '../../../shared/rules';
import {
  evaluationContextOf,
  exposureProfileSchema,
  intakeSchema,
  type Consultation,
  type ConsultationSummary,
  type DraftInfo,
  type EvaluationContext,
  type Intake,
  intakeDraftSchema,
  type IntakeDraft,
  type Jurisdiction,
  type Role,
  type Sector,
} from '../../../shared/model';
import { changedMeanwhile } from '../domainError';
import type { Clock } from './clock';
import type { SqlWriter } from './sql';
import { statement } from './statement';

interface ConsultationRow {
  id: number;
  worker_id: number;
  episode_id: number;
  doctor_id: number;
  author_name: string;
  author_role: Role;
  consultation_date: string;
  status: 'draft' | 'final';
  intake: string;
  evaluation: string;
  phase: Consultation['phase'];
  urgency: Consultation['urgency'];
  chronicity_level: Consultation['chronicityLevel'];
  pain_score: number;
  follow_up_date: string | null;
  updated_at: string;
  signed_by_name: string;
  signed_at: string;
  amendment_count: number;
}

interface AmendmentRow {
  id: number;
  amended_by_name: string;
  amended_at: string;
  reason: string;
  previous_intake: string;
}

export interface StoredConsultation {
  consultation: Consultation;
  doctorId: number;
  evaluation: ConsultationEvaluation;
}

export interface ConsultationRecord {
  /** Absent for a new consultation. */
  id?: number;
  workerId: number;
  episodeId: number;
  doctorId: number;
  intake: Intake;
  /** Main's own evaluation of the intake. */
  evaluation: ConsultationEvaluation;
}

const selectConsultation = `
  SELECT c.id, c.worker_id, c.episode_id, c.doctor_id, u.name AS author_name, u.role AS author_role, c.consultation_date, c.status,
         c.intake, c.evaluation, c.phase, c.urgency, c.chronicity_level, c.pain_score, c.follow_up_date, c.updated_at,
         coalesce(s.name, u.name) AS signed_by_name, coalesce(c.signed_at, c.updated_at) AS signed_at,
         (SELECT count(*) FROM consultation_amendments a WHERE a.consultation_id = c.id) AS amendment_count
    FROM consultations c JOIN users u ON u.id = c.doctor_id LEFT JOIN users s ON s.id = c.signed_by`;

function toConsultation(row: ConsultationRow, amendments: Consultation['amendments']): Consultation {
  return {
    id: row.id,
    workerId: row.worker_id,
    episodeId: row.episode_id,
    authorName: row.author_name,
    authorRole: row.author_role,
    consultationDate: row.consultation_date,
    status: row.status,
    intake: intakeSchema.parse(JSON.parse(row.intake)),
    phase: row.phase,
    urgency: row.urgency,
    chronicityLevel: row.chronicity_level,
    updatedAt: row.updated_at,
    signedBy: row.signed_by_name,
    signedAt: row.signed_at,
    amendments,
  };
}

function evaluationOf(row: { evaluation: string }): ConsultationEvaluation {
  return JSON.parse(row.evaluation) as ConsultationEvaluation;
}

/** Whether the red flags were screened and where an immediate flag sent the worker, read from the stored intake. */
function screeningOf(row: { intake: string }): Pick<ConsultationSummary, 'redFlagsScreened' | 'immediateReferral'> {
  const intake = intakeSchema.parse(JSON.parse(row.intake));
  return { redFlagsScreened: intake.redFlagsScreened, immediateReferral: intake.immediateReferral };
}

interface ContextRow {
  jurisdiction: Jurisdiction;
  orebro_cut_off: number;
  birth_date: string;
  contract_hours: number;
  sector: Sector;
  job_id: number | null;
  job_title: string | null;
  department_id: number | null;
  employer_id: number;
  max_load_kg: number | null;
  exposures: string | null;
}

/**
 * Consultations with their intake document and main's evaluation, the indexed columns the
 * workplace aggregates read (phase, urgency, chronicity level, pain, follow-up, risk factors),
 * and the autosaved drafts of unfinished consultations.
 */
export function createConsultationRepository(db: SqlWriter, clock: Clock) {
  const byId = statement<[number], ConsultationRow>(db, `${selectConsultation} WHERE c.id = ?`);
  const byWorker = statement<[number], ConsultationRow>(
    db,
    `${selectConsultation} WHERE c.worker_id = ? AND c.status = 'final' ORDER BY c.consultation_date DESC, c.id DESC`,
  );
  const latestInEpisode = statement<[number], ConsultationRow>(
    db,
    `${selectConsultation} WHERE c.episode_id = ? AND c.status = 'final' ORDER BY c.consultation_date DESC, c.id DESC LIMIT 1`,
  );
  const inEpisode = statement<[number], ConsultationRow>(
    db,
    `${selectConsultation} WHERE c.episode_id = ? AND c.status = 'final' ORDER BY c.consultation_date, c.id`,
  );
  const insert = statement(
    db,
    `INSERT INTO consultations (episode_id, worker_id, doctor_id, consultation_date, status, intake, evaluation, phase,
       urgency, chronicity_level, pain_score, follow_up_date, created_at, updated_at, signed_by, signed_at)
     VALUES (@episodeId, @workerId, @doctorId, @consultationDate, 'final', @intake, @evaluation, @phase,
       @urgency, @chronicityLevel, @painScore, @followUpDate, @now, @now, @doctorId, @now) RETURNING id`,
  );
  const amendmentsOf = statement<[number], AmendmentRow>(
    db,
    `SELECT a.id, u.name AS amended_by_name, a.amended_at, a.reason, a.previous_intake
       FROM consultation_amendments a JOIN users u ON u.id = a.amended_by
      WHERE a.consultation_id = ? ORDER BY a.id`,
  );
  const insertAmendment = statement(
    db,
    `INSERT INTO consultation_amendments (consultation_id, amended_by, amended_at, reason, previous_intake, previous_evaluation)
     SELECT id, @amendedBy, @now, @reason, intake, evaluation FROM consultations WHERE id = @id`,
  );
  // The consultation's row stays locked for the rest of the amendment's transaction: a second
  // amendment waits for the first to commit and then counts its amendment (SQLite's write
  // transactions run one at a time already).
  const lockForAmendment = statement<[number], { id: number }>(
    db,
    `SELECT id FROM consultations WHERE id = ?${db.engine === 'postgres' ? ' FOR UPDATE' : ''}`,
  );
  const amendmentCount = statement<[number], { n: number }>(db, 'SELECT count(*) AS n FROM consultation_amendments WHERE consultation_id = ?');
  const update = statement(
    db,
    `UPDATE consultations SET episode_id = @episodeId, consultation_date = @consultationDate, status = 'final',
       intake = @intake, evaluation = @evaluation, phase = @phase, urgency = @urgency, chronicity_level = @chronicityLevel,
       pain_score = @painScore, follow_up_date = @followUpDate, updated_at = @now
     WHERE id = @id AND worker_id = @workerId`,
  );
  const full = async (row: ConsultationRow): Promise<Consultation> =>
    toConsultation(
      row,
      row.amendment_count === 0
        ? []
        : (await amendmentsOf.all(row.id)).map((a) => ({
            id: a.id,
            amendedBy: a.amended_by_name,
            amendedAt: a.amended_at,
            reason: a.reason,
            previousIntake: intakeSchema.parse(JSON.parse(a.previous_intake)),
          })),
    );
  const deleteRiskFactors = statement(db, 'DELETE FROM consultation_risk_factors WHERE consultation_id = ?');
  // All of a consultation's risk factors in one statement, given as a JSON array of codes.
  const insertRiskFactors = statement<[number, string]>(
    db,
    db.engine === 'sqlite'
      ? 'INSERT INTO consultation_risk_factors (consultation_id, code) SELECT ?, value FROM json_each(?)'
      : 'INSERT INTO consultation_risk_factors (consultation_id, code) SELECT CAST(? AS BIGINT), jsonb_array_elements_text(CAST(? AS jsonb))',
  );
  const context = statement<[number], ContextRow>(
    db,
    `SELECT p.jurisdiction, p.orebro_cut_off, w.birth_date, w.contract_hours, e.sector, j.id AS job_id, j.title AS job_title,
            j.department_id, w.employer_id, j.max_load_kg, j.exposures
       FROM workers w
       JOIN employers e ON e.id = w.employer_id
       LEFT JOIN job_positions j ON j.id = w.job_position_id
       JOIN practice_settings p ON p.id = 1
      WHERE w.id = ?`,
  );

  const draftKey = 'worker_id = @workerId AND doctor_id = @doctorId AND COALESCE(consultation_id, 0) = COALESCE(@consultationId, 0)';
  const draftByKey = statement<{ workerId: number; doctorId: number; consultationId: number | null }, { document: string; saved_at: string; row_version: number }>(
    db,
    `SELECT document, saved_at, row_version FROM consultation_drafts WHERE ${draftKey}`,
  );
  // A draft written meanwhile by another workstation (unique key) inserts nothing.
  const insertDraft = statement(
    db,
    `INSERT INTO consultation_drafts (worker_id, doctor_id, consultation_id, document, saved_at)
     VALUES (@workerId, @doctorId, @consultationId, @document, @now) ON CONFLICT DO NOTHING`,
  );
  const updateDraft = statement(
    db,
    `UPDATE consultation_drafts SET document = @document, saved_at = @now, row_version = row_version + 1
      WHERE ${draftKey} AND row_version = @rowVersion`,
  );
  const deleteDraft = statement(db, `DELETE FROM consultation_drafts WHERE ${draftKey}`);
  const draftsOfWorker = statement<[number, number], { consultation_id: number | null; saved_at: string }>(
    db,
    'SELECT consultation_id, saved_at FROM consultation_drafts WHERE worker_id = ? AND doctor_id = ? ORDER BY saved_at DESC',
  );

  return {
    async get(id: number): Promise<StoredConsultation | null> {
      const row = await byId.get(id);
      return row ? { consultation: await full(row), doctorId: row.doctor_id, evaluation: evaluationOf(row) } : null;
    },

    /** The episode's saved consultations, oldest first. */
    async inEpisode(episodeId: number): Promise<Consultation[]> {
      return Promise.all((await inEpisode.all(episodeId)).map(full));
    },

    /** The episode's latest saved consultation, with main's evaluation. */
    async latestInEpisode(episodeId: number): Promise<StoredConsultation | null> {
      const row = await latestInEpisode.get(episodeId);
      return row ? { consultation: await full(row), doctorId: row.doctor_id, evaluation: evaluationOf(row) } : null;
    },

    /** The intakes of a worker's saved consultations, newest first (for what carries over between consultations). */
    async intakesOfWorker(workerId: number): Promise<Array<{ id: number; episodeId: number; intake: Intake }>> {
      return (await byWorker.all(workerId)).map((row) => ({ id: row.id, episodeId: row.episode_id, intake: intakeSchema.parse(JSON.parse(row.intake)) }));
    },

    /** Saved consultations of a worker, newest first, for the dossier's timeline. */
    async summariesForWorker(workerId: number): Promise<ConsultationSummary[]> {
      return (await byWorker.all(workerId)).map((row) => ({
        id: row.id,
        episodeId: row.episode_id,
        authorName: row.author_name,
        authorRole: row.author_role,
        consultationDate: row.consultation_date,
        status: row.status,
        signedBy: row.signed_by_name,
        signedAt: row.signed_at,
        amendmentCount: row.amendment_count,
        ...screeningOf(row),
        phase: row.phase,
        urgency: row.urgency,
        chronicityLevel: row.chronicity_level,
        updatedAt: row.updated_at,
        painScore: row.pain_score,
        followUpDate: row.follow_up_date,
        redFlagCodes: evaluationOf(row).redFlags.flags.map((flag) => flag.code as RedFlagCode),
        evaluatedRedFlagCodes: evaluationOf(row)
          .redFlags.flags.filter((flag) => flag.status === 'evaluated')
          .map((flag) => flag.code as RedFlagCode),
      }));
    },

    /**
     * Inserts a new consultation, signed by its author now, or amends a signed one: the amendment
     * keeps the consultation as it was with who amended it, when and why. An amendment made from
     * another version than the stored one (consultationVersion) is refused ('changedMeanwhile')
     * before anything is written. Inside a transaction.
     */
    async save(record: ConsultationRecord, amendment?: { amendedBy: number; reason: string; basedOnVersion: number }): Promise<number> {
      const { intake, evaluation } = record;
      const row = {
        workerId: record.workerId,
        episodeId: record.episodeId,
        doctorId: record.doctorId,
        consultationDate: intake.consultationDate,
        intake: JSON.stringify(intake),
        evaluation: JSON.stringify(evaluation),
        phase: evaluation.phase.phase,
        urgency: evaluation.redFlags.urgency,
        chronicityLevel: evaluation.chronicity.level,
        painScore: intake.complaint.painScore,
        followUpDate: intake.followUpDate,
        now: clock.now(),
      };
      let id: number;
      if (record.id === undefined) {
        id = await insert.insert(row);
      } else {
        id = record.id;
        if (amendment === undefined) throw new Error('A signed consultation changes only by an amendment');
        if ((await lockForAmendment.get(id)) === undefined) throw new Error(`No consultation ${id} to amend`);
        const stored = await amendmentCount.get(id);
        if ((stored?.n ?? 0) + 1 !== amendment.basedOnVersion) throw changedMeanwhile();
        await insertAmendment.run({ id, amendedBy: amendment.amendedBy, reason: amendment.reason, now: row.now });
        await update.run({ ...row, id });
        await deleteRiskFactors.run(id);
      }
      if (intake.riskFactors.length > 0) await insertRiskFactors.run(id, JSON.stringify([...new Set(intake.riskFactors)]));
      return id;
    },

    /** What the rules need besides the intake, for this worker; null for an unknown worker. */
    async evaluationContext(workerId: number): Promise<EvaluationContext | null> {
      const row = await context.get(workerId);
      if (!row) return null;
      return evaluationContextOf({
        jurisdiction: row.jurisdiction,
        orebroCutOff: row.orebro_cut_off,
        birthDate: row.birth_date,
        contractHoursPerWeek: row.contract_hours,
        sector: row.sector,
        job:
          row.job_id === null
            ? null
            : {
                id: row.job_id,
                employerId: row.employer_id,
                departmentId: row.department_id,
                title: row.job_title ?? '',
                maxLoadKg: row.max_load_kg,
                exposures: exposureProfileSchema.parse(JSON.parse(row.exposures ?? '{}')),
              },
      });
    },

    /**
     * The autosaved draft with its row version; one that no longer fits the form's shape (an older
     * version's) is left out.
     */
    async draft(
      workerId: number,
      doctorId: number,
      consultationId: number | null,
    ): Promise<{ document: IntakeDraft; savedAt: string; rowVersion: number } | null> {
      const row = await draftByKey.get({ workerId, doctorId, consultationId });
      const document = row ? intakeDraftSchema.safeParse(JSON.parse(row.document)) : null;
      return row && document?.success ? { document: document.data, savedAt: row.saved_at, rowVersion: row.row_version } : null;
    },
    /**
     * Writes the draft over the one at `rowVersion` (null: there is none yet); refused
     * ('changedMeanwhile', nothing written) when the stored draft is another one. Answers when it
     * was saved and its new row version.
     */
    async saveDraft(
      workerId: number,
      doctorId: number,
      consultationId: number | null,
      document: IntakeDraft,
      rowVersion: number | null,
    ): Promise<{ savedAt: string; rowVersion: number }> {
      const now = clock.now();
      const row = { workerId, doctorId, consultationId, document: JSON.stringify(document), now };
      const written = rowVersion === null ? await insertDraft.run(row) : await updateDraft.run({ ...row, rowVersion });
      if (written.changes === 0) throw changedMeanwhile();
      return { savedAt: now, rowVersion: (rowVersion ?? 0) + 1 };
    },
    async deleteDraft(workerId: number, doctorId: number, consultationId: number | null): Promise<void> {
      await deleteDraft.run({ workerId, doctorId, consultationId });
    },
    /** The signed-in doctor's unfinished consultations of this worker. */
    async draftsForWorker(workerId: number, doctorId: number): Promise<DraftInfo[]> {
      return (await draftsOfWorker.all(workerId, doctorId)).map((row) => ({ consultationId: row.consultation_id, savedAt: row.saved_at }));
    },
  };
}
export type ConsultationRepository = ReturnType<typeof createConsultationRepository>;
