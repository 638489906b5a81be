import { z } from 'zod';
import {
  episodeSchema,
  exposureProfileSchema,
  planDocumentSchema,
  reintegrationTrajectorySchema,
  sickPeriodOf,
  type ExposureProfile,
  type PlanDocument,
  type ReintegrationTrajectory,
  type Sector,
} from '../../../shared/model';
import type { RecordedSickPeriod } from '../../../shared/rules';
import type { SqlEngine, SqlReader } from './sql';
import { readStatement } from './statement';

interface OpenEpisodeRow {
  episode_id: number;
  worker_id: number;
  first_name: string;
  last_name: string;
  personnel_number: string;
  employer_name: string;
  sector: Sector;
  exposures: string | null;
  sick_leave_start: string | null;
  sick_leave_end: string | null;
  last_consultation: string;
  follow_up_date: string | null;
  plan_van_aanpak_date: string | null;
  probleemanalyse_date: string | null;
  lbp_days: number | null;
  plan_document: string | null;
  /** JSON: the worker's episodes with sick leave, for the Poortwachter case across episodes. */
  sick_periods: string;
  /** JSON: the days the worker's problem analyses were made. */
  analysis_dates: string;
  /** JSON: the days the worker's first-year evaluations were made. */
  first_year_dates: string;
  /** JSON: BE, the newest version of the worker's re-integration trajectory. */
  trajectory: string | null;
}

/** An open episode with what its deadlines are worked out from: the latest consultation and plan. */
export interface OpenEpisode {
  episodeId: number;
  workerId: number;
  workerName: string;
  personnelNumber: string;
  employerName: string;
  sector: Sector;
  exposures: ExposureProfile;
  sickLeaveStart: string | null;
  sickLeaveEnd: string | null;
  lastConsultation: string;
  followUpDate: string | null;
  planVanAanpakDate: string | null;
  /** The problem analysis date the latest consultation recorded. */
  probleemanalyseDate: string | null;
  lbpIncapacityDaysPrevious12Months: number;
  plan: PlanDocument | null;
  /** The worker's sick periods across episodes (NL: one Poortwachter case). */
  sickPeriods: RecordedSickPeriod[];
  /** The days the worker's problem analyses were made. */
  probleemanalyseDates: string[];
  /** The days the worker's first-year evaluations were made. */
  eerstejaarsevaluatieDates: string[];
  /** BE: the newest version of the worker's re-integration trajectory. */
  trajectory: ReintegrationTrajectory | null;
}

const sickPeriodsSchema = z.array(episodeSchema.pick({ sickLeaveStart: true, sickLeaveEnd: true, workStatus: true, closedOn: true }));

/** The JSON the agenda reads: SQLite's json1 functions, PostgreSQL's jsonb (an empty array, not NULL, for no rows). */
const json = {
  sqlite: {
    text: (column: string, path: string) => `json_extract(${column}, '$.${path}')`,
    number: (column: string, path: string) => `json_extract(${column}, '$.${path}')`,
    array: (value: string) => `json_group_array(${value})`,
    object: (pairs: string) => `json_object(${pairs})`,
  },
  postgres: {
    text: (column: string, path: string) => `(CAST(${column} AS jsonb) #>> '{${path.replaceAll('.', ',')}}')`,
    number: (column: string, path: string) => `CAST(CAST(${column} AS jsonb) #>> '{${path.replaceAll('.', ',')}}' AS double precision)`,
    array: (value: string) => `coalesce(json_agg(${value}), '[]')`,
    object: (pairs: string) => `json_build_object(${pairs})`,
  },
};

