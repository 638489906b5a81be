import type { ApiError } from '../../../shared/ipc';
import { changedMeanwhile, DomainError } from '../domainError';
import type { ValidWorkerInput, Worker, WorkerSummary } from '../../../shared/model';
import type { Clock } from './clock';
import type { SqlEngine, SqlWriter } from './sql';
import { statement } from './statement';
import { nameMatchQuery, nameSearchWords, nameSortKey, nameWords, personnelNumberKey, surnamePrefix } from './searchKey';

/**
 * Above this many name matches, walking the alphabetical index is cheaper than looking up and
 * sorting every match (measured on the generated practice of 200,000 workers; see bench/).
 */
const broadMatchCount = 5000;

interface WorkerRow {
  id: number;
  employer_id: number;
  employer_name: string;
  department_id: number | null;
  department_name: string | null;
  job_position_id: number | null;
  job_title: string | null;
  personnel_number: string;
  first_name: string;
  last_name: string;
  birth_date: string;
  contract_hours: number;
  email: string | null;
  phone: string | null;
  updated_at: string;
  row_version: number;
}

const workerColumns = `
  SELECT w.id, w.employer_id, e.name AS employer_name, w.department_id, d.name AS department_name,
         w.job_position_id, j.title AS job_title, w.personnel_number, w.first_name, w.last_name,
         w.birth_date, w.contract_hours, w.email, w.phone, w.updated_at, w.row_version`;
const workplaceJoins = `
    JOIN employers e ON e.id = w.employer_id
    LEFT JOIN departments d ON d.id = w.department_id
    LEFT JOIN job_positions j ON j.id = w.job_position_id`;
const selectWorker = `${workerColumns} FROM workers w ${workplaceJoins}`;
/** The same, reading workers in alphabetical order so that a LIMIT can stop early. */
const selectWorkerAlphabetically = `${workerColumns} FROM workers w INDEXED BY workers_sort ${workplaceJoins}`; // SQLite only

/**
 * Workers whose name words begin with each of `words`: through FTS5 on SQLite; on PostgreSQL
 * through the full-text index of the names (migration 0015), each word a prefix (`word:*`). The
 * words are letters and digits only (nameSearchWords), so they never hold tsquery syntax.
 */
function nameMatch(engine: SqlEngine, words: readonly string[]): { ids: string; params: Record<string, string> } {
  if (engine === 'sqlite') return { ids: 'SELECT rowid FROM worker_names WHERE worker_names MATCH @match', params: { match: nameMatchQuery(words) } };
  const prefixes = (some: readonly string[]) => some.map((word) => `${word}:*`).join(' & ');
  const matching = (query: string) => `to_tsvector('simple', words) @@ to_tsquery('simple', ${query})`;
  if (words.length <= 2) return { ids: `SELECT worker_id FROM worker_names WHERE ${matching('@match')}`, params: { match: prefixes(words) } };
  // A short prefix such as 'van' or 'de' matches tens of thousands of name words, and the index
  // reads them all. It is asked for the two longest words (the rarest), and each worker it finds is
  // checked against every word (OFFSET 0 keeps that check out of the index).
  const longest = [...words].sort((a, b) => b.length - a.length).slice(0, 2);
  return {
    ids: `SELECT worker_id FROM (SELECT worker_id, words FROM worker_names WHERE ${matching('@longest')} OFFSET 0) AS candidates WHERE ${matching('@match')}`,
    params: { longest: prefixes(longest), match: prefixes(words) },
  };
}

/**
 * The workers `ids` selects, alphabetically, at most @limit. `broad` (very many match): walk the
 * alphabetical index and stop at the limit. Otherwise look each match up and sort them. On
 * PostgreSQL the matches are gathered first and only the first @limit of them, by sort key, are
 * joined to their workplace: left to itself, its planner walks the alphabetical index even for a
 * word whose thousands of matches all sort late (the "linden" of "Van der Linden", 0.7 s at
 * 200,000 workers).
 */
