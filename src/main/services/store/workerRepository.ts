import type { ApiError } from '../../../shared/ipc';
import { changedMeanwhile, DomainError } from '../domainError';
import type { ValidWorkerInput, Worker, WorkerSummary } from '../../../shared/model';
import type { Clock } from './clock';
import type { SqlEngine, SqlWriter } from './sql';
import { statement } from './statement';
import { indexedAndCheckedWords, nameMatchQuery, nameSearchWords, nameSortKey, nameWords, personnelNumberKey, surnamePrefix } from './searchKey';

/**
 * Above this many name matches, walking the alphabetical index is cheaper than looking up and
 * sorting every match (SQLite; measured on the generated practice of 200,000 workers; see bench/).
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

const inEmployer = '(CAST(@employerId AS INTEGER) IS NULL OR w.employer_id = @employerId)';

/**
 * The workers whose name words begin with each of `words`, alphabetically, at most @limit. The
 * name index is asked for the rarest words (searchKey.ts indexedAndCheckedWords): asked for a
 * particle such as 'van' or an initial, either engine reads tens of thousands of entries. Each
 * worker it finds is checked for the other words by a plain prefix match on its name words
 * (LIKE '% word%'; the words are letters and digits only, see nameSearchWords, so they hold no
 * LIKE, FTS5 or tsquery syntax).
 *
 * SQLite, through FTS5: `broad` (a single word that very many match) walks the alphabetical index
 * and stops at the limit; otherwise each match is looked up and they are sorted. The FTS5 table
 * keeps no text, so the check builds each worker's name words again (name_words(), database.ts):
 * FTS5 is asked for two words, a particle or an initial too, to keep the workers checked few.
 *
 * PostgreSQL, through the full-text index of the names (migration 0015), each word a prefix
 * (`word:*`): each names row carries its worker's employer and sort key (migration 0016), so the
 * first @limit are taken from the names found, however many, and only those are joined to their
 * worker and workplace.
 */
function byNameSql(engine: SqlEngine, words: readonly string[], broad: boolean): { sql: string; params: Record<string, string> } {
  const { indexed, checked } = indexedAndCheckedWords(words, engine === 'sqlite');
  const checks = (nameWordsOf: string) => checked.map((_, i) => `AND ' ' || ${nameWordsOf} LIKE @checked${i}`).join(' ');
  const checkedParams = Object.fromEntries(checked.map((word, i) => [`checked${i}`, `% ${word}%`]));
  if (engine === 'sqlite') {
    return {
      sql: `${broad ? selectWorkerAlphabetically : selectWorker}
             WHERE w.id IN (SELECT rowid FROM worker_names WHERE worker_names MATCH @match) ${checks('name_words(w.first_name, w.last_name)')}
               AND ${inEmployer}
             ORDER BY w.sort_key LIMIT @limit`,
      params: { match: nameMatchQuery(indexed), ...checkedParams },
    };
  }
  return {
    sql: `WITH found AS MATERIALIZED (
            SELECT n.worker_id, n.sort_key FROM worker_names n
             WHERE to_tsvector('simple', n.words) @@ to_tsquery('simple', @match) ${checks('n.words')}
               AND (CAST(@employerId AS INTEGER) IS NULL OR n.employer_id = @employerId)
             ORDER BY n.sort_key LIMIT @limit)
          ${workerColumns} FROM found f JOIN workers w ON w.id = f.worker_id ${workplaceJoins} ORDER BY f.sort_key`,
    params: { match: indexed.map((word) => `${word}:*`).join(' & '), ...checkedParams },
  };
}

/** A worker's row in the name index: its words (searchKey.ts nameWords), employer and sort key. */
export interface WorkerNamesRow {
  id: number;
  words: string;
  employerId: number;
  sortKey: string;
}

/**
 * The INSERT of a WorkerNamesRow: into the FTS5 table on SQLite (its rowid the worker's id); on
 * PostgreSQL the row also carries the worker's employer and sort key (migration 0016).
 */
export function insertWorkerNamesSql(engine: SqlEngine): string {
  return engine === 'sqlite'
    ? 'INSERT INTO worker_names (rowid, words) VALUES (@id, @words)'
    : 'INSERT INTO worker_names (worker_id, words, employer_id, sort_key) VALUES (@id, @words, @employerId, @sortKey)';
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
        AND ${inEmployer}
      ORDER BY w.sort_key LIMIT @limit`,
  );
  /** How many workers a single word's name match finds (SQLite). */
  const nameMatches = statement<{ match: string }, { n: number }>(db, 'SELECT count(*) AS n FROM worker_names WHERE worker_names MATCH @match');
  /** The workers whose name words begin with each of `words`, alphabetically, at most `limit`. */
  async function byName(words: string[], employerId: number | null, limit: number): Promise<WorkerRow[]> {
    // Several words narrow the matches down enough; only a single word can match thousands.
    const broad = db.engine === 'sqlite' && words.length === 1 && ((await nameMatches.get({ match: nameMatchQuery(words) }))?.n ?? 0) > broadMatchCount;
    const { sql, params } = byNameSql(db.engine, words, broad);
    return statement<Record<string, string | number | null>, WorkerRow>(db, sql).all({ ...params, employerId, limit });
  }
  const byNumber = statement<{ low: string; high: string; employerId: number | null; limit: number }, WorkerRow>(
    db,
    `${selectWorker}
      WHERE w.personnel_number_key >= @low AND w.personnel_number_key < @high
        AND ${inEmployer}
      ORDER BY w.personnel_number_key LIMIT @limit`,
  );
  const all = statement<{ employerId: number | null; limit: number }, WorkerRow>(
    db,
    `${selectWorker} WHERE ${inEmployer} ORDER BY w.sort_key LIMIT @limit`,
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
  const deleteNames = statement(db, `DELETE FROM worker_names WHERE ${db.engine === 'sqlite' ? 'rowid' : 'worker_id'} = ?`);
  const insertNames = statement<WorkerNamesRow>(db, insertWorkerNamesSql(db.engine));

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
      if (results.size < limit) add(await byName(words, employerId, limit));
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
      await insertNames.run({ id, words: nameWords(input.firstName, input.lastName), employerId: input.employerId, sortKey: row.sortKey });
      return id;
    },
  };
}
export type WorkerRepository = ReturnType<typeof createWorkerRepository>;
