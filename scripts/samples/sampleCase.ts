/*
 * A fictitious sample practice for reviewing documents by eye and for tests: one employer with four
 * departments (one of them with fewer than 5 workers), 20 workers with a few consultations each, a
 * few lifting tasks, and one worked-out consultation with a referral for the consultation documents.
 * Every name is made up. Plain data only; deterministic (no clock, no randomness).
 */
import type { ConsultationDocumentInput } from '../../src/main/services/reports';
import type { Locale } from '../../src/shared/i18n';
import {
  type ExposureProfile,
  type IntakeInput,
  type OutcomePoint,
  evaluationContextOf,
  evaluationInputOf,
  intakeSchema,
  planDocumentOf,
  type Sector,
  type WorkStatus,
} from '../../src/shared/model';
import { evaluateConsultation, type IsoDate, type LiftingTask, type RiskFactorCode } from '../../src/shared/rules';

export const SAMPLE_ISSUED_ON: IsoDate = '2026-03-02';
export const SAMPLE_ISSUED_AT = '2026-03-02T10:30:00.000Z';

/** Four consultations of the sample episode, the last one on the issue date: the outcome chart and table. */
const SAMPLE_EPISODE_OUTCOMES: OutcomePoint[] = [
  ['2026-01-19', 7, 16, 3, 8, 0],
  ['2026-02-02', 6, 13, 4, 7, 8],
  ['2026-02-16', 5, 10, 5, 6, 16],
  [SAMPLE_ISSUED_ON, 4, 8, 6, 4.5, 24],
].map(([date, painNow, rolandMorris, workAbility, pskScore, hoursWorked], index) => ({
  consultationId: index + 1,
  date: date as IsoDate,
  painNow: painNow as number,
  rolandMorris: rolandMorris as number,
  workAbility: workAbility as number,
  psk: [{ activity: 'Dozen tillen', score: Math.round(pskScore as number) }],
  pskScore: pskScore as number,
  hoursWorked: hoursWorked as number,
  workStatus: (hoursWorked as number) === 0 ? 'offWork' : 'partlyWorking',
  startBack: null,
  orebro: null,
  filledInByWorker: [],
}));

export interface SampleDepartment {
  key: string;
  name: string;
}

export interface SampleJob {
  key: string;
  departmentKey: string;
  title: string;
  maxLoadKg: number | null;
  exposures: ExposureProfile;
}

export interface SampleConsultation {
  consultationDate: IsoDate;
  onsetDate: IsoDate;
  painScore: number;
  workStatus: WorkStatus;
  sickLeaveStart: IsoDate | null;
  sickLeaveEnd: IsoDate | null;
  riskFactors: RiskFactorCode[];
}

export interface SampleWorker {
  personnelNumber: string;
  firstName: string;
  lastName: string;
  birthDate: IsoDate;
  departmentKey: string;
  jobKey: string;
  contractHoursPerWeek: number;
  consultations: SampleConsultation[];
}

export interface SampleLiftingTask {
  jobKey: string;
  name: string;
  assessedOn: IsoDate;
  task: LiftingTask;
}

export interface SampleWorkplace {
  employer: { name: string; sector: Sector; contactName: string; contactEmail: string };
  departments: SampleDepartment[];
  jobs: SampleJob[];
  workers: SampleWorker[];
  liftingTasks: SampleLiftingTask[];
}

const NO_EXPOSURE: ExposureProfile = {
  liftingCarrying: 'none',
  pushingPulling: 'none',
  bendingTwisting: 'none',
  kneelingSquatting: 'none',
  wholeBodyVibration: 'none',
  prolongedSitting: 'none',
  prolongedStanding: 'none',
  driving: 'none',
  screenWork: 'none',
  psychosocialLoad: 'none',
};

const DEPARTMENTS: SampleDepartment[] = [
  { key: 'warehouse', name: 'Magazijn' },
  { key: 'transport', name: 'Transport' },
  { key: 'office', name: 'Kantoor' },
  { key: 'workshop', name: 'Werkplaats' },
];

