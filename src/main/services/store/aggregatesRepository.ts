import type { NioshBand } from '../../../shared/rules';
import { orderIgnoringCase, type SqlEngine, type SqlReader } from './sql';
import { readStatement } from './statement';

/**
 * Raw counts for the workplace aggregates, computed in SQL with GROUP BY (never row by row in
 * JavaScript). These numbers are NOT suppressed: only the prevention service may read them, and it
 * suppresses small cells before anything leaves the main process.
 */

export interface AggregateScope {
  employerId: number;
  /** Limit to one department or one job (the worker's current one); null for the whole employer. */
  departmentId: number | null;
  jobPositionId: number | null;
  from: string;
  to: string;
  /** Sick leave without an end date counts up to this day. */
  today: string;
}

/** Counts for the workers with one combination of department and job. */
export interface GroupCounts {
  departmentId: number | null;
  jobPositionId: number | null;
  workforce: number;
  workersSeen: number;
  episodes: number;
  consultations: number;
  sickLeaveDays: number;
}

export interface LatestStateCount {
  phase: string | null;
  chronicityLevel: string | null;
  workers: number;
}

export interface RiskFactorCount {
  code: string;
  consultations: number;
  workers: number;
}

export interface QuarterCounts {
  quarter: string;
  workersSeen: number;
  episodes: number;
  sickLeaveDays: number;
}

export interface QuarterBounds {
  quarter: string;
  from: string;
  to: string;
}

const inScope = `w.employer_id = @employerId
  AND (CAST(@departmentId AS INTEGER) IS NULL OR w.department_id = @departmentId)
  AND (CAST(@jobPositionId AS INTEGER) IS NULL OR w.job_position_id = @jobPositionId)`;

/** Saved consultations of the period; drafts autosaved while typing live in another table. */
const consultationInPeriod = 'c.consultation_date >= @from AND c.consultation_date <= @to';

/** Sick leave overlapping [@from, @to]; open-ended leave lasts until the episode closed or today. */
const sickLeaveEnd = 'coalesce(e.sick_leave_end, e.closed_on, @today)';
const sickLeaveOverlaps = `e.sick_leave_start IS NOT NULL AND e.sick_leave_start <= @to AND ${sickLeaveEnd} >= @from`;
/** The days of sick leave within [from, to], summed over the group (0 when there are none). */
function sickLeaveDaysWithin(engine: SqlEngine, from: string, to: string): string {
  return engine === 'sqlite'
    ? `total(max(0, julianday(min(${sickLeaveEnd}, ${to})) - julianday(max(e.sick_leave_start, ${from})) + 1))`
    : `coalesce(sum(GREATEST(0, CAST(LEAST(${sickLeaveEnd}, ${to}) AS date) - CAST(GREATEST(e.sick_leave_start, ${from}) AS date) + 1)), 0)`;
}

/** The quarters given as a JSON array of { quarter, from, to }, as rows. */
function quarterRows(engine: SqlEngine): string {
  return engine === 'sqlite'
    ? "SELECT value ->> '$.quarter' AS quarter, value ->> '$.from' AS qFrom, value ->> '$.to' AS qTo FROM json_each(@quarters)"
    : "SELECT value ->> 'quarter' AS quarter, value ->> 'from' AS qFrom, value ->> 'to' AS qTo FROM jsonb_array_elements(CAST(@quarters AS jsonb))";
}

