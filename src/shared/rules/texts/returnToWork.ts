import type { JobExposure } from '../jobExposures';
import type { LocalizedText } from '../language';
import type { RestrictionCode } from '../restrictions';

/** Labels of the job's physical demands and exposures. */
export const JOB_EXPOSURE_LABELS: Record<JobExposure, LocalizedText> = {
  manualHandling: { nl: 'Tillen en dragen van lasten', fr: 'Levage et port de charges', en: 'Lifting and carrying loads' },
  pushingPulling: { nl: 'Duwen en trekken', fr: 'Pousser et tirer', en: 'Pushing and pulling' },
  bendingTwisting: {
    nl: 'Bukken en draaien met de romp',
    fr: 'Flexion et torsion du tronc',
    en: 'Bending and twisting of the trunk',
  },
  kneelingSquatting: { nl: 'Knielen en hurken', fr: 'Travail à genoux ou accroupi', en: 'Kneeling and squatting' },
  prolongedStanding: { nl: 'Lang staan', fr: 'Station debout prolongée', en: 'Prolonged standing' },
  prolongedSitting: { nl: 'Lang zitten', fr: 'Position assise prolongée', en: 'Prolonged sitting' },
  wholeBodyVibration: {
    nl: 'Trillingen van het hele lichaam (bv. heftruck, vrachtwagen)',
    fr: 'Vibrations du corps entier (p. ex. chariot élévateur, camion)',
    en: 'Whole-body vibration (e.g. forklift, truck)',
  },
  screenWork: { nl: 'Beeldschermwerk', fr: 'Travail sur écran', en: 'Screen work' },
};

/**
 * Functional restrictions for the employer (no medical data). `{value}` stands for the
 * restriction's parameter.
 */
export const RESTRICTION_TEXTS: Record<RestrictionCode, LocalizedText> = {
  maxLiftKg: {
    nl: 'Maximaal {value} kg tillen of dragen',
    fr: 'Soulever ou porter au maximum {value} kg',
    en: 'Lift or carry at most {value} kg',
  },
  noHeavyPushingPulling: {
    nl: 'Geen zwaar duw- of trekwerk',
    fr: 'Pas de poussée ni de traction lourdes',
    en: 'No heavy pushing or pulling',
  },
  noRepeatedBendingTwisting: {
    nl: 'Niet herhaald bukken en draaien met de romp',
    fr: 'Pas de flexions ni de torsions répétées du tronc',
    en: 'No repeated bending and twisting of the trunk',
  },
  noKneelingSquatting: {
    nl: 'Niet knielen of hurken',
    fr: 'Pas de travail à genoux ni accroupi',
    en: 'No kneeling or squatting',
  },
  noProlongedStanding: {
    nl: 'Niet lang achter elkaar staan',
    fr: 'Pas de station debout prolongée',
    en: 'No prolonged standing',
  },
  postureChangesEveryMinutes: {
    nl: 'Minstens elke {value} minuten van houding wisselen',
    fr: 'Changer de position au moins toutes les {value} minutes',
    en: 'Change posture at least every {value} minutes',
  },
  noWholeBodyVibration: {
    nl: 'Geen werk met trillingen van het hele lichaam (bv. heftruck, vrachtwagen)',
    fr: 'Pas de travail exposé aux vibrations du corps entier (p. ex. chariot élévateur, camion)',
    en: 'No work with whole-body vibration (e.g. forklift, truck)',
  },
};

/** The last step of every plan; `{hours}` is the worker's contract hours per week. */
export const FULL_DUTIES_TEXT: LocalizedText = {
  nl: 'Volledig eigen werk, volledige contracturen ({hours} uur), zonder beperkingen',
  fr: 'Travail habituel complet, toutes les heures du contrat ({hours} h), sans restriction',
  en: 'Full own duties, full contract hours ({hours} h), no restrictions',
};

export const PLAN_ON_HOLD_TEXT: LocalizedText = {
  nl: 'Werkhervatting nog niet gepland: eerst de verwijzing afwachten.',
  fr: 'Reprise du travail pas encore planifiée : attendre d’abord le résultat de l’orientation.',
  en: 'Return to work not planned yet: wait for the referral first.',
};
