import type { ApiError } from '../../../shared/ipc';
import { DomainError, notFound } from '../domainError';
import {
  exposureProfileSchema,
  requiredRosterFields,
  rosterFields,
  workerInputSchema,
  type RosterField,
  type RosterMapping,
  type RosterPreview,
  type RosterImportResult,
  type RosterProblem,
  type RosterRowReport,
  type User,
  type ValidWorkerInput,
} from '../../../shared/model';
import { ageOn, parseDate } from '../../../shared/i18n/format';
import { foldText, personnelNumberKey } from '../store/searchKey';
import type { Repositories } from '../store/store';
import { decodeRoster, detectDelimiter, hasBrokenCharacters, looksLikeUtf8, parseCsv, type CsvRecord, type RosterEncoding } from './rosterCsv';

/*
 * Roster import from an HR export: read the file, suggest a column mapping, check every row, and
 * (only when confirmed) write all importable rows in one transaction. Rows with a problem are
 * reported with their line and a translatable reason and are never written.
 */

/** Header words (folded: lower case, no accents, letters and digits only) that suggest a field. */
const HEADER_WORDS: Record<RosterField, readonly string[]> = {
  personnelNumber: ['personeelsnummer', 'personeelsnr', 'persnr', 'personnelnumber', 'employeenumber', 'employeeid', 'employeeno', 'matricule', 'numeromatricule', 'werknemersnummer', 'medewerkernummer', 'stamnummer', 'nummer'],
  firstName: ['voornaam', 'voornamen', 'roepnaam', 'prenom', 'firstname', 'givenname'],
  lastName: ['achternaam', 'familienaam', 'geslachtsnaam', 'naam', 'nom', 'nomdefamille', 'lastname', 'surname', 'familyname'],
  birthDate: ['geboortedatum', 'gebdatum', 'geboortedag', 'datenaissance', 'datedenaissance', 'birthdate', 'dateofbirth', 'dob'],
  contractHours: ['contracturen', 'contracturenperweek', 'urenperweek', 'uren', 'arbeidsduur', 'heures', 'heuresparsemaine', 'hoursperweek', 'contracthours', 'weeklyhours', 'hours'],
  lastNamePrefix: ['tussenvoegsel', 'tussenvoegsels', 'voorvoegsel', 'prefix'],
  department: ['afdeling', 'afdelingsnaam', 'departement', 'department', 'service', 'dienst', 'team'],
  jobTitle: ['functie', 'functienaam', 'fonction', 'job', 'jobtitle', 'poste'],
  email: ['email', 'emailadres', 'mail', 'courriel', 'adresseemail', 'emailaddress'],
  phone: ['telefoon', 'telefoonnummer', 'tel', 'gsm', 'mobiel', 'telephone', 'phone', 'phonenumber', 'mobile'],
};

/** Youngest and oldest plausible age of a worker on the roster. */
export const MIN_WORKER_AGE = 14;
export const MAX_WORKER_AGE = 100;

function foldHeader(text: string): string {
  return foldText(text).replace(/[^a-z0-9]/g, '');
}

/** Names of departments and jobs compare without case, accents or extra spaces. */
function nameKey(text: string): string {
  return foldText(text).replace(/\s+/g, ' ').trim();
}

/** The mapping the header suggests: each field to the first column whose header names it. */
export function suggestMapping(headers: readonly string[]): RosterMapping {
  const mapping = Object.fromEntries(rosterFields.map((field) => [field, null])) as RosterMapping;
  const folded = headers.map(foldHeader);
  for (const field of rosterFields) {
    const taken = new Set(Object.values(mapping));
    const index = folded.findIndex((header, i) => !taken.has(i) && HEADER_WORDS[field].includes(header));
    if (index >= 0) mapping[field] = index;
  }
  return mapping;
}

export interface RosterRow {
  line: number;
  worker: Omit<ValidWorkerInput, 'departmentId' | 'jobPositionId'>;
  department: string | null;
  jobTitle: string | null;
}

/** The answer names the first rows with a problem, and counts them all: its size stays bounded. */
export const MAX_REPORTED_ROWS = 500;
/** A duplicated personnel number names this many other lines at most. */
const MAX_OTHER_LINES = 5;

/** The other lines with the same personnel number: '3, 9', or '3, 9, 12, 15, 20, …' for many. */
function otherLines(lines: readonly number[], own: number): string {
  const others: Array<number | string> = [];
  for (const line of lines) {
    if (line === own) continue;
    if (others.length === MAX_OTHER_LINES) {
      others.push('…');
      break;
    }
    others.push(line);
  }
  return others.join(', ');
}

/**
 * Who reads the analysis. Only someone who may search the workers anyway (a doctor) learns which
 * personnel numbers already exist at the employer; for an advisor such a row is simply on the roster.
 */
export interface RosterReader {
  revealExisting: boolean;
}

export interface RosterAnalysis {
  preview: RosterPreview;
  rows: RosterRow[];
}

