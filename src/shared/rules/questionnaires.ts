import type { LocalizedText } from './language';
import type { OrebroShortAnswers } from './orebro';
import type { StartBackAnswers } from './startBack';
import {
  AGREE_LABEL,
  BOTHERSOMENESS_LABELS,
  DISAGREE_LABEL,
  OFFICIAL_WORDING_NOTICE,
  OREBRO_DURATION_LABELS,
  OREBRO_ITEM_LABELS,
  OREBRO_LICENCE,
  OREBRO_TITLE,
  OREBRO_WORKER_QUESTIONS,
  SCALE_ANCHORS,
  START_BACK_ITEM_LABELS,
  START_BACK_LICENCE,
  START_BACK_RECALL,
  START_BACK_TITLE,
  START_BACK_WORKER_QUESTIONS,
} from './texts/questionnaires';
import { requireInteger } from './validation';
import { RuleInputError } from './ruleInputError';

/*
 * The chronicity questionnaires as data (docs/clinical-rules.md, section 3): items by construct, answer options and
 * scoring keys, licence notice and labels per language. The scoring functions in startBack.ts and
 * orebro.ts walk these definitions, so a practice that loads the official wording keeps the same
 * scoring.
 */

/** An answer picked from a list; each option carries its score. */
export interface AnswerOption<V extends string | number | boolean> {
  value: V;
  label: LocalizedText;
  score: number;
}

export interface OptionsAnswerFormat<V extends string | number | boolean> {
  kind: 'options';
  options: ReadonlyArray<AnswerOption<V>>;
}

/** An integer on a scale; 'reverse' scores max - answer. */
export interface ScaleAnswerFormat {
  kind: 'scale';
  min: number;
  max: number;
  minLabel: LocalizedText;
  maxLabel: LocalizedText;
  scoring: 'direct' | 'reverse';
}

export type AnswerFormat = OptionsAnswerFormat<boolean> | OptionsAnswerFormat<string> | OptionsAnswerFormat<number> | ScaleAnswerFormat;

export interface QuestionnaireItem<Id extends string, Group extends string> {
  /** The field name of the answers object (the contract's name). */
  id: Id;
  /** Number of the item in the reference publication (numbering differs between publications). */
  position: number;
  /** What the item measures. */
  construct: string;
  /** STarT Back subscale or Örebro factor. */
  group: Group;
  /** What the item measures, for the doctor (intake form, record). */
  label: LocalizedText;
  /** The item as asked of the worker (worker mode, paper form). */
  question: LocalizedText;
  answer: AnswerFormat;
}

export interface QuestionnaireLicence {
  holder: string;
  notice: LocalizedText;
  /** The notice must be shown with the form and in reports. */
  showWithForm: boolean;
}

export interface QuestionnaireDefinition<Id extends string, Group extends string> {
  id: 'startBack' | 'orebroShort' | 'rolandMorris';
  title: LocalizedText;
  recallPeriod?: LocalizedText;
  licence: QuestionnaireLicence;
  /**
   * True while the item labels are the built-in paraphrases; the official validated wording is the
   * practice's to load (see loadOfficialWording).
   */
  labelsAreParaphrases: boolean;
  wordingNotice: LocalizedText;
  items: ReadonlyArray<QuestionnaireItem<Id, Group>>;
}

export type StartBackGroup = 'physical' | 'psychosocial';
export type OrebroFactor = 'pain' | 'function' | 'distress' | 'fearAvoidance' | 'returnToWorkExpectancy';

export interface StartBackScoringKey {
  /** Total <= this is low risk. */
  lowRiskMaxTotal: number;
  /** Psychosocial subscale >= this is high risk. */
  highRiskMinPsychosocial: number;
}

export type StartBackDefinition = QuestionnaireDefinition<keyof StartBackAnswers, StartBackGroup> & {
  scoringKey: StartBackScoringKey;
};

export type OrebroDefinition = QuestionnaireDefinition<keyof OrebroShortAnswers, OrebroFactor> & {
  /** Total >= this is high risk (Linton 2011). */
  defaultCutOff: number;
  minTotal: number;
  maxTotal: number;
};

function agreeItem(
  id: keyof StartBackAnswers,
  position: number,
  construct: string,
  group: StartBackGroup,
): QuestionnaireItem<keyof StartBackAnswers, StartBackGroup> {
  return {
    id,
    position,
    construct,
    group,
    label: START_BACK_ITEM_LABELS[id],
    question: START_BACK_WORKER_QUESTIONS[id],
    answer: {
      kind: 'options',
      options: [
        { value: true, label: AGREE_LABEL, score: 1 },
        { value: false, label: DISAGREE_LABEL, score: 0 },
      ],
    },
  };
}

