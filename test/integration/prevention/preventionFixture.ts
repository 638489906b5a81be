import { nameSortKey, nameWords, personnelNumberKey } from '../../../src/main/services/store/searchKey';
import { insertWorkerNamesSql, type WorkerNamesRow } from '../../../src/main/services/store/workerRepository';
import type { SqlWriter } from '../../../src/main/services/store/sql';
import { statement } from '../../../src/main/services/store/statement';
import type { RiskFactorCode } from '../../../src/shared/rules';

/*
 * Rows for the workplace aggregates, written straight into the tables (through the store's SQL, on either engine):
 * the aggregates read workers, episodes, consultations and their risk factors, whoever wrote them.
 */

export interface EpisodeRows {
  onset: string;
  sickLeaveStart?: string | null;
  sickLeaveEnd?: string | null;
  consultations: Array<{
    date: string;
    phase: 'acute' | 'subacute' | 'chronic';
    chronicity: 'unknown' | 'low' | 'medium' | 'high';
    factors?: RiskFactorCode[];
  }>;
}

export async function workplaceRows(store: { sql: SqlWriter }) {
  const db = store.sql;
  const insertEmployer = statement(db, `INSERT INTO employers (name, sector, created_at, updated_at) VALUES (?, 'private', '2026-01-01', '2026-01-01') RETURNING id`);
  const insertDepartment = statement(db, 'INSERT INTO departments (employer_id, name) VALUES (?, ?) RETURNING id');
  const insertJob = statement(db, `INSERT INTO job_positions (employer_id, department_id, title, exposures) VALUES (?, ?, ?, '{}') RETURNING id`);
  const insertEpisode = statement(
    db,
    `INSERT INTO episodes (worker_id, onset_date, sick_leave_start, sick_leave_end, work_status, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'working', '2026-01-01', '2026-01-01') RETURNING id`,
  );
  const insertConsultation = statement(
    db,
    `INSERT INTO consultations (episode_id, worker_id, doctor_id, consultation_date, status, intake, phase, urgency,
       chronicity_level, pain_score, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'final', '{}', ?, 'none', ?, 5, '2026-01-01', '2026-01-01') RETURNING id`,
  );
  const insertWorker = statement(
    db,
    `INSERT INTO workers (employer_id, department_id, job_position_id, personnel_number, personnel_number_key,
       first_name, last_name, sort_key, birth_date, contract_hours, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, '1980-01-01', 38, '2026-01-01', '2026-01-01') RETURNING id`,
  );
  const insertNames = statement<WorkerNamesRow>(db, insertWorkerNamesSql(db.engine));
  const insertFactor = statement(db, 'INSERT INTO consultation_risk_factors (consultation_id, code) VALUES (?, ?)');
  const doctorId = (await db.get<{ id: number }>('SELECT id FROM users ORDER BY id LIMIT 1'))!.id;
  let serial = 0;

  return {
    employer(name: string): Promise<number> {
      return insertEmployer.insert(name);
    },
    department(employerId: number, name: string): Promise<number> {
      return insertDepartment.insert(employerId, name);
    },
    job(employerId: number, departmentId: number | null, title: string): Promise<number> {
      return insertJob.insert(employerId, departmentId, title);
    },
    /** A worker with made-up name 'Testnaam<n>' and the given back-pain episodes. */
    async worker(employerId: number, departmentId: number | null, jobPositionId: number | null, episodes: EpisodeRows[] = []): Promise<number> {
      serial += 1;
      const [firstName, lastName, personnelNumber] = [`Voornaam${serial}`, `Testnaam${serial}`, `P${serial}`];
      const sortKey = nameSortKey(firstName, lastName);
      const workerId = await insertWorker.insert(employerId, departmentId, jobPositionId, personnelNumber, personnelNumberKey(personnelNumber), firstName, lastName, sortKey);
      await insertNames.run({ id: workerId, words: nameWords(firstName, lastName), employerId, sortKey });
      for (const episode of episodes) {
        const episodeId = await insertEpisode.insert(workerId, episode.onset, episode.sickLeaveStart ?? null, episode.sickLeaveEnd ?? null);
        for (const c of episode.consultations) {
          const consultationId = await insertConsultation.insert(episodeId, workerId, doctorId, c.date, c.phase, c.chronicity);
          for (const code of c.factors ?? []) await insertFactor.run(consultationId, code);
        }
      }
      return workerId;
    },
  };
}

/** One episode seen once on 10-06-2025, with three days of sick leave (10 to 12 June). */
export function seenOnce(): EpisodeRows[] {
  return [
    {
      onset: '2025-06-10',
      sickLeaveStart: '2025-06-10',
      sickLeaveEnd: '2025-06-12',
      consultations: [{ date: '2025-06-10', phase: 'acute', chronicity: 'low' }],
    },
  ];
}

export const YEAR_2025 = { from: '2025-01-01', to: '2025-12-31' };
