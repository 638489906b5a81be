import type { LocalizedText } from './language';
import { RADICULAR_TEXT, RED_FLAG_ACTION_TEXTS, RED_FLAG_CODE_ACTION_TEXTS } from './texts/redFlags';
import { optionalBoolean, requireList, requireNumber, requireOneOf } from './validation';

/** The doctor's yes/no observations plus age and duration (docs/clinical-rules.md, section 2). */
export interface RedFlagFindings {
  /** Years, at the start of this episode. */
  ageAtOnset: number;
  /** Years, when the worker first ever had low back pain; default ageAtOnset (this is the first episode). */
  ageAtFirstEverOnset?: number;
  /** Flags the doctor has investigated in this episode (immediate flags stay open whatever this says). */
  evaluated?: RedFlagCode[];
  /** Completed weeks since onset, from complaintPhase. */
  durationWeeks: number;
  significantTrauma?: boolean;
  osteoporosisOrLongTermCorticosteroids?: boolean;
  historyOfCancer?: boolean;
  unexplainedWeightLoss?: boolean;
  constantNonMechanicalPain?: boolean;
  fever?: boolean;
  immunosuppressionOrIvDrugUse?: boolean;
  saddleAnaesthesia?: boolean;
  bladderOrBowelDysfunction?: boolean;
  severeOrProgressiveMotorDeficit?: boolean;
  widespreadNeurologicalSymptoms?: boolean;
  vascularSigns?: boolean;
  morningStiffnessOver30Min?: boolean;
  improvesWithExerciseNotRest?: boolean;
  wakesInSecondHalfOfNight?: boolean;
  alternatingButtockPain?: boolean;
  radiatesBelowKnee?: boolean;
  numbnessOrTingling?: boolean;
  painNotImproving?: boolean;
}

/** The yes/no findings, i.e. everything but the ages, the duration and the evaluated flags. */
export type RedFlagObservations = Omit<RedFlagFindings, 'ageAtOnset' | 'ageAtFirstEverOnset' | 'durationWeeks' | 'evaluated'>;

export type Urgency = (typeof URGENCY_ORDER)[number];

export type SuspectedCondition =
  | 'caudaEquina'
  | 'neurologicalEmergency'
  | 'vascular'
  | 'fracture'
  | 'malignancy'
  | 'infection'
  | 'malignancyOrInfection'
  | 'axialSpondyloarthritis'
  | 'specificCause'
  | 'unexpectedCourse';

export type RedFlagCode =
  | 'saddleAnaesthesia'
  | 'bladderOrBowelDysfunction'
  | 'motorDeficit'
  | 'widespreadNeurological'
  | 'vascularSigns'
  | 'significantTrauma'
  | 'osteoporosisOrCorticosteroids'
  | 'historyOfCancer'
  | 'weightLoss'
  | 'nonMechanicalPain'
  | 'fever'
  | 'immunosuppression'
  | 'atypicalAge'
  | 'inflammatoryBackPain'
  | 'unexpectedCourse';

/**
 * 'evaluated': the doctor has investigated the flag in this episode (referred, results known,
 * specific cause ruled out or treated). It stays visible but no longer drives urgency, advice or the
 * plan's hold. Immediate flags are always 'open'.
 */
export type RedFlagStatus = 'open' | 'evaluated';

export interface RedFlag {
  code: RedFlagCode;
  suspected: SuspectedCondition;
  urgency: Exclude<Urgency, 'none'>;
  status: RedFlagStatus;
}

export interface RedFlagScreening {
  flags: RedFlag[];
  /** The highest urgency of the open flags; 'none' when there are none. */
  urgency: Urgency;
  /** Radiation below the knee or numbness / tingling: radicular syndrome, not a red flag by itself. */
  radicular: boolean;
}

/** Urgencies from lowest to highest. */
export const URGENCY_ORDER = ['none', 'routine', 'within48h', 'immediate'] as const;

export function urgencyRank(urgency: Urgency): number {
  return URGENCY_ORDER.indexOf(urgency);
}

/** Urgencies at which no return to work is planned yet. */
export function isUrgentReferral(urgency: Urgency): boolean {
  return urgency === 'immediate' || urgency === 'within48h';
}

/** Age bounds of the atypical-age flag: onset before 20 or after 55. */
export const ATYPICAL_AGE_BELOW = 20;
export const ATYPICAL_AGE_ABOVE = 55;
/** Inflammatory back pain: onset before 45, at least 12 weeks, at least 2 of the 4 features. */
export const INFLAMMATORY_AGE_BELOW = 45;
export const INFLAMMATORY_MIN_WEEKS = 12;
export const INFLAMMATORY_MIN_FEATURES = 2;
/** Unexpected course: pain not improving after at least 6 weeks. */
export const UNEXPECTED_COURSE_MIN_WEEKS = 6;

