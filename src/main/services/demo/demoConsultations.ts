import { intakeSchema, type IntakeInput } from '../../../shared/model';
import { type Country, addDays, nextWorkingDay, previousWorkingDay } from '../../../shared/rules';
import { saveConsultation } from '../consultations/saveConsultation';
import { planOverview, savePlanVersion } from '../plans/returnToWorkPlans';
import type { Store } from '../store/store';

type DemoCase = (today: string) => IntakeInput;

/** Invented consultations for a few demo workers, dated relative to today so the agenda has something to show. */
const demoCases: Record<string, DemoCase> = {
  // Orderpicker: acute non-specific low back pain, low risk, back to work step by step.
  D1001: (today) => ({
    consultationDate: addDays(today, -2),
    episodeId: null,
    complaint: {
      onsetDate: addDays(today, -12),
      painScore: 6,
      radiation: 'buttockOrThigh',
      course: 'improving',
      previousEpisodes: 'once',
      workStatus: 'offWork',
      sickLeaveStart: addDays(today, -11),
    },
    redFlags: {},
    redFlagsScreened: true,
    riskFactors: ['heavyLifting', 'frequentBendingTwisting'],
    startBack: {
      legPain: false, shoulderOrNeckPain: false, walkedOnlyShortDistances: true, dressedMoreSlowly: true,
      notSafeToBeActive: false, worryingThoughts: false, painTerribleNeverBetter: false, notEnjoyingThings: false,
      bothersomeness: 'moderately',
    },
    findings: 'Lumbale pijn zonder neurologische uitval. Flexie beperkt door pijn.',
    conclusion: 'Aspecifieke lage rugpijn, gunstig beloop verwacht.',
    advice: ['stayActive', 'keepWorking', 'noBedRest', 'tipLifting'],
    followUpDate: addDays(today, 5),
  }),
  // Care worker: chronic pain with a high risk of long-term disability.
  D1004: (today) => ({
    consultationDate: addDays(today, -10),
    episodeId: null,
    complaint: {
      onsetDate: addDays(today, -110),
      painScore: 7,
      radiation: 'belowKnee',
      course: 'fluctuating',
      previousEpisodes: 'several',
      workStatus: 'offWork',
      sickLeaveStart: addDays(today, -100),
    },
    redFlags: { numbnessOrTingling: true },
    redFlagsScreened: true,
    riskFactors: ['heavyLifting', 'pushingPulling', 'highWorkPressure', 'previousEpisodes'],
    yellowFlags: ['fearOfMovement', 'pessimismAboutCourse', 'workConflicts'],
    startBack: {
      legPain: true, shoulderOrNeckPain: true, walkedOnlyShortDistances: true, dressedMoreSlowly: true,
      notSafeToBeActive: true, worryingThoughts: true, painTerribleNeverBetter: true, notEnjoyingThings: false,
      bothersomeness: 'veryMuch',
    },
    findings: 'Pijn uitstralend in het linkerbeen, geen krachtverlies. Veel bewegingsangst.',
    conclusion: 'Chronische lage rugpijn met hoog risico op langdurige uitval.',
    advice: ['stayActive', 'exerciseTherapy', 'psychologicallyInformedCare', 'talkAboutWork'],
    followUpDate: addDays(today, -3),
  }),
  // Bricklayer: signs of a cauda equina syndrome, referred to the emergency department.
  D1007: (today) => ({
    consultationDate: addDays(today, -1),
    episodeId: null,
    complaint: {
      onsetDate: addDays(today, -4),
      painScore: 8,
      radiation: 'belowKnee',
      course: 'worsening',
      previousEpisodes: 'none',
      workStatus: 'offWork',
      sickLeaveStart: addDays(today, -3),
    },
    redFlags: { saddleAnaesthesia: true, bladderOrBowelDysfunction: true },
    redFlagsScreened: true,
    acknowledgedRedFlags: ['saddleAnaesthesia', 'bladderOrBowelDysfunction'],
    immediateReferral: { referredTo: 'Spoedeisende hulp, ziekenhuis in de regio', acknowledgedBy: '', acknowledgedAt: null },
    riskFactors: ['heavyLifting'],
    findings: 'Rijbroekanesthesie en urineretentie sinds gisteren.',
    conclusion: 'Verdenking cauda-equinasyndroom; direct verwezen naar de spoedeisende hulp.',
    advice: ['followReferral'],
    followUpDate: addDays(today, 1),
  }),
};

/** A follow-up on a working day of the country: a coming one moves forward, one already due stays in the past. */
function followUpOnWorkingDay(date: string, today: string, country: Country): string {
  return date < today ? previousWorkingDay(date, country) : nextWorkingDay(date, country);
}

/**
 * Adds the demo consultations inside the caller's transaction, on behalf of the practice's first
 * doctor, as that doctor would in the app: each consultation saved (starting its episode), then
 * the suggested return-to-work plan saved unchanged. Without a doctor account it adds nothing.
 */
export function loadDemoConsultations(store: Store): void {
  const doctor = store.users.list().find((user) => user.role === 'doctor');
  if (!doctor) return;
  const today = store.clock.today();
  const country = store.practice.settings()?.jurisdiction ?? 'NL';
  for (const [personnelNumber, demoCase] of Object.entries(demoCases)) {
    const worker = store.workers.search(personnelNumber, null, 1)[0];
    if (!worker) continue;
    const demo = demoCase(today);
    const intake = intakeSchema.parse({ ...demo, followUpDate: demo.followUpDate ? followUpOnWorkingDay(demo.followUpDate, today, country) : null });
    const { episodeId } = saveConsultation(store, { workerId: worker.id, consultationId: null, intake }, doctor);
    const { suggestion } = planOverview(store, worker.id, episodeId);
    if (suggestion) savePlanVersion(store, { workerId: worker.id, episodeId, plan: suggestion, basedOnVersion: null }, doctor.id);
  }
}
