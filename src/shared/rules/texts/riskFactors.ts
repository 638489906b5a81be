import type { LocalizedText } from '../language';
import type { RiskFactorCode } from '../riskFactors';

export const RISK_FACTOR_LABELS: Record<RiskFactorCode, LocalizedText> = {
  smoking: { nl: 'Roken', fr: 'Tabagisme', en: 'Smoking' },
  overweight: { nl: 'Overgewicht of obesitas', fr: 'Surpoids ou obésité', en: 'Overweight or obesity' },
  lowFitness: {
    nl: 'Weinig beweging, lage conditie, zwakke rug- en buikspieren',
    fr: 'Peu d’activité physique, faible condition, muscles du dos et du ventre faibles',
    en: 'Little exercise, low fitness, weak back and abdominal muscles',
  },
  poorSleep: { nl: 'Slecht slapen', fr: 'Mauvais sommeil', en: 'Poor sleep' },
  workStress: { nl: 'Stress', fr: 'Stress', en: 'Stress' },
  monotonousWork: { nl: 'Eentonig werk', fr: 'Travail monotone', en: 'Monotonous work' },
  highWorkPressure: { nl: 'Hoge werkdruk', fr: 'Charge de travail élevée', en: 'High work pressure' },
  lowJobControl: {
    nl: 'Weinig zeggenschap over het eigen werk',
    fr: 'Peu d’autonomie dans le travail',
    en: 'Little control over one’s own work',
  },
  lowSocialSupport: {
    nl: 'Weinig steun van collega’s of leidinggevende',
    fr: 'Peu de soutien des collègues ou du supérieur',
    en: 'Little support from colleagues or supervisor',
  },
  jobInsecurity: { nl: 'Onzekerheid over de baan', fr: 'Insécurité d’emploi', en: 'Job insecurity' },
  workConflicts: { nl: 'Conflicten op het werk', fr: 'Conflits au travail', en: 'Conflicts at work' },
  lowJobSatisfaction: { nl: 'Weinig plezier in het werk', fr: 'Faible satisfaction au travail', en: 'Low job satisfaction' },
  heavyLifting: { nl: 'Zwaar tillen', fr: 'Port de charges lourdes', en: 'Heavy lifting' },
  poorLiftingTechnique: { nl: 'Verkeerd tillen', fr: 'Mauvaise technique de levage', en: 'Lifting with poor technique' },
  frequentBendingTwisting: {
    nl: 'Vaak bukken en draaien met de romp',
    fr: 'Flexions et torsions fréquentes du tronc',
    en: 'Frequent bending and twisting of the trunk',
  },
  awkwardPostures: {
    nl: 'Werken in een ongunstige houding (knielen, hurken)',
    fr: 'Travail en posture contraignante (à genoux, accroupi)',
    en: 'Working in awkward postures (kneeling, squatting)',
  },
  wholeBodyVibration: {
    nl: 'Trillingen van het hele lichaam (vrachtwagen, heftruck, machines)',
    fr: 'Vibrations du corps entier (camion, chariot élévateur, engins)',
    en: 'Whole-body vibration (truck, forklift, machines)',
  },
  pushingPulling: { nl: 'Duwen en trekken', fr: 'Pousser et tirer', en: 'Pushing and pulling' },
  prolongedSitting: {
    nl: 'Lang zitten of alleen zittend werk',
    fr: 'Position assise prolongée ou travail uniquement assis',
    en: 'Prolonged sitting or only sedentary work',
  },
  prolongedStanding: { nl: 'Lang staan', fr: 'Station debout prolongée', en: 'Prolonged standing' },
  longDriving: { nl: 'Lang autorijden', fr: 'Conduite prolongée', en: 'Long driving' },
  screenWork: {
    nl: 'Beeldschermwerk (risico op nekklachten)',
    fr: 'Travail sur écran (risque de plaintes à la nuque)',
    en: 'Screen work (risk factor for neck complaints)',
  },
  previousEpisodes: {
    nl: 'Eerdere episodes van rugpijn',
    fr: 'Épisodes antérieurs de mal de dos',
    en: 'Previous episodes of back pain',
  },
  age: { nl: 'Leeftijd', fr: 'Âge', en: 'Age' },
  pregnancy: { nl: 'Zwangerschap', fr: 'Grossesse', en: 'Pregnancy' },
  multimorbidity: { nl: 'Meerdere aandoeningen', fr: 'Plusieurs maladies', en: 'Multiple illnesses' },
  lowMood: { nl: 'Sombere stemming of depressie', fr: 'Humeur dépressive ou dépression', en: 'Low mood or depression' },
  frequentFatigue: { nl: 'Vaak moe', fr: 'Souvent fatigué', en: 'Often feeling tired' },
};

export const RISK_FACTOR_CATEGORY_LABELS = {
  lifestyle: { nl: 'Leefstijl', fr: 'Mode de vie', en: 'Lifestyle' },
  psychosocial: { nl: 'Psychosociaal (werk)', fr: 'Psychosocial (travail)', en: 'Psychosocial (work)' },
  physical: { nl: 'Fysiek werk', fr: 'Travail physique', en: 'Physical work' },
  posture: { nl: 'Houding en zittend werk', fr: 'Posture et travail sédentaire', en: 'Posture and sedentary work' },
  personal: { nl: 'Persoonlijk', fr: 'Personnel', en: 'Personal' },
} satisfies Record<string, LocalizedText>;