function byNameSql(engine: SqlEngine, ids: string, broad: boolean): string {
  const inEmployer = '(CAST(@employerId AS INTEGER) IS NULL OR w.employer_id = @employerId)';
  if (engine === 'sqlite') {
    return `${broad ? selectWorkerAlphabetically : selectWorker} WHERE w.id IN (${ids}) AND ${inEmployer} ORDER BY w.sort_key LIMIT @limit`;
  }
  if (broad) return `${selectWorker} WHERE w.id IN (${ids}) AND ${inEmployer} ORDER BY w.sort_key LIMIT @limit`;
  return `WITH matches AS MATERIALIZED (${ids}),
       found AS MATERIALIZED (
         SELECT w.id FROM workers w WHERE w.id IN (SELECT worker_id FROM matches) AND ${inEmployer} ORDER BY w.sort_key LIMIT @limit)
    ${selectWorker} WHERE w.id IN (SELECT id FROM found) ORDER BY w.sort_key`;
}

function toWorker(row: WorkerRow): Worker {
  return {
    id: row.id,
    employerId: row.employer_id,
    employerName: row.employer_name,
    departmentId: row.department_id,
    departmentName: row.department_name,
    jobPositionId: row.job_position_id,
    jobTitle: row.job_title,
    personnelNumber: row.personnel_number,
    firstName: row.first_name,
    lastName: row.last_name,
    birthDate: row.birth_date,
    contractHoursPerWeek: row.contract_hours,
    email: row.email,
    phone: row.phone,
    updatedAt: row.updated_at,
    rowVersion: row.row_version,
  };
}

function toSummary(row: WorkerRow): WorkerSummary {
  return {
    id: row.id,
    personnelNumber: row.personnel_number,
    firstName: row.first_name,
    lastName: row.last_name,
    birthDate: row.birth_date,
    employerName: row.employer_name,
    departmentName: row.department_name,
    jobTitle: row.job_title,
  };
}

/** A worker with this personnel number already exists at the employer. */
export class DuplicatePersonnelNumberError extends DomainError {
  constructor(readonly personnelNumber: string) {
    super('This personnel number is already in use at this employer');
    this.name = 'DuplicatePersonnelNumberError';
  }

  toApiError(): ApiError {
    return { code: 'duplicatePersonnelNumber', personnelNumber: this.personnelNumber };
  }
}