const JOBS: SampleJob[] = [
  {
    key: 'orderPicker',
    departmentKey: 'warehouse',
    title: 'Orderverzamelaar',
    maxLoadKg: 20,
    exposures: { ...NO_EXPOSURE, liftingCarrying: 'high', bendingTwisting: 'high', prolongedStanding: 'moderate', pushingPulling: 'moderate' },
  },
  {
    key: 'forkliftDriver',
    departmentKey: 'warehouse',
    title: 'Heftruckchauffeur',
    maxLoadKg: 10,
    exposures: { ...NO_EXPOSURE, wholeBodyVibration: 'high', prolongedSitting: 'high', liftingCarrying: 'low' },
  },
  {
    key: 'driver',
    departmentKey: 'transport',
    title: 'Vrachtwagenchauffeur',
    maxLoadKg: 25,
    exposures: { ...NO_EXPOSURE, driving: 'high', wholeBodyVibration: 'moderate', liftingCarrying: 'moderate' },
  },
  {
    key: 'planner',
    departmentKey: 'office',
    title: 'Planner',
    maxLoadKg: null,
    exposures: { ...NO_EXPOSURE, screenWork: 'high', prolongedSitting: 'high', psychosocialLoad: 'moderate' },
  },
  {
    key: 'mechanic',
    departmentKey: 'workshop',
    title: 'Monteur',
    maxLoadKg: 25,
    exposures: { ...NO_EXPOSURE, kneelingSquatting: 'high', bendingTwisting: 'moderate', liftingCarrying: 'moderate' },
  },
];

const FIRST_NAMES = ['Anouk', 'Bram', 'Chloé', 'Daan', 'Elif', 'Floor', 'Gijs', 'Hanna', 'Ilias', 'Joëlle'];
const LAST_NAMES = ['Voorbeeld', 'Proefmans', 'Fictiva', 'Demoen', 'Testelaar', 'Verzinsel', 'Denkbeeld', 'Schetsers'];

/** Department and job of the 20 workers; the workshop has 3 workers (fewer than 5). */
const STAFFING: ReadonlyArray<[departmentKey: string, jobKey: string, count: number]> = [
  ['warehouse', 'orderPicker', 7],
  ['warehouse', 'forkliftDriver', 3],
  ['transport', 'driver', 4],
  ['office', 'planner', 3],
  ['workshop', 'mechanic', 3],
];

const RISK_FACTORS_BY_JOB: Record<string, RiskFactorCode[]> = {
  orderPicker: ['heavyLifting', 'frequentBendingTwisting', 'highWorkPressure'],
  forkliftDriver: ['wholeBodyVibration', 'prolongedSitting'],
  driver: ['longDriving', 'wholeBodyVibration', 'heavyLifting'],
  planner: ['prolongedSitting', 'screenWork', 'workStress'],
  mechanic: ['awkwardPostures', 'heavyLifting'],
};

