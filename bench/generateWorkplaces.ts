import { exposureKinds, type ExposureProfile } from '../src/shared/model';
import type { SqliteStore } from '../src/main/services/store/store';
import { nameSortKey, nameWords, personnelNumberKey } from '../src/main/services/store/searchKey';
import type { RandomSource } from './random';

export interface GeneratedWorker {
  id: number;
  employerId: number;
  birthDate: string;
  contractHours: number;
}

export interface GeneratedWorkplaces {
  /** The employer of exactly `bigEmployerSize` workers. */
  bigEmployerId: number;
  workers: GeneratedWorker[];
  names: string[];
  personnelNumbers: string[];
}

const firstNames = [
  'Anna', 'Bram', 'Chloé', 'Daan', 'Emine', 'Fatima', 'Geert', 'Hanne', 'Ilse', 'Joris', 'Karim', 'Lotte', 'Mehmet',
  'Noor', 'Olivier', 'Pieter', 'Quinten', 'Renée', 'Sven', 'Tess', 'Ümit', 'Vera', 'Wout', 'Yasmina', 'Zoë', 'Jürgen',
  'Ayşe', 'Björn', 'Inès', 'Loïc', 'Maëlle', 'Søren', 'Dušan', 'Agnieszka', 'Rachid', 'Femke', 'Sanne', 'Thijs',
  'Lucas', 'Emma', 'Milan', 'Julie', 'Arne', 'Nina', 'Kobe', 'Lien', 'Jens', 'Marie', 'Senne', 'Louise',
];
const lastNames = [
  'Müller', 'Çelik', 'Van den Broeck', 'De Vries', 'Janssens', 'Peeters', 'El Amrani', 'Dubois', 'Bakker', 'Maes',
  'Yılmaz', 'Van Dijk', 'Lefèvre', 'De Smet', 'Visser', "D'Hondt", 'Öztürk', 'Willems', 'Mertens', 'Smit',
  'Vermeulen', 'Jacobs', 'Brouwer', 'Claes', 'Nowak', 'Goossens', 'Wouters', 'De Jong', 'Van der Linden', 'Hendrickx',
  'Dumont', 'Lambert', 'Kaya', 'Benali', 'Kowalski', 'Van Damme', 'Verhoeven', 'Dekker', 'Mulder', 'Bos',
  'Vos', 'Peters', 'Hendriks', 'Van Leeuwen', 'De Groot', 'Meijer', 'Schouten', 'Van Acker', 'Coppens', 'Desmet',
];
const departmentNames = ['Productie', 'Logistiek', 'Onderhoud', 'Administratie', 'Verkoop', 'Zorg', 'Keuken', 'Transport', 'Magazijn', 'Technische dienst'];
const jobTitles = ['Orderpicker', 'Heftruckchauffeur', 'Operator', 'Monteur', 'Administratief medewerker', 'Zorgkundige', 'Kok', 'Chauffeur', 'Magazijnier', 'Teamleider', 'Schoonmaker', 'Verkoper'];
const levels = ['none', 'low', 'moderate', 'high'] as const;

/** Sizes for `count` employers summing to `total`, skewed as real employer sizes are. */
function employerSizes(random: RandomSource, count: number, total: number): number[] {
  const weights = Array.from({ length: count }, () => {
    const normal = Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
    return Math.exp(1.3 * normal);
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.max(1, Math.round((w / sum) * total)));
  let difference = total - sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; difference !== 0; i = (i + 1) % count) {
    const step = difference > 0 ? 1 : -1;
    if ((sizes[i] as number) + step >= 1 && (sizes[i] as number) + step < 4000) {
      sizes[i] = (sizes[i] as number) + step;
      difference -= step;
    }
  }
  return sizes;
}

function exposureProfile(random: RandomSource): ExposureProfile {
  return Object.fromEntries(exposureKinds.map((kind) => [kind, random.pick(levels)])) as ExposureProfile;
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Employers, departments, job positions and workers, written in batched transactions. */
export function generateWorkplaces(
  store: SqliteStore,
  random: RandomSource,
  options: { employers: number; workers: number; bigEmployerSize: number },
): GeneratedWorkplaces {
  // SQLite only: the bulk of a generated practice goes straight through the raw connection.
  const db = store.sqliteConnection;
  const now = '2026-01-01T00:00:00.000Z';
  const insertEmployer = db.prepare(
    "INSERT INTO employers (name, sector, created_at, updated_at) VALUES (?, ?, ?, ?)",
  );
  const insertDepartment = db.prepare('INSERT INTO departments (employer_id, name) VALUES (?, ?)');
  const insertJob = db.prepare(
    'INSERT INTO job_positions (employer_id, department_id, title, max_load_kg, exposures) VALUES (?, ?, ?, ?, ?)',
  );
  const insertWorker = db.prepare(
    `INSERT INTO workers (employer_id, department_id, job_position_id, personnel_number, personnel_number_key,
       first_name, last_name, sort_key, birth_date, contract_hours, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertNames = db.prepare('INSERT INTO worker_names (rowid, words) VALUES (?, ?)');

  const sizes = [options.bigEmployerSize, ...employerSizes(random, options.employers - 1, options.workers - options.bigEmployerSize)];
  const workers: GeneratedWorker[] = [];
  const names: string[] = [];
  const personnelNumbers: string[] = [];
  let bigEmployerId = 0;

  const writeEmployer = db.transaction((size: number, index: number) => {
    const employerId = Number(
      insertEmployer.run(`Fictief bedrijf ${index + 1}`, random.weighted({ private: 80, localPublic: 12, federalPublic: 5, other: 3 }), now, now)
        .lastInsertRowid,
    );
    if (index === 0) bigEmployerId = employerId;
    const departmentCount = Math.min(departmentNames.length, 1 + Math.floor(size / 150));
    const departments: number[] = [];
    const jobs: Array<{ id: number; departmentId: number }> = [];
    for (let d = 0; d < departmentCount; d += 1) {
      const departmentId = Number(insertDepartment.run(employerId, departmentNames[d] as string).lastInsertRowid);
      departments.push(departmentId);
      for (let j = 0; j < 2; j += 1) {
        const jobId = Number(
          insertJob.run(employerId, departmentId, random.pick(jobTitles), random.int(0, 30), JSON.stringify(exposureProfile(random)))
            .lastInsertRowid,
        );
        jobs.push({ id: jobId, departmentId });
      }
    }
    for (let w = 0; w < size; w += 1) {
      const job = random.pick(jobs);
      const firstName = random.pick(firstNames);
      const lastName = random.pick(lastNames);
      const personnelNumber = `E${index + 1}-${String(w + 1).padStart(5, '0')}`;
      const birthDate = isoDate(random.int(1960, 2005), random.int(1, 12), random.int(1, 28));
      const contractHours = random.pick([38, 38, 38, 36, 32, 24, 20, 40]);
      const workerId = Number(
        insertWorker.run(employerId, job.departmentId, job.id, personnelNumber, personnelNumberKey(personnelNumber),
          firstName, lastName, nameSortKey(firstName, lastName), birthDate, contractHours, now, now).lastInsertRowid,
      );
      insertNames.run(workerId, nameWords(firstName, lastName));
      workers.push({ id: workerId, employerId, birthDate, contractHours });
      if (w % 97 === 0) {
        names.push(`${lastName} ${firstName.slice(0, 3)}`);
        personnelNumbers.push(personnelNumber);
      }
    }
  });

  sizes.forEach((size, index) => writeEmployer(size, index));
  return { bigEmployerId, workers, names, personnelNumbers };
}
