import type { ExposureProfile, Sector } from '../../../shared/model';
import { exposureProfileSchema } from '../../../shared/model';
import { RefusedError } from '../domainError';
import type { Repositories } from '../store/store';
import { loadDemoConsultations } from './demoConsultations';

/**
 * A clearly fictitious practice so that a new user sees a living app: three made-up employers
 * ("Demo" in every name), their departments and jobs, and about fifty invented workers.
 */
interface DemoJob {
  title: string;
  department: string;
  maxLoadKg: number | null;
  exposures: Partial<ExposureProfile>;
}
interface DemoEmployer {
  name: string;
  sector: Sector;
  contactName: string;
  departments: string[];
  jobs: DemoJob[];
}

const employers: DemoEmployer[] = [
  {
    name: 'Demo Distributiecentrum De Kade',
    sector: 'private',
    contactName: 'Demo HR-afdeling',
    departments: ['Inslag', 'Orderpicking', 'Transport'],
    jobs: [
      { title: 'Orderpicker', department: 'Orderpicking', maxLoadKg: 20, exposures: { liftingCarrying: 'high', bendingTwisting: 'high', prolongedStanding: 'moderate', pushingPulling: 'moderate' } },
      { title: 'Heftruckchauffeur', department: 'Inslag', maxLoadKg: 10, exposures: { wholeBodyVibration: 'high', prolongedSitting: 'high', bendingTwisting: 'low' } },
      { title: 'Vrachtwagenchauffeur', department: 'Transport', maxLoadKg: 25, exposures: { driving: 'high', wholeBodyVibration: 'moderate', liftingCarrying: 'moderate' } },
    ],
  },
  {
    name: 'Demo Zorgcentrum Het Linnenhof',
    sector: 'localPublic',
    contactName: 'Demo personeelsdienst',
    departments: ['Verpleegafdeling', 'Keuken', 'Administratie'],
    jobs: [
      { title: 'Zorgkundige', department: 'Verpleegafdeling', maxLoadKg: 15, exposures: { liftingCarrying: 'high', pushingPulling: 'high', bendingTwisting: 'high', psychosocialLoad: 'moderate' } },
      { title: 'Keukenmedewerker', department: 'Keuken', maxLoadKg: 15, exposures: { prolongedStanding: 'high', liftingCarrying: 'moderate' } },
      { title: 'Administratief medewerker', department: 'Administratie', maxLoadKg: null, exposures: { prolongedSitting: 'high', screenWork: 'high' } },
    ],
  },
  {
    name: 'Demo Bouwbedrijf Van Steen',
    sector: 'private',
    contactName: 'Demo werfleiding',
    departments: ['Ruwbouw', 'Afwerking'],
    jobs: [
      { title: 'Metselaar', department: 'Ruwbouw', maxLoadKg: 25, exposures: { liftingCarrying: 'high', bendingTwisting: 'high', kneelingSquatting: 'moderate' } },
      { title: 'Tegelzetter', department: 'Afwerking', maxLoadKg: 20, exposures: { kneelingSquatting: 'high', bendingTwisting: 'high', liftingCarrying: 'moderate' } },
    ],
  },
];

const firstNames = [
  'Anna', 'Bram', 'Chloé', 'Daan', 'Emine', 'Fatima', 'Geert', 'Hanne', 'Ilse', 'Joris', 'Karim', 'Lotte',
  'Mehmet', 'Noor', 'Olivier', 'Pieter', 'Quinten', 'Renée', 'Sven', 'Tess', 'Ümit', 'Vera', 'Wout', 'Yasmina',
  'Zoë',
];
const lastNames = [
  'Müller', 'Çelik', 'Van den Broeck', 'De Vries', 'Janssens', 'Peeters', 'El Amrani', 'Dubois', 'Bakker',
  'Maes', 'Yılmaz', 'Van Dijk', 'Lefèvre', 'De Smet', 'Visser', "D'Hondt", 'Öztürk', 'Willems', 'Mertens',
  'Smit', 'Vermeulen', 'Jacobs', 'Brouwer', 'Claes', 'Nowak',
];

/** Small deterministic generator, so the demo is the same on every machine. */
function sequence(seed: number) {
  let state = seed;
  return (max: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % max;
  };
}

/** Adds the demo practice inside the caller's transaction; returns the number of workers added. */
export async function loadDemoPractice(store: Repositories, workerCount = 50): Promise<number> {
  const next = sequence(20260301);
  const jobsCreated: Array<{ employerId: number; departmentId: number; jobId: number }> = [];

  for (const employer of employers) {
    const employerId = await store.workplaces.saveEmployer({
      name: employer.name,
      sector: employer.sector,
      contactName: employer.contactName,
      contactEmail: null,
    });
    const departmentIds = new Map<string, number>();
    for (const name of employer.departments) {
      departmentIds.set(name, await store.workplaces.saveDepartment({ employerId, name }));
    }
    for (const job of employer.jobs) {
      const departmentId = departmentIds.get(job.department) as number;
      const jobId = await store.workplaces.saveJobPosition({
        employerId,
        departmentId,
        title: job.title,
        maxLoadKg: job.maxLoadKg,
        exposures: exposureProfileSchema.parse(job.exposures),
      });
      jobsCreated.push({ employerId, departmentId, jobId });
    }
  }

  for (let i = 0; i < workerCount; i += 1) {
    const placement = jobsCreated[i % jobsCreated.length] as (typeof jobsCreated)[number];
    const year = 1965 + next(38);
    const month = 1 + next(12);
    const day = 1 + next(28);
    await store.workers.save({
      employerId: placement.employerId,
      departmentId: placement.departmentId,
      jobPositionId: placement.jobId,
      personnelNumber: `D${String(1001 + i)}`,
      firstName: firstNames[next(firstNames.length)] as string,
      lastName: lastNames[(i + next(5)) % lastNames.length] as string,
      birthDate: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      contractHoursPerWeek: [38, 38, 36, 32, 24, 40][next(6)] as number,
      email: null,
      phone: null,
    });
  }
  await loadDemoConsultations(store);
  return workerCount;
}

/** Loads the demo practice, only into a practice without employers; answers the number of workers added. */
export async function loadDemoIntoEmptyPractice(store: Repositories): Promise<number> {
  return store.transaction(async (tx) => {
    if (!(await tx.workplaces.isEmpty())) throw new RefusedError('practiceNotEmpty');
    return loadDemoPractice(tx);
  });
}