function isoDay(year: number, month: number, day: number): IsoDate {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function sampleConsultations(workerIndex: number, jobKey: string): SampleConsultation[] {
  const count = 1 + (workerIndex % 3);
  const factors = RISK_FACTORS_BY_JOB[jobKey] ?? [];
  const result: SampleConsultation[] = [];
  for (let n = 0; n < count; n += 1) {
    const month = 1 + ((workerIndex * 2 + n * 4) % 12);
    // Onset on day 1-10 of the month, the consultation 3 to 17 days later (never before the onset).
    const onsetDay = 1 + (workerIndex % 10);
    const onsetDate = isoDay(2025, month, onsetDay);
    const offWork = (workerIndex + n) % 2 === 0;
    result.push({
      consultationDate: isoDay(2025, month, onsetDay + 3 + (workerIndex % 15)),
      onsetDate,
      painScore: 3 + ((workerIndex + n) % 6),
      workStatus: offWork ? 'offWork' : 'working',
      sickLeaveStart: offWork ? onsetDate : null,
      sickLeaveEnd: offWork ? isoDay(2025, month, 24 + (workerIndex % 4)) : null,
      riskFactors: factors.slice(0, 1 + ((workerIndex + n) % factors.length)),
    });
  }
  return result;
}

/** The fictitious employer with its departments, jobs, 20 workers and their consultations. */
export function sampleWorkplace(): SampleWorkplace {
  const workers: SampleWorker[] = [];
  for (const [departmentKey, jobKey, count] of STAFFING) {
    for (let i = 0; i < count; i += 1) {
      const index = workers.length;
      workers.push({
        personnelNumber: `F-${String(1001 + index)}`,
        firstName: FIRST_NAMES[index % FIRST_NAMES.length] ?? 'Anouk',
        lastName: LAST_NAMES[(index * 3) % LAST_NAMES.length] ?? 'Voorbeeld',
        birthDate: index === 0 ? SAMPLE_CASE_WORKER.birthDate : isoDay(1965 + ((index * 7) % 35), 1 + (index % 12), 1 + ((index * 5) % 27)),
        departmentKey,
        jobKey,
        contractHoursPerWeek: jobKey === 'planner' ? 32 : 38,
        consultations: sampleConsultations(index, jobKey),
      });
    }
  }
  return {
    employer: {
      name: 'Voorbeeld Logistiek BV (fictief)',
      sector: 'private',
      contactName: 'Marieke Verzonnen',
      contactEmail: 'hr@voorbeeld-logistiek.invalid',
    },
    departments: DEPARTMENTS,
    jobs: JOBS,
    workers,
    liftingTasks: [
      {
        jobKey: 'orderPicker',
        name: 'Dozen van pallet naar rolcontainer',
        assessedOn: '2026-01-20',
        task: { loadKg: 14, horizontalCm: 45, verticalCm: 30, distanceCm: 70, asymmetryDeg: 45, frequencyPerMin: 4, durationHours: 2, coupling: 'fair' },
      },
      {
        jobKey: 'driver',
        name: 'Kratten uit laadruimte tillen',
        assessedOn: '2026-01-22',
        task: { loadKg: 18, horizontalCm: 50, verticalCm: 110, distanceCm: 40, asymmetryDeg: 30, frequencyPerMin: 1, durationHours: 1, coupling: 'good' },
      },
      {
        jobKey: 'mechanic',
        name: 'Wielen monteren',
        assessedOn: '2026-02-03',
        task: { loadKg: 23, horizontalCm: 40, verticalCm: 20, distanceCm: 60, asymmetryDeg: 60, frequencyPerMin: 0.5, durationHours: 1, coupling: 'poor' },
      },
    ],
  };
}

/** The doctor's free text of the worked-out case, per language. */
const CASE_TEXT = {
  nl: {
    findings:
      'Loopt wat stijf, kan zelfstandig uit- en aankleden. Lumbale flexie beperkt door pijn, geen krachtverlies in de benen, reflexen symmetrisch. Tintelingen aan de buitenkant van het linker onderbeen sinds twee weken.',
    conclusion:
      'Aspecifieke lage rugpijn, subacuut, met radiculaire prikkeling links. Pijn verbetert niet na zeven weken: verwijzing naar de huisarts voor beoordeling. Werkhervatting in aangepast werk volgens schema.',
    referral: 'Graag uw beoordeling van de uitstraling en eventueel een verwijzing naar een fysiotherapeut voor oefentherapie.',
    stepNote: 'Administratieve taken en scannen van inkomende goederen zijn goed mogelijk.',
    urgentFindings: 'Sinds gisteren een doof gevoel rond de anus en aan de binnenkant van beide dijen. Plassen gaat moeizaam. Kracht in de benen nog symmetrisch.',
    urgentConclusion: 'Verdenking cauda-equinasyndroom: met spoed verwezen voor beoordeling en beeldvorming vandaag.',
  },
  fr: {
    findings:
      'Marche un peu raide, s’habille seul. Flexion lombaire limitée par la douleur, pas de perte de force aux jambes, réflexes symétriques. Fourmillements à la face externe de la jambe gauche depuis deux semaines.',
    conclusion:
      'Lombalgie non spécifique subaiguë avec irritation radiculaire gauche. Pas d’amélioration après sept semaines : orientation vers le médecin généraliste. Reprise en travail adapté selon le schéma.',
    referral: 'Merci d’évaluer l’irradiation et, si nécessaire, d’orienter vers un kinésithérapeute pour une thérapie par l’exercice.',
    stepNote: 'Les tâches administratives et le scannage des marchandises entrantes sont possibles.',
    urgentFindings: 'Depuis hier, perte de sensibilité autour de l’anus et à la face interne des deux cuisses. Difficulté à uriner. Force des jambes encore symétrique.',
    urgentConclusion: 'Suspicion de syndrome de la queue de cheval : adressé en urgence pour évaluation et imagerie aujourd’hui.',
  },
  en: {
    findings:
      'Walks somewhat stiffly, dresses independently. Lumbar flexion limited by pain, no loss of strength in the legs, reflexes symmetrical. Tingling on the outside of the left lower leg for two weeks.',
    conclusion:
      'Non-specific low back pain, subacute, with left radicular irritation. No improvement after seven weeks: referral to the GP for assessment. Return in adapted work following the schedule.',
    referral: 'Please assess the radiating pain and, if needed, refer to a physiotherapist for exercise therapy.',
    stepNote: 'Administrative tasks and scanning incoming goods are well possible.',
    urgentFindings: 'Since yesterday numbness around the anus and on the inside of both thighs. Difficulty passing urine. Leg strength still symmetrical.',
    urgentConclusion: 'Suspected cauda equina syndrome: referred as an emergency for assessment and imaging today.',
  },
} as const;

/** The worked-out worker of the consultation documents: the first order picker. */
export const SAMPLE_CASE_WORKER = { firstName: 'Anouk', lastName: 'Voorbeeld', personnelNumber: 'F-1001', birthDate: '1988-04-17' } as const;

/**
 * The worked-out consultation: a warehouse worker, 7 weeks of low back pain, off work since week 1,
 * pain not improving and tingling below the knee (a routine red flag and a radicular signal),
 * medium chronicity risk, referred to the GP, graded return to work.
 */
export function sampleConsultationInput(locale: Locale): ConsultationDocumentInput {
  const text = CASE_TEXT[locale.language];
  const intakeInput: IntakeInput = {
    consultationDate: SAMPLE_ISSUED_ON,
    episodeId: null,
    complaint: {
      onsetDate: '2026-01-12',
      painScore: 6,
      radiation: 'belowKnee',
      course: 'unchanged',
      previousEpisodes: 'once',
      workStatus: 'offWork',
      sickLeaveStart: '2026-01-13',
    },
    redFlags: { numbnessOrTingling: true },
    redFlagsScreened: true,
    riskFactors: ['heavyLifting', 'frequentBendingTwisting', 'lowFitness', 'workStress'],
    yellowFlags: ['fearOfMovement'],
    startBack: {
      legPain: true,
      shoulderOrNeckPain: false,
      walkedOnlyShortDistances: true,
      dressedMoreSlowly: true,
      notSafeToBeActive: true,
      worryingThoughts: true,
      painTerribleNeverBetter: false,
      notEnjoyingThings: false,
      bothersomeness: 'moderately',
    },
    orebro: {
      durationCategory: 5,
      painLastWeek: 6,
      canDoLightWorkForAnHour: 5,
      canSleepAtNight: 6,
      tenseOrAnxious: 4,
      botheredByDepression: 2,
      riskPainBecomesPersistent: 5,
      chanceWorkingInThreeMonths: 7,
      stopWhenPainIncreases: 6,
      shouldNotWorkWithCurrentPain: 4,
    },
    findings: text.findings,
    conclusion: text.conclusion,
    followUpDate: '2026-03-16',
  };
  return consultationInputOf(locale, intakeInput, { recipient: 'gp', recipientName: null, reason: text.referral, workerConsented: true }, text.stepNote);
}

/**
 * The same worker seen with an open cauda equina flag (saddle anaesthesia, acknowledged): the
 * referral to the emergency department, the plan on hold and the leaflet's referral version.
 */
export function sampleUrgentConsultationInput(locale: Locale): ConsultationDocumentInput {
  const base = sampleConsultationInput(locale);
  const intakeInput: IntakeInput = {
    ...base.intake,
    redFlags: { ...base.intake.redFlags, saddleAnaesthesia: true },
    acknowledgedRedFlags: ['saddleAnaesthesia'],
    immediateReferral: { referredTo: 'SEH / spoedgevallen', acknowledgedBy: 'Dr. A. Jansen', acknowledgedAt: '2026-03-16T09:40:00.000Z' },
    findings: CASE_TEXT[locale.language].urgentFindings,
    conclusion: CASE_TEXT[locale.language].urgentConclusion,
    advice: [],
    followUpDate: null,
  };
  return consultationInputOf(locale, intakeInput, { recipient: 'specialist', recipientName: null, reason: null, workerConsented: true }, null);
}

function consultationInputOf(
  locale: Locale,
  intakeInput: IntakeInput,
  referral: ConsultationDocumentInput['referral'],
  stepNote: string | null,
): ConsultationDocumentInput {
  const draft = intakeSchema.parse(intakeInput);
  const job = JOBS[0];
  if (job === undefined) throw new Error('sample job missing');
  const context = evaluationContextOf({
    jurisdiction: locale.jurisdiction,
    orebroCutOff: 50,
    birthDate: SAMPLE_CASE_WORKER.birthDate,
    contractHoursPerWeek: 38,
    sector: 'private',
    job: { id: 1, employerId: 1, departmentId: 1, title: job.title, maxLoadKg: job.maxLoadKg, exposures: job.exposures },
  });
  const evaluation = evaluateConsultation(evaluationInputOf(draft, context));
  const intake = { ...draft, advice: evaluation.advice };
  const plan = planDocumentOf(evaluation.plan);
  const firstStep = plan.steps[0];
  if (firstStep !== undefined && stepNote !== null) firstStep.note = stepNote;
  return {
    practice: {
      name: locale.jurisdiction === 'BE' ? 'Arbeidsgeneeskundige Dienst Scheldeland (fictief)' : 'Arbodienst Ruggensteun Zuid (fictief)',
      jurisdiction: locale.jurisdiction,
      language: locale.language,
      logo: null,
      address: 'Verzonnenstraat 12, 1234 Voorbeeldstad',
      phone: '010 123 45 67',
      email: 'spreekuur@arbodienst.invalid',
      orebroCutOff: 50,
    },
    author: { name: 'Dr. Ellen Denkbeeld', role: 'doctor' },
    signingDoctorName: 'Dr. Ellen Denkbeeld',
    // Invented numbers of the right shape: a BIG number (NL), a RIZIV number of a doctor (BE).
    signingDoctorRegistration: locale.jurisdiction === 'BE' ? '19876543210' : '12345678901',
    signature: { signedBy: 'Dr. Ellen Denkbeeld', signedAt: SAMPLE_ISSUED_AT, amendments: [] },
    worker: {
      ...SAMPLE_CASE_WORKER,
      employerName: 'Voorbeeld Logistiek BV (fictief)',
      departmentName: 'Magazijn',
      jobTitle: job.title,
      contractHoursPerWeek: 38,
    },
    employerContactName: 'Marieke Verzonnen',
    intake,
    evaluation,
    plan,
    episodeOutcomes: SAMPLE_EPISODE_OUTCOMES,
    referral,
    issuedOn: SAMPLE_ISSUED_ON,
    issuedAt: SAMPLE_ISSUED_AT,
  };
}