const schemaFieldOf: Record<string, RosterField> = {
  personnelNumber: 'personnelNumber',
  firstName: 'firstName',
  lastName: 'lastName',
  birthDate: 'birthDate',
  contractHoursPerWeek: 'contractHours',
  email: 'email',
  phone: 'phone',
};
const problemOfMessage: Record<string, RosterProblem['code']> = {
  required: 'required',
  tooLong: 'tooLong',
  date: 'date',
  email: 'email',
  hoursRange: 'hours',
  number: 'hours',
};

function problem(code: RosterProblem['code'], field: RosterField | null = null, value: string | null = null): RosterProblem {
  return { code, field, value };
}

/** Reads '36', '36,5' or '36.5'; anything else is not a number of hours. */
function parseHours(text: string): number | null {
  return /^\d{1,3}([.,]\d{1,2})?$/.test(text) ? Number(text.replace(',', '.')) : null;
}

/** Checks one data row with the worker schema; returns the worker or the problems. */
function checkRow(
  record: CsvRecord,
  mapping: RosterMapping,
  columns: number,
  employerId: number,
  today: string,
  encoding: RosterEncoding,
): { row: RosterRow | null; problems: RosterProblem[] } {
  const problems: RosterProblem[] = [];
  const joined = record.fields.join(' ');
  if (hasBrokenCharacters(joined)) problems.push(problem('encoding'));
  else if (encoding === 'windows-1252' && looksLikeUtf8(joined)) problems.push(problem('mixedEncoding'));
  if (record.unclosedQuote) problems.push(problem('unclosedQuote'));
  if (record.fields.length !== columns) {
    problems.push(problem('columnCount', null, String(record.fields.length)));
    return { row: null, problems };
  }

  const value = (field: RosterField): string => {
    const index = mapping[field];
    return index === null ? '' : (record.fields[index] ?? '').trim();
  };
  const birthText = value('birthDate');
  const birthDate = birthText === '' ? '' : parseDate(birthText, today);
  if (birthDate === null) problems.push(problem('date', 'birthDate', birthText));
  else if (birthDate !== '' && (birthDate > today || ageOn(birthDate, today) < MIN_WORKER_AGE || ageOn(birthDate, today) > MAX_WORKER_AGE)) {
    problems.push(problem('birthDateImplausible', 'birthDate', birthText));
  }
  const hoursText = value('contractHours');
  const hours = hoursText === '' ? null : parseHours(hoursText);
  if (hoursText !== '' && hours === null) problems.push(problem('hours', 'contractHours', hoursText));

  const prefix = value('lastNamePrefix');
  const parsed = workerInputSchema.safeParse({
    employerId,
    personnelNumber: value('personnelNumber'),
    firstName: value('firstName'),
    lastName: prefix === '' ? value('lastName') : `${prefix} ${value('lastName')}`,
    birthDate: birthDate ?? '',
    contractHoursPerWeek: hoursText === '' ? undefined : (hours ?? 0),
    email: value('email'),
    phone: value('phone'),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = schemaFieldOf[String(issue.path[0])] ?? null;
      const raw = field === null ? '' : value(field);
      const code = raw === '' ? 'required' : (problemOfMessage[issue.message] ?? 'required');
      const already = field !== null && problems.some((p) => p.field === field);
      if (!already) problems.push(problem(code, field, code === 'required' ? null : raw));
    }
  }
  const department = value('department');
  const jobTitle = value('jobTitle');
  if (department.length > 120) problems.push(problem('tooLong', 'department', department));
  if (jobTitle.length > 120) problems.push(problem('tooLong', 'jobTitle', jobTitle));

  if (problems.length > 0 || !parsed.success) return { row: null, problems };
  const { id: _id, departmentId: _d, jobPositionId: _j, ...worker } = parsed.data;
  return {
    row: { line: record.line, worker, department: department || null, jobTitle: jobTitle || null },
    problems,
  };
}

