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

/** Everything the aggregates count in a period. */
export interface PeriodCounts {
  groups: GroupCounts[];
  latestStates: LatestStateCount[];
  /** One per quarter asked for, in that order. */
  quarters: QuarterCounts[];
  /** Only when asked for. */
  riskFactors: RiskFactorCount[] | null;
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

/** The rows of `query` as one JSON array of objects with these columns ('[]' when there are none). */
function jsonRows(engine: SqlEngine, query: string, columns: readonly string[]): string {
  const fields = columns.map((column) => `'${column}', r."${column}"`).join(', ');
  const array = engine === 'sqlite' ? `json_group_array(json_object(${fields}))` : `coalesce(json_agg(json_build_object(${fields})), '[]')`;
  return `(SELECT ${array} FROM (${query}) AS r)`;
}

const byGroup = 'department_id AS "departmentId", job_position_id AS "jobPositionId"';

/**
 * One statement for every count of a period. The scope's consultations of the period (`scoped`) and
 * its episodes with sick leave in the period (`leave`) are each looked up once, worker by worker
 * (the expensive part), then counted in each way the aggregates need; each count comes back as a
 * JSON array, in a column of the one row.
 */
function periodCountsSql(engine: SqlEngine, withRiskFactors: boolean): string {
  const counts: Record<string, [query: string, columns: string[]]> = {
    workforce: [`SELECT ${byGroup}, count(*) AS n FROM workers w WHERE ${inScope} GROUP BY department_id, job_position_id`, ['departmentId', 'jobPositionId', 'n']],
    seen: [
      `SELECT ${byGroup}, count(DISTINCT c.worker_id) AS workers, count(DISTINCT c.episode_id) AS episodes, count(*) AS consultations
         FROM scoped c GROUP BY department_id, job_position_id`,
      ['departmentId', 'jobPositionId', 'workers', 'episodes', 'consultations'],
    ],
    sickLeave: [
      `SELECT ${byGroup}, ${sickLeaveDaysWithin(engine, '@from', '@to')} AS days FROM leave e GROUP BY department_id, job_position_id`,
      ['departmentId', 'jobPositionId', 'days'],
    ],
    // Workers by the phase and chronicity level of their latest consultation in the period.
    latestStates: [
      `SELECT phase, chronicity_level AS "chronicityLevel", count(*) AS workers
         FROM (SELECT c.phase, c.chronicity_level,
                      row_number() OVER (PARTITION BY c.worker_id ORDER BY c.consultation_date DESC, c.id DESC) AS n
                 FROM scoped c) AS latest
        WHERE n = 1 GROUP BY phase, chronicity_level`,
      ['phase', 'chronicityLevel', 'workers'],
    ],
    quarterSeen: [
      `SELECT substr(c.consultation_date, 1, 4) || '-Q' || ((CAST(substr(c.consultation_date, 6, 2) AS INTEGER) + 2) / 3) AS quarter,
              count(DISTINCT c.worker_id) AS workers, count(DISTINCT c.episode_id) AS episodes
         FROM scoped c GROUP BY quarter`,
      ['quarter', 'workers', 'episodes'],
    ],
    quarterSickLeave: [
      `SELECT q.quarter, ${sickLeaveDaysWithin(engine, 'q.qFrom', 'q.qTo')} AS days
         FROM leave e JOIN q ON e.sick_leave_start <= q.qTo AND ${sickLeaveEnd} >= q.qFrom
        GROUP BY q.quarter`,
      ['quarter', 'days'],
    ],
  };
  if (withRiskFactors) {
    counts.riskFactors = [
      `SELECT f.code, count(*) AS consultations, count(DISTINCT c.worker_id) AS workers
         FROM scoped c JOIN consultation_risk_factors f ON f.consultation_id = c.id
        GROUP BY f.code`,
      ['code', 'consultations', 'workers'],
    ];
  }
  const columns = Object.entries(counts).map(([name, [query, fields]]) => `${jsonRows(engine, query, fields)} AS "${name}"`);
  return `WITH scoped AS MATERIALIZED (
       SELECT c.id, c.worker_id, c.episode_id, c.consultation_date, c.phase, c.chronicity_level, w.department_id, w.job_position_id
         FROM workers w JOIN consultations c ON c.worker_id = w.id
        WHERE ${inScope} AND ${consultationInPeriod}),
     leave AS MATERIALIZED (
       SELECT e.sick_leave_start, e.sick_leave_end, e.closed_on, w.department_id, w.job_position_id
         FROM workers w JOIN episodes e ON e.worker_id = w.id
        WHERE ${inScope} AND ${sickLeaveOverlaps}),
     q AS MATERIALIZED (
       ${quarterRows(engine)})
     SELECT ${columns.join(',\n            ')}`;
}

/** The row of `periodCountsSql`: each count as JSON text. */
type PeriodCountsRow = Record<'workforce' | 'seen' | 'sickLeave' | 'latestStates' | 'quarterSeen' | 'quarterSickLeave', string> & { riskFactors?: string };
type Grouped<T> = T & { departmentId: number | null; jobPositionId: number | null };

/** The counts per combination of department and job, from the three grouped counts. */
function groupCounts(
  workforce: Array<Grouped<{ n: number }>>,
  seen: Array<Grouped<{ workers: number; episodes: number; consultations: number }>>,
  sickLeave: Array<Grouped<{ days: number }>>,
): GroupCounts[] {
  const groups = new Map<string, GroupCounts>();
  const group = ({ departmentId, jobPositionId }: Grouped<object>): GroupCounts => {
    const key = `${departmentId ?? ''}/${jobPositionId ?? ''}`;
    let found = groups.get(key);
    if (!found) {
      found = { departmentId, jobPositionId, workforce: 0, workersSeen: 0, episodes: 0, consultations: 0, sickLeaveDays: 0 };
      groups.set(key, found);
    }
    return found;
  };
  for (const row of workforce) group(row).workforce = row.n;
  for (const row of seen) Object.assign(group(row), { workersSeen: row.workers, episodes: row.episodes, consultations: row.consultations });
  for (const row of sickLeave) group(row).sickLeaveDays = Math.round(row.days);
  return [...groups.values()];
}

/** The counts per quarter asked for, in that order (zero where nothing happened). */
function quarterCounts(
  bounds: readonly QuarterBounds[],
  seen: Array<{ quarter: string; workers: number; episodes: number }>,
  sickLeave: Array<{ quarter: string; days: number }>,
): QuarterCounts[] {
  const byQuarter = new Map<string, QuarterCounts>(bounds.map((b) => [b.quarter, { quarter: b.quarter, workersSeen: 0, episodes: 0, sickLeaveDays: 0 }]));
  for (const row of seen) {
    const found = byQuarter.get(row.quarter);
    if (found) Object.assign(found, { workersSeen: row.workers, episodes: row.episodes });
  }
  for (const row of sickLeave) {
    const found = byQuarter.get(row.quarter);
    if (found) found.sickLeaveDays = Math.round(row.days);
  }
  return [...byQuarter.values()];
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
  type PeriodScope = AggregateScope & { quarters: string };
  const periodCounts = {
    withRiskFactors: readStatement<PeriodScope, PeriodCountsRow>(db, periodCountsSql(db.engine, true)),
    withoutRiskFactors: readStatement<PeriodScope, PeriodCountsRow>(db, periodCountsSql(db.engine, false)),
  };
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

    /**
     * The period's counts: workforce and what happened per combination of department and job, the
     * latest states, the quarters in `bounds` and, when asked for, the risk factors.
     */
    async period(scope: AggregateScope, bounds: readonly QuarterBounds[], options: { riskFactors: boolean }): Promise<PeriodCounts> {
      const statement = options.riskFactors ? periodCounts.withRiskFactors : periodCounts.withoutRiskFactors;
      const row = await statement.get({ ...scope, quarters: JSON.stringify(bounds) });
      if (!row) throw new Error('The period counts returned no row');
      const parsed = <T>(json: string) => JSON.parse(json) as T[];
      return {
        groups: groupCounts(parsed(row.workforce), parsed(row.seen), parsed(row.sickLeave)),
        latestStates: parsed<LatestStateCount>(row.latestStates),
        quarters: quarterCounts(bounds, parsed(row.quarterSeen), parsed(row.quarterSickLeave)),
        riskFactors: row.riskFactors === undefined ? null : parsed<RiskFactorCount>(row.riskFactors),
      };
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