/**
 * The red-flag checklist: the doctor's yes/no observations, in the order the form asks them.
 * Radiation below the knee and pain not improving come from the complaint (radiation, course),
 * so they are not asked twice.
 */
export const RED_FLAG_CHECKLIST_FIELDS = [
  'saddleAnaesthesia',
  'bladderOrBowelDysfunction',
  'severeOrProgressiveMotorDeficit',
  'widespreadNeurologicalSymptoms',
  'vascularSigns',
  'significantTrauma',
  'osteoporosisOrLongTermCorticosteroids',
  'historyOfCancer',
  'unexplainedWeightLoss',
  'constantNonMechanicalPain',
  'fever',
  'immunosuppressionOrIvDrugUse',
  'numbnessOrTingling',
  'morningStiffnessOver30Min',
  'improvesWithExerciseNotRest',
  'wakesInSecondHalfOfNight',
  'alternatingButtockPain',
] as const satisfies ReadonlyArray<keyof RedFlagObservations>;

/** The yes/no finding fields, checked to be booleans when present. */
const OBSERVATION_FIELDS = [
  ...RED_FLAG_CHECKLIST_FIELDS,
  'radiatesBelowKnee',
  'painNotImproving',
] as const satisfies ReadonlyArray<keyof RedFlagObservations>;

function inflammatoryFeatureCount(f: RedFlagFindings): number {
  return (
    (f.morningStiffnessOver30Min === true ? 1 : 0) +
    (f.improvesWithExerciseNotRest === true ? 1 : 0) +
    (f.wakesInSecondHalfOfNight === true ? 1 : 0) +
    (f.alternatingButtockPain === true ? 1 : 0)
  );
}

interface RedFlagRule extends Omit<RedFlag, 'status'> {
  /** `firstAge` = ageAtFirstEverOnset ?? ageAtOnset. */
  holds: (f: RedFlagFindings, firstAge: number) => boolean;
}

/** In the table order of docs/clinical-rules.md, section 2 (KCE report 295 table 8; NHG urgent referrals). */
export const RED_FLAG_RULES: readonly RedFlagRule[] = [
  { code: 'saddleAnaesthesia', suspected: 'caudaEquina', urgency: 'immediate', holds: (f) => f.saddleAnaesthesia === true },
  {
    code: 'bladderOrBowelDysfunction',
    suspected: 'caudaEquina',
    urgency: 'immediate',
    holds: (f) => f.bladderOrBowelDysfunction === true,
  },
  {
    code: 'motorDeficit',
    suspected: 'neurologicalEmergency',
    urgency: 'immediate',
    holds: (f) => f.severeOrProgressiveMotorDeficit === true,
  },
  {
    code: 'widespreadNeurological',
    suspected: 'neurologicalEmergency',
    urgency: 'immediate',
    holds: (f) => f.widespreadNeurologicalSymptoms === true,
  },
  { code: 'vascularSigns', suspected: 'vascular', urgency: 'immediate', holds: (f) => f.vascularSigns === true },
  { code: 'significantTrauma', suspected: 'fracture', urgency: 'immediate', holds: (f) => f.significantTrauma === true },
  {
    code: 'osteoporosisOrCorticosteroids',
    suspected: 'fracture',
    urgency: 'within48h',
    holds: (f) => f.osteoporosisOrLongTermCorticosteroids === true,
  },
  { code: 'historyOfCancer', suspected: 'malignancy', urgency: 'within48h', holds: (f) => f.historyOfCancer === true },
  { code: 'weightLoss', suspected: 'malignancy', urgency: 'within48h', holds: (f) => f.unexplainedWeightLoss === true },
  {
    code: 'nonMechanicalPain',
    suspected: 'malignancyOrInfection',
    urgency: 'within48h',
    holds: (f) => f.constantNonMechanicalPain === true,
  },
  { code: 'fever', suspected: 'infection', urgency: 'within48h', holds: (f) => f.fever === true },
  {
    code: 'immunosuppression',
    suspected: 'infection',
    urgency: 'routine',
    holds: (f) => f.immunosuppressionOrIvDrugUse === true,
  },
  {
    code: 'atypicalAge',
    suspected: 'specificCause',
    urgency: 'routine',
    holds: (_f, firstAge) => firstAge < ATYPICAL_AGE_BELOW || firstAge > ATYPICAL_AGE_ABOVE,
  },
  {
    code: 'inflammatoryBackPain',
    suspected: 'axialSpondyloarthritis',
    urgency: 'routine',
    holds: (f, firstAge) =>
      f.durationWeeks >= INFLAMMATORY_MIN_WEEKS &&
      firstAge < INFLAMMATORY_AGE_BELOW &&
      inflammatoryFeatureCount(f) >= INFLAMMATORY_MIN_FEATURES,
  },
  {
    code: 'unexpectedCourse',
    suspected: 'unexpectedCourse',
    urgency: 'routine',
    holds: (f) => f.painNotImproving === true && f.durationWeeks >= UNEXPECTED_COURSE_MIN_WEEKS,
  },
];