/** Reads and checks a roster file against the employer's workers; writes nothing. */
export async function analyseRoster(
  store: Repositories,
  file: { employerId: number; contentBase64: string; mapping: RosterMapping | null },
  options: RosterReader,
): Promise<RosterAnalysis> {
  if (!(await store.aggregates.employerName(file.employerId))) throw notFound();
  const { text, encoding } = decodeRoster(Buffer.from(file.contentBase64, 'base64'));
  const delimiter = detectDelimiter(text);
  const [header, ...data] = parseCsv(text, delimiter);
  const headers = (header?.fields ?? []).map((h) => h.trim());
  const mapping = { ...(file.mapping ?? suggestMapping(headers)) };
  for (const field of rosterFields) {
    const index = mapping[field];
    if (index !== null && index >= headers.length) mapping[field] = null;
  }
  const unmappedRequired = requiredRosterFields.filter((field) => mapping[field] === null);

  const today = store.clock.today();
  const existing = await store.workers.personnelNumberKeys(file.employerId);
  const checked = data.map((record) => ({
    record,
    ...checkRow(record, mapping, headers.length, file.employerId, today, encoding),
  }));

  // One list of lines per personnel number, appended in place: linear in the rows, however many repeat.
  const numberIndex = mapping.personnelNumber;
  const numberOf = (record: CsvRecord) => (numberIndex === null ? '' : (record.fields[numberIndex] ?? '').trim());
  const linesByNumber = new Map<string, number[]>();
  for (const { record } of checked) {
    const key = personnelNumberKey(numberOf(record));
    if (key === '') continue;
    const lines = linesByNumber.get(key);
    if (lines) lines.push(record.line);
    else linesByNumber.set(key, [record.line]);
  }
  for (const entry of checked) {
    const number = numberOf(entry.record);
    const key = personnelNumberKey(number);
    if (key === '') continue;
    const lines = linesByNumber.get(key) ?? [];
    if (lines.length > 1) entry.problems.push(problem('duplicateInFile', 'personnelNumber', otherLines(lines, entry.record.line)));
    if (options.revealExisting && existing.has(key)) entry.problems.push(problem('existsAtEmployer', 'personnelNumber', number));
  }

  const rows = unmappedRequired.length > 0 ? [] : checked.flatMap((c) => (c.row && c.problems.length === 0 ? [c.row] : []));
  const rejectedRows = checked.filter((c) => c.problems.length > 0);
  const rejected: RosterRowReport[] = rejectedRows
    .slice(0, MAX_REPORTED_ROWS)
    .map((c) => ({ line: c.record.line, problems: c.problems }));

  const employer = await store.workplaces.employer(file.employerId);
  const knownDepartments = new Set(employer?.departments.map((d) => nameKey(d.name)));
  const knownJobs = new Set(employer?.jobPositions.map((j) => nameKey(j.title)));
  const newNames = (names: Array<string | null>, known: Set<string>) => {
    const found = new Map<string, string>();
    for (const name of names) if (name !== null && !known.has(nameKey(name)) && !found.has(nameKey(name))) found.set(nameKey(name), name);
    return [...found.values()];
  };

  return {
    rows,
    preview: {
      encoding,
      delimiter,
      headers,
      sampleRows: data.slice(0, 5).map((record) => record.fields),
      mapping,
      unmappedRequired,
      rowCount: data.length,
      importableCount: rows.length,
      rejected,
      rejectedCount: rejectedRows.length,
      newDepartments: newNames(rows.map((r) => r.department), knownDepartments),
      newJobTitles: newNames(rows.map((r) => r.jobTitle), knownJobs),
    },
  };
}

/** A required field has no column: nothing can be imported. */
export class IncompleteMappingError extends DomainError {
  constructor(readonly fields: readonly RosterField[]) {
    super(`No column mapped for ${fields.join(', ')}`);
    this.name = 'IncompleteMappingError';
  }

  toApiError(): ApiError {
    return { code: 'validation', issues: this.fields.map((field) => ({ path: ['mapping', field], code: 'required' })) };
  }
}

/**
 * Imports every importable row of the file in ONE transaction, creating the departments and jobs
 * it names that do not exist yet (jobs with an empty exposure profile, to be filled in). Each new
 * worker is recorded in the access log as imported by `user`.
 */
export async function importRoster(
  store: Repositories,
  file: { employerId: number; contentBase64: string; mapping: RosterMapping },
  user: User,
  options: RosterReader,
): Promise<RosterImportResult> {
  return store.transaction(async (tx) => {
    const { rows, preview } = await analyseRoster(tx, file, options);
    const existing = await tx.workers.personnelNumberKeys(file.employerId);
    if (preview.unmappedRequired.length > 0) throw new IncompleteMappingError(preview.unmappedRequired);
    const employer = await tx.workplaces.employer(file.employerId);
    if (!employer) throw new Error(`Employer ${file.employerId} disappeared during the import`);

    const departmentIds = new Map(employer.departments.map((d) => [nameKey(d.name), d.id]));
    for (const name of preview.newDepartments) {
      departmentIds.set(nameKey(name), await tx.workplaces.saveDepartment({ employerId: employer.id, name }));
    }
    const jobIds = new Map<string, number>();
    for (const job of employer.jobPositions) if (!jobIds.has(nameKey(job.title))) jobIds.set(nameKey(job.title), job.id);
    const noExposures = exposureProfileSchema.parse({});
    for (const title of preview.newJobTitles) {
      jobIds.set(
        nameKey(title),
        await tx.workplaces.saveJobPosition({ employerId: employer.id, departmentId: null, title, maxLoadKg: null, exposures: noExposures }),
      );
    }

    for (const row of rows) {
      // Only when the reader may not learn it: a worker already there stays as it is.
      if (existing.has(personnelNumberKey(row.worker.personnelNumber))) continue;
      const workerId = await tx.workers.save({
        ...row.worker,
        departmentId: row.department === null ? null : (departmentIds.get(nameKey(row.department)) ?? null),
        jobPositionId: row.jobTitle === null ? null : (jobIds.get(nameKey(row.jobTitle)) ?? null),
      });
      await tx.accessLog.record(user, { action: 'import', channel: 'prevention.importRoster', workerId, outcome: 'allowed' });
    }
    return {
      imported: rows.length,
      rejected: preview.rejected,
      rejectedCount: preview.rejectedCount,
      departmentsCreated: preview.newDepartments.length,
      jobPositionsCreated: preview.newJobTitles.length,
    };
  });
}