const selectOpenEpisodes = (engine: SqlEngine) => `
  SELECT e.id AS episode_id, e.worker_id, w.first_name, w.last_name, w.personnel_number, em.name AS employer_name,
         em.sector, j.exposures, e.sick_leave_start, e.sick_leave_end,
         c.consultation_date AS last_consultation, c.follow_up_date,
         ${json[engine].text('c.intake', 'complaint.planVanAanpakDate')} AS plan_van_aanpak_date,
         ${json[engine].text('c.intake', 'complaint.probleemanalyseDate')} AS probleemanalyse_date,
         ${json[engine].number('c.intake', 'complaint.lbpIncapacityDaysPrevious12Months')} AS lbp_days,
         (SELECT v.document FROM return_to_work_plans p JOIN return_to_work_plan_versions v ON v.plan_id = p.id
           WHERE p.episode_id = e.id ORDER BY v.version DESC LIMIT 1) AS plan_document,
         (SELECT ${json[engine].array(json[engine].object(`'sickLeaveStart', e2.sick_leave_start, 'sickLeaveEnd', e2.sick_leave_end,
                   'workStatus', e2.work_status, 'closedOn', e2.closed_on`))}
            FROM episodes e2 WHERE e2.worker_id = e.worker_id AND e2.sick_leave_start IS NOT NULL) AS sick_periods,
         (SELECT ${json[engine].array('d.made_on')} FROM legal_documents d
           WHERE d.worker_id = e.worker_id AND d.kind = 'probleemanalyse') AS analysis_dates,
         (SELECT ${json[engine].array('d.made_on')} FROM legal_documents d
           WHERE d.worker_id = e.worker_id AND d.kind = 'eerstejaarsevaluatie') AS first_year_dates,
         (SELECT d.document FROM legal_documents d
           WHERE d.worker_id = e.worker_id AND d.kind = 'reintegratietraject' ORDER BY d.id DESC LIMIT 1) AS trajectory
    FROM episodes e
    JOIN workers w ON w.id = e.worker_id
    JOIN employers em ON em.id = w.employer_id
    LEFT JOIN job_positions j ON j.id = w.job_position_id
    JOIN consultations c ON c.id = (
      SELECT c2.id FROM consultations c2 WHERE c2.episode_id = e.id AND c2.status = 'final'
       ORDER BY c2.consultation_date DESC, c2.id DESC LIMIT 1)
   WHERE e.closed_on IS NULL`;

function openEpisodeOf(row: OpenEpisodeRow): OpenEpisode {
  return {
    episodeId: row.episode_id,
    workerId: row.worker_id,
    workerName: `${row.last_name}, ${row.first_name}`,
    personnelNumber: row.personnel_number,
    employerName: row.employer_name,
    sector: row.sector,
    exposures: exposureProfileSchema.parse(JSON.parse(row.exposures ?? '{}')),
    sickLeaveStart: row.sick_leave_start,
    sickLeaveEnd: row.sick_leave_end,
    lastConsultation: row.last_consultation,
    followUpDate: row.follow_up_date,
    planVanAanpakDate: row.plan_van_aanpak_date,
    probleemanalyseDate: row.probleemanalyse_date,
    lbpIncapacityDaysPrevious12Months: row.lbp_days ?? 0,
    plan: row.plan_document === null ? null : planDocumentSchema.parse(JSON.parse(row.plan_document)),
    sickPeriods: sickPeriodsSchema.parse(JSON.parse(row.sick_periods)).flatMap((episode) => sickPeriodOf(episode) ?? []),
    probleemanalyseDates: z.array(z.string()).parse(JSON.parse(row.analysis_dates)),
    eerstejaarsevaluatieDates: z.array(z.string()).parse(JSON.parse(row.first_year_dates)),
    trajectory: row.trajectory === null ? null : reintegrationTrajectorySchema.parse(JSON.parse(row.trajectory)),
  };
}

/** The open episodes the agenda works out deadlines for (services/agenda computes them with the rules). */
export function createAgendaRepository(db: SqlReader) {
  const forDoctor = readStatement<[number], OpenEpisodeRow>(
    db,
    `${selectOpenEpisodes(db.engine)} AND e.worker_id IN (SELECT DISTINCT worker_id FROM consultations WHERE doctor_id = ?)`,
  );
  const forWorker = readStatement<[number], OpenEpisodeRow>(db, `${selectOpenEpisodes(db.engine)} AND e.worker_id = ?`);

  return {
    /** Open episodes of the workers this doctor has seen. */
    async openEpisodesOfDoctor(doctorId: number): Promise<OpenEpisode[]> {
      return (await forDoctor.all(doctorId)).map(openEpisodeOf);
    },
    async openEpisodesOfWorker(workerId: number): Promise<OpenEpisode[]> {
      return (await forWorker.all(workerId)).map(openEpisodeOf);
    },
  };
}
export type AgendaRepository = ReturnType<typeof createAgendaRepository>;
