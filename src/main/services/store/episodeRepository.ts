import { planDocumentSchema, type Episode, type PlanDocument, type WorkStatus } from '../../../shared/model';
import type { Clock } from './clock';
import type { SqlWriter } from './sql';
import { statement } from './statement';

interface EpisodeRow {
  id: number;
  worker_id: number;
  onset_date: string;
  sick_leave_start: string | null;
  sick_leave_end: string | null;
  work_status: WorkStatus;
  closed_on: string | null;
}

export interface EpisodeFields {
  workerId: number;
  onsetDate: string;
  sickLeaveStart: string | null;
  sickLeaveEnd: string | null;
  workStatus: WorkStatus;
}

const columns = 'id, worker_id, onset_date, sick_leave_start, sick_leave_end, work_status, closed_on';

function toEpisode(row: EpisodeRow): Episode {
  return {
    id: row.id,
    workerId: row.worker_id,
    onsetDate: row.onset_date,
    sickLeaveStart: row.sick_leave_start,
    sickLeaveEnd: row.sick_leave_end,
    workStatus: row.work_status,
    closedOn: row.closed_on,
  };
}

/** What the workers list needs to show a worker's work status today (rules: workSituationOn). */
export interface OpenEpisodeStatus {
  workerId: number;
  onsetDate: string;
  workStatus: WorkStatus;
  lastConsultation: string | null;
  plan: PlanDocument | null;
  planSavedOn: string | null;
}

interface OpenEpisodeStatusRow {
  worker_id: number;
  onset_date: string;
  work_status: WorkStatus;
  last_consultation: string | null;
  plan: string | null;
}

/** Back-pain episodes: onset, sick leave / incapacity and work status, kept current by every save. */
export function createEpisodeRepository(db: SqlWriter, clock: Clock) {
  const byId = statement<[number], EpisodeRow>(db, `SELECT ${columns} FROM episodes WHERE id = ?`);
  const byWorker = statement<[number], EpisodeRow>(
    db,
    `SELECT ${columns} FROM episodes WHERE worker_id = ? ORDER BY onset_date DESC, id DESC`,
  );
  const current = statement<[number], EpisodeRow>(
    db,
    `SELECT ${columns} FROM episodes WHERE worker_id = ? AND closed_on IS NULL ORDER BY onset_date DESC, id DESC LIMIT 1`,
  );
  // One query for a whole list of workers (a JSON array of ids): the newest open episode of each, with
  // its latest consultation and plan version, in each engine's JSON functions.
  const planWithDate =
    db.engine === 'sqlite'
      ? "json_object('document', json(v.document), 'createdAt', v.created_at)"
      : "json_build_object('document', CAST(v.document AS jsonb), 'createdAt', v.created_at)";
  const givenIds = db.engine === 'sqlite' ? 'SELECT value FROM json_each(?)' : 'SELECT CAST(jsonb_array_elements_text(CAST(? AS jsonb)) AS bigint)';
  const openStatuses = statement<[string], OpenEpisodeStatusRow>(
    db,
    `SELECT e.worker_id, e.onset_date, e.work_status,
            (SELECT c.consultation_date FROM consultations c WHERE c.episode_id = e.id AND c.status = 'final'
              ORDER BY c.consultation_date DESC, c.id DESC LIMIT 1) AS last_consultation,
            (SELECT ${planWithDate}
               FROM return_to_work_plans p JOIN return_to_work_plan_versions v ON v.plan_id = p.id
              WHERE p.episode_id = e.id ORDER BY v.version DESC LIMIT 1) AS plan
       FROM episodes e
      WHERE e.closed_on IS NULL AND e.worker_id IN (${givenIds})
      ORDER BY e.onset_date, e.id`,
  );
  const insert = statement(
    db,
    `INSERT INTO episodes (worker_id, onset_date, sick_leave_start, sick_leave_end, work_status, created_at, updated_at)
     VALUES (@workerId, @onsetDate, @sickLeaveStart, @sickLeaveEnd, @workStatus, @now, @now) RETURNING id`,
  );
  const update = statement(
    db,
    `UPDATE episodes SET onset_date = @onsetDate, sick_leave_start = @sickLeaveStart, sick_leave_end = @sickLeaveEnd,
       work_status = @workStatus, updated_at = @now
     WHERE id = @id AND worker_id = @workerId`,
  );
  const close = statement(
    db,
    `UPDATE episodes SET closed_on = @closedOn, sick_leave_end = @sickLeaveEnd, work_status = @workStatus, updated_at = @now
     WHERE id = @id AND closed_on IS NULL`,
  );
  const closeOpen = statement(
    db,
    'UPDATE episodes SET closed_on = @closedOn, updated_at = @now WHERE worker_id = @workerId AND closed_on IS NULL',
  );

  return {
    async get(id: number): Promise<Episode | null> {
      const row = await byId.get(id);
      return row ? toEpisode(row) : null;
    },
    /** Newest first. */
    async forWorker(workerId: number): Promise<Episode[]> {
      return (await byWorker.all(workerId)).map(toEpisode);
    },
    /** The worker's open episode (the newest one not closed), if any. */
    async current(workerId: number): Promise<Episode | null> {
      const row = await current.get(workerId);
      return row ? toEpisode(row) : null;
    },
    /** The open episode of each of these workers (workers without one are left out). */
    async openStatuses(workerIds: readonly number[]): Promise<OpenEpisodeStatus[]> {
      const byWorker = new Map<number, OpenEpisodeStatus>();
      for (const row of await openStatuses.all(JSON.stringify(workerIds))) {
        const plan = row.plan === null ? null : (JSON.parse(row.plan) as { document: unknown; createdAt: string });
        // Ordered by onset: the newest open episode wins.
        byWorker.set(row.worker_id, {
          workerId: row.worker_id,
          onsetDate: row.onset_date,
          workStatus: row.work_status,
          lastConsultation: row.last_consultation,
          plan: plan === null ? null : planDocumentSchema.parse(plan.document),
          planSavedOn: plan === null ? null : plan.createdAt.slice(0, 10),
        });
      }
      return [...byWorker.values()];
    },
    /** Starts a new episode and closes the worker's open ones on `closedOn`; inside the caller's transaction. */
    async start(fields: EpisodeFields, closedOn: string): Promise<number> {
      const now = clock.now();
      await closeOpen.run({ workerId: fields.workerId, closedOn, now });
      return await insert.insert({ ...fields, now });
    },
    async update(id: number, fields: EpisodeFields): Promise<void> {
      await update.run({ ...fields, id, now: clock.now() });
    },
    /** Closes an open episode: the doctor declares it over; inside the caller's transaction. */
    async close(id: number, fields: { closedOn: string; sickLeaveEnd: string | null; workStatus: WorkStatus }): Promise<void> {
      await close.run({ ...fields, id, now: clock.now() });
    },
  };
}
export type EpisodeRepository = ReturnType<typeof createEpisodeRepository>;
