import type { Episode, WorkStatus } from '../../../shared/model';
import type { Clock } from './clock';
import type { Db } from './database';

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

/** Back-pain episodes: onset, sick leave / incapacity and work status, kept current by every save. */
export function createEpisodeRepository(db: Db, clock: Clock) {
  const byId = db.prepare<[number], EpisodeRow>(`SELECT ${columns} FROM episodes WHERE id = ?`);
  const byWorker = db.prepare<[number], EpisodeRow>(
    `SELECT ${columns} FROM episodes WHERE worker_id = ? ORDER BY onset_date DESC, id DESC`,
  );
  const current = db.prepare<[number], EpisodeRow>(
    `SELECT ${columns} FROM episodes WHERE worker_id = ? AND closed_on IS NULL ORDER BY onset_date DESC, id DESC LIMIT 1`,
  );
  const insert = db.prepare(
    `INSERT INTO episodes (worker_id, onset_date, sick_leave_start, sick_leave_end, work_status, created_at, updated_at)
     VALUES (@workerId, @onsetDate, @sickLeaveStart, @sickLeaveEnd, @workStatus, @now, @now)`,
  );
  const update = db.prepare(
    `UPDATE episodes SET onset_date = @onsetDate, sick_leave_start = @sickLeaveStart, sick_leave_end = @sickLeaveEnd,
       work_status = @workStatus, updated_at = @now
     WHERE id = @id AND worker_id = @workerId`,
  );
  const close = db.prepare(
    `UPDATE episodes SET closed_on = @closedOn, sick_leave_end = @sickLeaveEnd, work_status = @workStatus, updated_at = @now
     WHERE id = @id AND closed_on IS NULL`,
  );
  const closeOpen = db.prepare(
    'UPDATE episodes SET closed_on = @closedOn, updated_at = @now WHERE worker_id = @workerId AND closed_on IS NULL',
  );

  return {
    get(id: number): Episode | null {
      const row = byId.get(id);
      return row ? toEpisode(row) : null;
    },
    /** Newest first. */
    forWorker(workerId: number): Episode[] {
      return byWorker.all(workerId).map(toEpisode);
    },
    /** The worker's open episode (the newest one not closed), if any. */
    current(workerId: number): Episode | null {
      const row = current.get(workerId);
      return row ? toEpisode(row) : null;
    },
    /** Starts a new episode and closes the worker's open ones on `closedOn`; inside the caller's transaction. */
    start(fields: EpisodeFields, closedOn: string): number {
      const now = clock.now();
      closeOpen.run({ workerId: fields.workerId, closedOn, now });
      return Number(insert.run({ ...fields, now }).lastInsertRowid);
    },
    update(id: number, fields: EpisodeFields): void {
      update.run({ ...fields, id, now: clock.now() });
    },
    /** Closes an open episode: the doctor declares it over; inside the caller's transaction. */
    close(id: number, fields: { closedOn: string; sickLeaveEnd: string | null; workStatus: WorkStatus }): void {
      close.run({ ...fields, id, now: clock.now() });
    },
  };
}
export type EpisodeRepository = ReturnType<typeof createEpisodeRepository>;
