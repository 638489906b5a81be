import type { IntakeInput } from '../src/shared/model';
import type { ConsultationEvaluationInput } from '../src/shared/rules';

/** A consultation with every part filled in: questionnaires, flags, risk factors, sick leave. */
export function fullConsultationInput(): ConsultationEvaluationInput {
  return {
    jurisdiction: 'BE',
    consultationDate: '2026-10-20',
    onsetDate: '2026-08-03',
    birthDate: '1971-04-12',
    redFlagFindings: {
      numbnessOrTingling: true,
      radiatesBelowKnee: true,
      painNotImproving: true,
      morningStiffnessOver30Min: true,
      osteoporosisOrLongTermCorticosteroids: false,
    },
    startBack: {
      legPain: true, shoulderOrNeckPain: false, walkedOnlyShortDistances: true, dressedMoreSlowly: true,
      notSafeToBeActive: true, worryingThoughts: true, painTerribleNeverBetter: true, notEnjoyingThings: false,
      bothersomeness: 'veryMuch',
    },
    orebro: {
      durationCategory: 6, painLastWeek: 7, canDoLightWorkForAnHour: 3, canSleepAtNight: 4, tenseOrAnxious: 6,
      botheredByDepression: 4, riskPainBecomesPersistent: 8, chanceWorkingInThreeMonths: 3, stopWhenPainIncreases: 7,
      shouldNotWorkWithCurrentPain: 6,
    },
    riskFactors: ['heavyLifting', 'frequentBendingTwisting', 'highWorkPressure', 'previousEpisodes', 'smoking'],
    yellowFlags: ['fearOfMovement', 'catastrophising'],
    sickLeaveStart: '2026-08-10',
    returnDate: null,
    lbpIncapacityDaysPrevious12Months: 25,
    job: { exposures: ['manualHandling', 'bendingTwisting', 'wholeBodyVibration'], maxLiftKg: 25, contractHoursPerWeek: 38, sector: 'private' },
  };
}

/** A valid intake for saving through the handlers (an acute, non-specific episode). */
export function savedIntake(): IntakeInput {
  return {
    consultationDate: '2026-11-02',
    episodeId: null,
    complaint: {
      onsetDate: '2026-10-19',
      painScore: 6,
      radiation: 'buttockOrThigh',
      course: 'improving',
      previousEpisodes: 'once',
      workStatus: 'offWork',
      sickLeaveStart: '2026-10-20',
    },
    redFlags: {},
    redFlagsScreened: true,
    riskFactors: ['heavyLifting', 'frequentBendingTwisting'],
    yellowFlags: [],
    startBack: {
      legPain: false, shoulderOrNeckPain: false, walkedOnlyShortDistances: true, dressedMoreSlowly: true,
      notSafeToBeActive: false, worryingThoughts: true, painTerribleNeverBetter: false, notEnjoyingThings: false,
      bothersomeness: 'moderately',
    },
    findings: 'Fictieve bevindingen: lumbale flexie beperkt door pijn, geen neurologische uitval.',
    conclusion: 'Aspecifieke lage rugpijn, acute fase.',
    advice: ['stayActive', 'noBedRest'],
    followUpDate: '2026-11-16',
  };
}