export function createWorkerRepository(db: SqlWriter, clock: Clock) {
  const byId = statement<[number], WorkerRow>(db, `${selectWorker} WHERE w.id = ?`);
  const existsById = statement<[number], { found: number }>(db, 'SELECT 1 AS found FROM workers WHERE id = ?');
  const personnelNumberKeysOf = statement<[number], { key: string }>(db, 'SELECT personnel_number_key AS key FROM workers WHERE employer_id = ?');
  const bySurnamePrefix = statement<{ low: string; high: string; employerId: number | null; limit: number }, WorkerRow>(
    db,
    `${selectWorker}
      WHERE w.sort_key >= @low AND w.sort_key < @high
        AND (CAST(@employerId AS INTEGER) IS NULL OR w.employer_id = @employerId)
      ORDER BY w.sort_key LIMIT @limit`,
  );
  /** How many workers a single word's name match finds. */
  const nameMatches = (match: { ids: string; params: Record<string, string> }) =>
    statement<Record<string, string>, { n: number }>(db, `SELECT count(*) AS n FROM (${match.ids}) AS matches`).get(match.params);
  const byName = (match: { ids: string }, broad: boolean) => statement<Record<string, string | number | null>, WorkerRow>(db, byNameSql(db.engine, match.ids, broad));
  const byNumber = statement<{ low: string; high: string; employerId: number | null; limit: number }, WorkerRow>(
    db,
    `${selectWorker}
      WHERE w.personnel_number_key >= @low AND w.personnel_number_key < @high
        AND (CAST(@employerId AS INTEGER) IS NULL OR w.employer_id = @employerId)
      ORDER BY w.personnel_number_key LIMIT @limit`,
  );
  const all = statement<{ employerId: number | null; limit: number }, WorkerRow>(
    db,
    `${selectWorker} WHERE (CAST(@employerId AS INTEGER) IS NULL OR w.employer_id = @employerId) ORDER BY w.sort_key LIMIT @limit`,
  );
  const numberTaken = statement<{ employerId: number; key: string; id: number }, { id: number }>(
    db,
    'SELECT id FROM workers WHERE employer_id = @employerId AND personnel_number_key = @key AND id <> @id',
  );
  const insert = statement(
    db,
    `INSERT INTO workers (employer_id, department_id, job_position_id, personnel_number, personnel_number_key,
       first_name, last_name, sort_key, birth_date, contract_hours, email, phone, created_at, updated_at)
     VALUES (@employerId, @departmentId, @jobPositionId, @personnelNumber, @personnelNumberKey,
       @firstName, @lastName, @sortKey, @birthDate, @contractHoursPerWeek, @email, @phone, @now, @now) RETURNING id`,
  );
  const update = statement(
    db,
    `UPDATE workers SET employer_id = @employerId, department_id = @departmentId, job_position_id = @jobPositionId,
       personnel_number = @personnelNumber, personnel_number_key = @personnelNumberKey, first_name = @firstName,
       last_name = @lastName, sort_key = @sortKey, birth_date = @birthDate, contract_hours = @contractHoursPerWeek,
       email = @email, phone = @phone, updated_at = @now, row_version = row_version + 1
     WHERE id = @id AND row_version = @rowVersion`,
  );
  const nameKey = db.engine === 'sqlite' ? 'rowid' : 'worker_id';
  const deleteNames = statement(db, `DELETE FROM worker_names WHERE ${nameKey} = ?`);
  const insertNames = statement(db, `INSERT INTO worker_names (${nameKey}, words) VALUES (?, ?)`);

  return {
    /** Whether a worker with this id exists, without reading it. */
    async exists(id: number): Promise<boolean> {
      return (await existsById.get(id)) !== undefined;
    },
    /** Personnel numbers (compare keys, see searchKey.ts) already in use at the employer. */
    async personnelNumberKeys(employerId: number): Promise<Set<string>> {
      return new Set((await personnelNumberKeysOf.all(employerId)).map((row) => row.key));
    },
    async get(id: number): Promise<Worker | null> {
      const row = await byId.get(id);
      return row ? toWorker(row) : null;
    },

    /**
     * Finds workers by personnel number prefix and by name words (any order, prefixes, ignoring
     * case and accents). Surnames that begin with what was typed come first, then the other
     * matches, each group alphabetically; an empty query lists workers alphabetically.
     */
    async search(query: string, employerId: number | null, limit: number): Promise<WorkerSummary[]> {
      const words = nameSearchWords(query);
      if (words.length === 0) return (await all.all({ employerId, limit })).map(toSummary);
      const results = new Map<number, WorkerSummary>();
      const add = (rows: WorkerRow[]) => {
        for (const row of rows) if (results.size < limit) results.set(row.id, toSummary(row));
      };
      const numberKey = personnelNumberKey(query);
      if (/\d/.test(numberKey)) add(await byNumber.all({ low: numberKey, high: `${numberKey}\uffff`, employerId, limit }));
      const surname = surnamePrefix(query);
      if (results.size < limit && surname !== '') {
        add(await bySurnamePrefix.all({ low: surname, high: `${surname}\uffff`, employerId, limit }));
      }
      if (results.size < limit) {
        // Several words narrow the matches down enough; only a single word can match thousands.
        const match = nameMatch(db.engine, words);
        const broad = words.length === 1 && ((await nameMatches(match))?.n ?? 0) > broadMatchCount;
        add(await byName(match, broad).all({ ...match.params, employerId, limit }));
      }
      return [...results.values()];
    },

    /**
     * Inserts or updates a worker; the caller wraps this in a transaction. An update is refused
     * ('changedMeanwhile', nothing written) unless the worker is still at `input.rowVersion`.
     */
    async save(input: ValidWorkerInput): Promise<number> {
      const key = personnelNumberKey(input.personnelNumber);
      if (await numberTaken.get({ employerId: input.employerId, key, id: input.id ?? 0 })) {
        throw new DuplicatePersonnelNumberError(input.personnelNumber);
      }
      const row = {
        ...input,
        personnelNumberKey: key,
        sortKey: nameSortKey(input.firstName, input.lastName),
        now: clock.now(),
      };
      let id: number;
      if (input.id === undefined) {
        id = await insert.insert(row);
      } else {
        id = input.id;
        if ((await update.run({ ...row, id, rowVersion: input.rowVersion ?? null })).changes === 0) throw changedMeanwhile();
        await deleteNames.run(id);
      }
      await insertNames.run(id, nameWords(input.firstName, input.lastName));
      return id;
    },
  };
}
export type WorkerRepository = ReturnType<typeof createWorkerRepository>;
