import type { ValidLiftingTaskInput } from '../../../shared/model';
import type { LiftingTask, NioshBand } from '../../../shared/rules';
import type { Clock } from './clock';
import { orderIgnoringCase, type SqlWriter } from './sql';
import { statement } from './statement';

/** A stored task: the NIOSH equation's inputs plus where, when and by whom it was assessed. */
export interface LiftingTaskRow extends LiftingTask {
  id: number;
  employerId: number;
  jobPositionId: number;
  jobTitle: string;
  departmentName: string | null;
  name: string;
  assessedOn: string;
  assessor: string;
  notes: string | null;
}

/** What the lifting equation gave when the task was saved; kept for counting by band in SQL. */
export interface StoredNioshResult {
  rwlKg: number;
  /** Null when the recommended weight limit is 0. */
  liftingIndex: number | null;
  band: NioshBand;
}

const selectTask = `
  SELECT t.id, t.employer_id AS "employerId", t.job_position_id AS "jobPositionId", j.title AS "jobTitle",
         d.name AS "departmentName", t.name, t.load_kg AS "loadKg", t.horizontal_cm AS "horizontalCm",
         t.vertical_cm AS "verticalCm", t.distance_cm AS "distanceCm", t.asymmetry_deg AS "asymmetryDeg",
         t.frequency_per_min AS "frequencyPerMin", t.duration_hours AS "durationHours", t.coupling,
         t.assessed_on AS "assessedOn", t.assessor, t.notes
    FROM lifting_tasks t
    JOIN job_positions j ON j.id = t.job_position_id
    LEFT JOIN departments d ON d.id = j.department_id`;

export function createLiftingTaskRepository(db: SqlWriter, clock: Clock) {
  const byEmployer = statement<[number], LiftingTaskRow>(
    db,
    `${selectTask} WHERE t.employer_id = ? ORDER BY ${orderIgnoringCase(db.engine, 'j.title')}, ${orderIgnoringCase(db.engine, 't.name')}, t.id`,
  );
  const byId = statement<[number], LiftingTaskRow>(db, `${selectTask} WHERE t.id = ?`);
  const insert = statement(
    db,
    `INSERT INTO lifting_tasks (employer_id, job_position_id, name, load_kg, horizontal_cm, vertical_cm, distance_cm,
       asymmetry_deg, frequency_per_min, duration_hours, coupling, rwl_kg, lifting_index, band, assessed_on, assessor,
       notes, created_at, updated_at)
     VALUES (@employerId, @jobPositionId, @name, @loadKg, @horizontalCm, @verticalCm, @distanceCm, @asymmetryDeg,
       @frequencyPerMin, @durationHours, @coupling, @rwlKg, @liftingIndex, @band, @assessedOn, @assessor, @notes,
       @now, @now) RETURNING id`,
  );
  const update = statement(
    db,
    `UPDATE lifting_tasks SET job_position_id = @jobPositionId, name = @name, load_kg = @loadKg,
       horizontal_cm = @horizontalCm, vertical_cm = @verticalCm, distance_cm = @distanceCm,
       asymmetry_deg = @asymmetryDeg, frequency_per_min = @frequencyPerMin, duration_hours = @durationHours,
       coupling = @coupling, rwl_kg = @rwlKg, lifting_index = @liftingIndex, band = @band,
       assessed_on = @assessedOn, assessor = @assessor, notes = @notes, updated_at = @now
     WHERE id = @id AND employer_id = @employerId`,
  );
  const remove = statement<[number]>(db, 'DELETE FROM lifting_tasks WHERE id = ?');

  return {
    async forEmployer(employerId: number): Promise<LiftingTaskRow[]> {
      return await byEmployer.all(employerId);
    },
    async get(id: number): Promise<LiftingTaskRow | null> {
      return (await byId.get(id)) ?? null;
    },
    /** Inserts or updates a task with its equation result; the caller wraps this in a transaction. */
    async save(input: ValidLiftingTaskInput, result: StoredNioshResult): Promise<number> {
      const row = { ...input, ...result, now: clock.now() };
      if (input.id === undefined) return await insert.insert(row);
      await update.run({ ...row, id: input.id });
      return input.id;
    },
    async delete(id: number): Promise<void> {
      await remove.run(id);
    },
  };
}
export type LiftingTaskRepository = ReturnType<typeof createLiftingTaskRepository>;