export function createAggregatesRepository(db: SqlReader) {
  const employerName = readStatement<[number], { name: string }>(db, 'SELECT name FROM employers WHERE id = ?');
  const departmentNames = readStatement<[number], { id: number; name: string }>(
    db,
    `SELECT id, name FROM departments WHERE employer_id = ? ORDER BY ${orderIgnoringCase(db.engine, 'name')}`,
  );
  const jobTitles = readStatement<[number], { id: number; name: string }>(
    db,
    `SELECT id, title AS name FROM job_positions WHERE employer_id = ? ORDER BY ${orderIgnoringCase(db.engine, 'title')}`,
  );

  const workforce = readStatement<AggregateScope, { departmentId: number | null; jobPositionId: number | null; n: number }>(
    db,
    `SELECT w.department_id AS "departmentId", w.job_position_id AS "jobPositionId", count(*) AS n
       FROM workers w WHERE ${inScope}
      GROUP BY w.department_id, w.job_position_id`,
  );
  const seen = readStatement<
    AggregateScope,
    { departmentId: number | null; jobPositionId: number | null; workers: number; episodes: number; consultations: number }
  >(
    db,
    `SELECT w.department_id AS "departmentId", w.job_position_id AS "jobPositionId",
            count(DISTINCT c.worker_id) AS workers, count(DISTINCT c.episode_id) AS episodes, count(*) AS consultations
       FROM workers w JOIN consultations c ON c.worker_id = w.id
      WHERE ${inScope} AND ${consultationInPeriod}
      GROUP BY w.department_id, w.job_position_id`,
  );
  const sickLeave = readStatement<AggregateScope, { departmentId: number | null; jobPositionId: number | null; days: number }>(
    db,
    `SELECT w.department_id AS "departmentId", w.job_position_id AS "jobPositionId",
            ${sickLeaveDaysWithin(db.engine, '@from', '@to')} AS days
       FROM workers w JOIN episodes e ON e.worker_id = w.id
      WHERE ${inScope} AND ${sickLeaveOverlaps}
      GROUP BY w.department_id, w.job_position_id`,
  );
  const latestStates = readStatement<AggregateScope, LatestStateCount>(
    db,
    `WITH latest AS (
       SELECT c.phase, c.chronicity_level,
              row_number() OVER (PARTITION BY c.worker_id ORDER BY c.consultation_date DESC, c.id DESC) AS n
         FROM workers w JOIN consultations c ON c.worker_id = w.id
        WHERE ${inScope} AND ${consultationInPeriod})
     SELECT phase, chronicity_level AS "chronicityLevel", count(*) AS workers
       FROM latest WHERE n = 1 GROUP BY phase, chronicity_level`,
  );
  const riskFactors = readStatement<AggregateScope, RiskFactorCount>(
    db,
    `SELECT f.code, count(*) AS consultations, count(DISTINCT c.worker_id) AS workers
       FROM workers w
       JOIN consultations c ON c.worker_id = w.id
       JOIN consultation_risk_factors f ON f.consultation_id = c.id
      WHERE ${inScope} AND ${consultationInPeriod}
      GROUP BY f.code`,
  );
  const quarterSeen = readStatement<AggregateScope, { quarter: string; workers: number; episodes: number }>(
    db,
    `SELECT substr(c.consultation_date, 1, 4) || '-Q' || ((CAST(substr(c.consultation_date, 6, 2) AS INTEGER) + 2) / 3) AS quarter,
            count(DISTINCT c.worker_id) AS workers, count(DISTINCT c.episode_id) AS episodes
       FROM workers w JOIN consultations c ON c.worker_id = w.id
      WHERE ${inScope} AND ${consultationInPeriod}
      GROUP BY quarter`,
  );
  const quarterSickLeave = readStatement<AggregateScope & { quarters: string }, { quarter: string; days: number }>(
    db,
    `WITH q AS MATERIALIZED (
       ${quarterRows(db.engine)})
     SELECT q.quarter, ${sickLeaveDaysWithin(db.engine, 'q.qFrom', 'q.qTo')} AS days
       FROM workers w
       JOIN episodes e ON e.worker_id = w.id
       JOIN q ON e.sick_leave_start <= q.qTo AND ${sickLeaveEnd} >= q.qFrom
      WHERE ${inScope} AND ${sickLeaveOverlaps}
      GROUP BY q.quarter`,
  );
  const liftingScope = `t.employer_id = @employerId
    AND (CAST(@departmentId AS INTEGER) IS NULL OR j.department_id = @departmentId)
    AND (CAST(@jobPositionId AS INTEGER) IS NULL OR t.job_position_id = @jobPositionId)`;
  const liftingBands = readStatement<AggregateScope, { band: NioshBand; n: number }>(
    db,
    `SELECT t.band, count(*) AS n
       FROM lifting_tasks t JOIN job_positions j ON j.id = t.job_position_id
      WHERE ${liftingScope} GROUP BY t.band`,
  );
  // Ties by name in byte order, as SQLite compares text, whatever the PostgreSQL database's own collation.
  const liftingHighest = readStatement<
    AggregateScope,
    { id: number; name: string; jobTitle: string; liftingIndex: number | null; band: NioshBand }
  >(
    db,
    `SELECT t.id, t.name, j.title AS "jobTitle", t.lifting_index AS "liftingIndex", t.band
       FROM lifting_tasks t JOIN job_positions j ON j.id = t.job_position_id
      WHERE ${liftingScope}
      ORDER BY t.lifting_index IS NULL DESC, t.lifting_index DESC, ${db.engine === 'sqlite' ? 't.name' : 't.name COLLATE "C"'}
      LIMIT 5`,
  );

  return {
    async employerName(employerId: number): Promise<string | null> {
      return (await employerName.get(employerId))?.name ?? null;
    },
    departments(employerId: number) {
      return departmentNames.all(employerId);
    },
    jobs(employerId: number) {
      return jobTitles.all(employerId);
    },

    /** Workforce and what happened in the period, per combination of department and job. */
    async groups(scope: AggregateScope): Promise<GroupCounts[]> {
      const groups = new Map<string, GroupCounts>();
      const group = (departmentId: number | null, jobPositionId: number | null): GroupCounts => {
        const key = `${departmentId ?? ''}/${jobPositionId ?? ''}`;
        let found = groups.get(key);
        if (!found) {
          found = { departmentId, jobPositionId, workforce: 0, workersSeen: 0, episodes: 0, consultations: 0, sickLeaveDays: 0 };
          groups.set(key, found);
        }
        return found;
      };
      for (const row of await workforce.all(scope)) group(row.departmentId, row.jobPositionId).workforce = row.n;
      for (const row of await seen.all(scope)) {
        Object.assign(group(row.departmentId, row.jobPositionId), {
          workersSeen: row.workers,
          episodes: row.episodes,
          consultations: row.consultations,
        });
      }
      for (const row of await sickLeave.all(scope)) group(row.departmentId, row.jobPositionId).sickLeaveDays = Math.round(row.days);
      return [...groups.values()];
    },

    /** Workers by the phase and chronicity level of their latest consultation in the period. */
    latestStates(scope: AggregateScope): Promise<LatestStateCount[]> {
      return latestStates.all(scope);
    },

    riskFactors(scope: AggregateScope): Promise<RiskFactorCount[]> {
      return riskFactors.all(scope);
    },

    async quarters(scope: AggregateScope, bounds: readonly QuarterBounds[]): Promise<QuarterCounts[]> {
      const byQuarter = new Map<string, QuarterCounts>(
        bounds.map((b) => [b.quarter, { quarter: b.quarter, workersSeen: 0, episodes: 0, sickLeaveDays: 0 }]),
      );
      for (const row of await quarterSeen.all(scope)) {
        const found = byQuarter.get(row.quarter);
        if (found) Object.assign(found, { workersSeen: row.workers, episodes: row.episodes });
      }
      for (const row of await quarterSickLeave.all({ ...scope, quarters: JSON.stringify(bounds) })) {
        const found = byQuarter.get(row.quarter);
        if (found) found.sickLeaveDays = Math.round(row.days);
      }
      return [...byQuarter.values()];
    },

    liftingBands(scope: AggregateScope) {
      return liftingBands.all(scope);
    },
    liftingHighest(scope: AggregateScope) {
      return liftingHighest.all(scope);
    },
  };
}
export type AggregatesRepository = ReturnType<typeof createAggregatesRepository>;
