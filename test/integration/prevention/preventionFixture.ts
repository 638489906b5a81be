import { nameSortKey, nameWords, personnelNumberKey } from '../../../src/main/services/store/searchKey';
import type { SqliteStore } from '../../../src/main/services/store/store';
import type { RiskFactorCode } from '../../../src/shared/rules';

/*
 * Rows for the workplace aggregates, written straight into the tables with prepared statements:
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

export function workplaceRows(store: SqliteStore) {
  const db = store.sqliteConnection;
  const insertEmployer = db.prepare(
    `INSERT INTO employers (name, sector, created_at, updated_at) VALUES (?, 'private', '2026-01-01', '2026-01-01')`,
  );
  const insertDepartment = db.prepare('INSERT INTO departments (employer_id, name) VALUES (?, ?)');
  const insertJob = db.prepare(`INSERT INTO job_positions (employer_id, department_id, title, exposures) VALUES (?, ?, ?, '{}')`);
  const insertEpisode = db.prepare(
    `INSERT INTO episodes (worker_id, onset_date, sick_leave_start, sick_leave_end, work_status, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'working', '2026-01-01', '2026-01-01')`,
  );
  const insertConsultation = db.prepare(
    `INSERT INTO consultations (episode_id, worker_id, doctor_id, consultation_date, status, intake, phase, urgency,
       chronicity_level, pain_score, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'final', '{}', ?, 'none', ?, 5, '2026-01-01', '2026-01-01')`,
  );
  const insertWorker = db.prepare(
    `INSERT INTO workers (employer_id, department_id, job_position_id, personnel_number, personnel_number_key,
       first_name, last_name, sort_key, birth_date, contract_hours, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, '1980-01-01', 38, '2026-01-01', '2026-01-01')`,
  );
  const insertNames = db.prepare('INSERT INTO worker_names (rowid, words) VALUES (?, ?)');
  const insertFactor = db.prepare('INSERT INTO consultation_risk_factors (consultation_id, code) VALUES (?, ?)');
  const doctorId = (db.prepare('SELECT id FROM users ORDER BY id LIMIT 1').get() as { id: number }).id;
  let serial = 0;

  return {
    employer(name: string): number {
      return Number(insertEmployer.run(name).lastInsertRowid);
    },
    department(employerId: number, name: string): number {
      return Number(insertDepartment.run(employerId, name).lastInsertRowid);
    },
    job(employerId: number, departmentId: number | null, title: string): number {
      return Number(insertJob.run(employerId, departmentId, title).lastInsertRowid);
    },
    /** A worker with made-up name 'Testnaam<n>' and the given back-pain episodes. */
    worker(employerId: number, departmentId: number | null, jobPositionId: number | null, episodes: EpisodeRows[] = []): number {
      serial += 1;
      const [firstName, lastName, personnelNumber] = [`Voornaam${serial}`, `Testnaam${serial}`, `P${serial}`];
      const workerId = Number(
        insertWorker.run(employerId, departmentId, jobPositionId, personnelNumber, personnelNumberKey(personnelNumber), firstName, lastName,
          nameSortKey(firstName, lastName)).lastInsertRowid,
      );
      insertNames.run(workerId, nameWords(firstName, lastName));
      for (const episode of episodes) {
        const episodeId = Number(
          insertEpisode.run(workerId, episode.onset, episode.sickLeaveStart ?? null, episode.sickLeaveEnd ?? null).lastInsertRowid,
        );
        for (const c of episode.consultations) {
          const consultationId = Number(insertConsultation.run(episodeId, workerId, doctorId, c.date, c.phase, c.chronicity).lastInsertRowid);
          for (const code of c.factors ?? []) insertFactor.run(consultationId, code);
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
