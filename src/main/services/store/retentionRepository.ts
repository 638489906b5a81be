import type { SqlWriter } from './sql';
import { statement } from './statement';

export interface DossierPastTerm {
  workerId: number;
  name: string;
  birthDate: string;
  personnelNumber: string;
  employerName: string;
  /** The latest change anywhere in the dossier: details, episodes, consultations, plans. */
  lastChange: string;
}

interface Row {
  id: number;
  first_name: string;
  last_name: string;
  birth_date: string;
  personnel_number: string;
  employer_name: string;
  last_change: string;
}

/** The Belgian retention term (a practice setting), dossiers past a term, and erasing one. */
export function createRetentionRepository(db: SqlWriter) {
  const termBE = statement<[], { retention_years_be: number }>(db, 'SELECT retention_years_be FROM practice_settings WHERE id = 1');
  const setTermBE = statement<[number]>(db, 'UPDATE practice_settings SET retention_years_be = ? WHERE id = 1');
  // The latest of several values: SQLite's scalar max(), PostgreSQL's GREATEST.
  const lastChange = `${db.engine === 'sqlite' ? 'max' : 'GREATEST'}(
      w.updated_at,
      coalesce((SELECT max(updated_at) FROM episodes WHERE worker_id = w.id), ''),
      coalesce((SELECT max(updated_at) FROM consultations WHERE worker_id = w.id), ''),
      coalesce((SELECT max(v.created_at) FROM return_to_work_plan_versions v
                  JOIN return_to_work_plans p ON p.id = v.plan_id WHERE p.worker_id = w.id), ''))`;
  const pastTerm = statement<[string], Row>(
    db,
    `SELECT * FROM (
       SELECT w.id, w.first_name, w.last_name, w.birth_date, w.personnel_number, e.name AS employer_name,
              ${lastChange} AS last_change
         FROM workers w JOIN employers e ON e.id = w.employer_id) AS dossiers
      WHERE last_change < ? ORDER BY last_change, id`,
  );
  const lastChangeOf = statement<[number], { last_change: string }>(db, `SELECT ${lastChange} AS last_change FROM workers w WHERE w.id = ?`);
  const erase = [
    'DELETE FROM consultation_drafts WHERE worker_id = @workerId',
    `DELETE FROM consultation_amendments
      WHERE consultation_id IN (SELECT id FROM consultations WHERE worker_id = @workerId)`,
    'DELETE FROM consultations WHERE worker_id = @workerId',
    `DELETE FROM return_to_work_plan_versions
      WHERE plan_id IN (SELECT id FROM return_to_work_plans WHERE worker_id = @workerId)`,
    'DELETE FROM return_to_work_plans WHERE worker_id = @workerId',
    'DELETE FROM episodes WHERE worker_id = @workerId',
    `DELETE FROM worker_names WHERE ${db.engine === 'sqlite' ? 'rowid' : 'worker_id'} = @workerId`,
    'DELETE FROM workers WHERE id = @workerId',
  ].map((sql) => statement(db, sql));

  return {
    async termYearsBE(): Promise<number> {
      return (await termBE.get())?.retention_years_be ?? 15;
    },
    async setTermYearsBE(years: number): Promise<void> {
      await setTermBE.run(years);
    },
    /** Dossiers whose last change is before `cutoff` (ISO date), oldest first. */
    async pastTerm(cutoff: string): Promise<DossierPastTerm[]> {
      return (await pastTerm.all(cutoff)).map((row) => ({
        workerId: row.id,
        name: `${row.first_name} ${row.last_name}`,
        birthDate: row.birth_date,
        personnelNumber: row.personnel_number,
        employerName: row.employer_name,
        lastChange: row.last_change,
      }));
    },
    async lastChange(workerId: number): Promise<string | null> {
      return (await lastChangeOf.get(workerId))?.last_change ?? null;
    },
    /**
     * Erases the worker's dossier: details, episodes, consultations with their risk factors, plans
     * and drafts. The access log keeps its rows (who saw the dossier, and who erased it).
     */
    async erase(workerId: number): Promise<void> {
      for (const step of erase) await step.run({ workerId });
    },
  };
}