export const START_BACK_DEFINITION: StartBackDefinition = {
  id: 'startBack',
  title: START_BACK_TITLE,
  recallPeriod: START_BACK_RECALL,
  licence: { holder: 'Keele University', notice: START_BACK_LICENCE, showWithForm: true },
  labelsAreParaphrases: true,
  wordingNotice: OFFICIAL_WORDING_NOTICE,
  scoringKey: { lowRiskMaxTotal: 3, highRiskMinPsychosocial: 4 },
  items: [
    agreeItem('legPain', 1, 'legPain', 'physical'),
    agreeItem('shoulderOrNeckPain', 2, 'comorbidPain', 'physical'),
    agreeItem('walkedOnlyShortDistances', 3, 'walking', 'physical'),
    agreeItem('dressedMoreSlowly', 4, 'dressing', 'physical'),
    agreeItem('notSafeToBeActive', 5, 'fear', 'psychosocial'),
    agreeItem('worryingThoughts', 6, 'anxiety', 'psychosocial'),
    agreeItem('painTerribleNeverBetter', 7, 'catastrophising', 'psychosocial'),
    agreeItem('notEnjoyingThings', 8, 'mood', 'psychosocial'),
    {
      id: 'bothersomeness',
      position: 9,
      construct: 'bothersomeness',
      group: 'psychosocial',
      label: START_BACK_ITEM_LABELS.bothersomeness,
      question: START_BACK_WORKER_QUESTIONS.bothersomeness,
      // Item 9 scores 1 only for 'very much' or 'extremely'.
      answer: {
        kind: 'options',
        options: [
          { value: 'notAtAll', label: BOTHERSOMENESS_LABELS.notAtAll, score: 0 },
          { value: 'slightly', label: BOTHERSOMENESS_LABELS.slightly, score: 0 },
          { value: 'moderately', label: BOTHERSOMENESS_LABELS.moderately, score: 0 },
          { value: 'veryMuch', label: BOTHERSOMENESS_LABELS.veryMuch, score: 1 },
          { value: 'extremely', label: BOTHERSOMENESS_LABELS.extremely, score: 1 },
        ],
      },
    },
  ],
};

function scale(minLabel: LocalizedText, maxLabel: LocalizedText, scoring: 'direct' | 'reverse'): ScaleAnswerFormat {
  return { kind: 'scale', min: 0, max: 10, minLabel, maxLabel, scoring };
}

function orebroItem(
  id: keyof OrebroShortAnswers,
  position: number,
  construct: string,
  group: OrebroFactor,
  answer: AnswerFormat,
): QuestionnaireItem<keyof OrebroShortAnswers, OrebroFactor> {
  return { id, position, construct, group, label: OREBRO_ITEM_LABELS[id], question: OREBRO_WORKER_QUESTIONS[id], answer };
}

const A = SCALE_ANCHORS;

export const OREBRO_DEFINITION: OrebroDefinition = {
  id: 'orebroShort',
  title: OREBRO_TITLE,
  licence: { holder: 'Linton SJ, Nicholas M, MacDonald S (2011)', notice: OREBRO_LICENCE, showWithForm: true },
  labelsAreParaphrases: true,
  wordingNotice: OFFICIAL_WORDING_NOTICE,
  defaultCutOff: 50,
  minTotal: 1,
  maxTotal: 100,
  items: [
    orebroItem('durationCategory', 1, 'painDuration', 'pain', {
      kind: 'options',
      options: OREBRO_DURATION_LABELS.map((label, index) => ({ value: index + 1, label, score: index + 1 })),
    }),
    orebroItem('painLastWeek', 2, 'painIntensity', 'pain', scale(A.noPain, A.worstPain, 'direct')),
    orebroItem('canDoLightWorkForAnHour', 3, 'lightWork', 'function', scale(A.notAtAll, A.withoutDifficulty, 'reverse')),
    orebroItem('canSleepAtNight', 4, 'sleep', 'function', scale(A.notAtAll, A.withoutDifficulty, 'reverse')),
    orebroItem('tenseOrAnxious', 5, 'anxiety', 'distress', scale(A.completelyCalm, A.asTenseAsEver, 'direct')),
    orebroItem('botheredByDepression', 6, 'depression', 'distress', scale(A.notAtAll, A.extremely, 'direct')),
    orebroItem(
      'riskPainBecomesPersistent',
      7,
      'persistenceRisk',
      'returnToWorkExpectancy',
      scale(A.noRisk, A.veryLargeRisk, 'direct'),
    ),
    orebroItem(
      'chanceWorkingInThreeMonths',
      8,
      'returnToWorkChance',
      'returnToWorkExpectancy',
      scale(A.noChance, A.veryLargeChance, 'reverse'),
    ),
    orebroItem(
      'stopWhenPainIncreases',
      9,
      'activityAvoidance',
      'fearAvoidance',
      scale(A.completelyDisagree, A.completelyAgree, 'direct'),
    ),
    orebroItem(
      'shouldNotWorkWithCurrentPain',
      10,
      'workAvoidance',
      'fearAvoidance',
      scale(A.completelyDisagree, A.completelyAgree, 'direct'),
    ),
  ],
};

/**
 * The score of one answer according to the item's answer format. An answer that is not one of
 * the options, or not an integer within the scale, is a RangeError naming the item.
 */
export function scoreItem(item: { id: string; answer: AnswerFormat }, value: unknown): number {
  const format = item.answer;
  if (format.kind === 'scale') {
    const answer = requireInteger(value, item.id, format.min, format.max);
    return format.scoring === 'reverse' ? format.max - answer : answer;
  }
  for (const option of format.options) {
    if (option.value === value) return option.score;
  }
  throw new RuleInputError(item.id, `must be one of ${format.options.map((o) => String(o.value)).join(', ')}`);
}

/**
 * A copy of a definition with the practice's official (licensed) wording for the item labels. The
 * scoring keys stay as they are. Every item must get a label.
 */
export function loadOfficialWording<D extends QuestionnaireDefinition<string, string>>(
  definition: D,
  labels: Readonly<Record<string, LocalizedText>>,
): D {
  const items = definition.items.map((item) => {
    const label = labels[item.id];
    if (label === undefined) throw new RuleInputError('labels', `missing wording for ${item.id}`);
    return { ...item, label, question: label };
  });
  const known = new Set(definition.items.map((item) => item.id));
  for (const id of Object.keys(labels)) {
    if (!known.has(id)) throw new RuleInputError('labels', `unknown item ${id}`);
  }
  return { ...definition, items, labelsAreParaphrases: false };
}