/** Whether the doctor can mark a flag evaluated: every flag but the immediate ones (a current emergency). */
export function canBeEvaluated(code: RedFlagCode): boolean {
  return RED_FLAG_RULES.some((rule) => rule.code === code && rule.urgency !== 'immediate');
}

const RED_FLAG_CODES: readonly RedFlagCode[] = RED_FLAG_RULES.map((rule) => rule.code);

/**
 * Screens the findings for red flags. Each rule that holds adds one flag (in table order); a flag
 * whose code is in `evaluated` has status 'evaluated' unless its urgency is immediate. `urgency` is
 * the highest of the open flags. The age rules use the age at the first ever episode.
 */
export function screenRedFlags(f: RedFlagFindings): RedFlagScreening {
  const ageAtOnset = requireNumber(f.ageAtOnset, 'ageAtOnset', 0, 130);
  const firstAge =
    f.ageAtFirstEverOnset === undefined ? ageAtOnset : requireNumber(f.ageAtFirstEverOnset, 'ageAtFirstEverOnset', 0, ageAtOnset);
  requireNumber(f.durationWeeks, 'durationWeeks', 0, 5200);
  for (const field of OBSERVATION_FIELDS) optionalBoolean(f[field], field);
  const evaluated = f.evaluated === undefined ? [] : requireList(f.evaluated, 'evaluated');
  for (const code of evaluated) requireOneOf(code, 'evaluated', RED_FLAG_CODES);

  const flags: RedFlag[] = [];
  let rank = 0;
  for (const rule of RED_FLAG_RULES) {
    if (!rule.holds(f, firstAge)) continue;
    const status: RedFlagStatus = rule.urgency !== 'immediate' && evaluated.includes(rule.code) ? 'evaluated' : 'open';
    flags.push({ code: rule.code, suspected: rule.suspected, urgency: rule.urgency, status });
    if (status === 'open') rank = Math.max(rank, urgencyRank(rule.urgency));
  }
  const radicular = f.radiatesBelowKnee === true || f.numbnessOrTingling === true;
  return { flags, urgency: URGENCY_ORDER[rank] ?? 'none', radicular };
}

export interface RedFlagAction {
  /** Stable text key, e.g. 'redFlagAction.immediate'. */
  key: string;
  urgency: Urgency;
  text: LocalizedText;
}

/** What the doctor should do at each urgency (docs/clinical-rules.md, section 2). */
export const RED_FLAG_ACTIONS: Record<Urgency, RedFlagAction> = {
  none: { key: 'redFlagAction.none', urgency: 'none', text: RED_FLAG_ACTION_TEXTS.none },
  routine: { key: 'redFlagAction.routine', urgency: 'routine', text: RED_FLAG_ACTION_TEXTS.routine },
  within48h: { key: 'redFlagAction.within48h', urgency: 'within48h', text: RED_FLAG_ACTION_TEXTS.within48h },
  immediate: { key: 'redFlagAction.immediate', urgency: 'immediate', text: RED_FLAG_ACTION_TEXTS.immediate },
};

export function redFlagAction(urgency: Urgency): RedFlagAction {
  return RED_FLAG_ACTIONS[urgency];
}

/** What to do about one red flag: the action of its own code, never that of another flag of the same urgency. */
export function redFlagCodeAction(code: RedFlagCode): LocalizedText {
  return RED_FLAG_CODE_ACTION_TEXTS[code];
}

/**
 * The red flags the app derives itself, from the age at first onset, the duration and the course
 * (and, for inflammatory back pain, the features ticked): no checkbox of their own.
 */
export const DERIVED_RED_FLAG_CODES: readonly RedFlagCode[] = ['atypicalAge', 'inflammatoryBackPain', 'unexpectedCourse'];

/** The radicular signal, shown next to the red flags when `radicular` is true. */
export const RADICULAR_SIGNAL = { key: 'radicular', text: RADICULAR_TEXT } as const;
