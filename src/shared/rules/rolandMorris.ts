import type { QuestionnaireDefinition, QuestionnaireItem } from './questionnaires';
import { scoreItem } from './questionnaires';
import { OFFICIAL_WORDING_NOTICE } from './texts/questionnaires';
import {
  APPLIES_LABEL,
  DOES_NOT_APPLY_LABEL,
  ROLAND_MORRIS_ITEM_LABELS,
  ROLAND_MORRIS_LICENCE,
  ROLAND_MORRIS_RECALL,
  ROLAND_MORRIS_TITLE,
} from './texts/outcomeMeasures';
import { RuleInputError } from './ruleInputError';

/**
 * The Roland-Morris Disability Questionnaire (Roland & Morris 1983), 24 statements the worker ticks
 * when they apply today. Answers are the 24 ticks in item order (true = applies).
 */
export type RolandMorrisAnswers = readonly boolean[];

export const ROLAND_MORRIS_ITEM_COUNT = 24;

export type RolandMorrisItemId = `item${number}`;

export type RolandMorrisDefinition = QuestionnaireDefinition<RolandMorrisItemId, 'function'> & {
  minTotal: number;
  maxTotal: number;
};

function item(position: number): QuestionnaireItem<RolandMorrisItemId, 'function'> {
  const label = ROLAND_MORRIS_ITEM_LABELS[position - 1];
  if (label === undefined) throw new RuleInputError('position', `no Roland-Morris item ${position}`);
  return {
    id: `item${position}`,
    position,
    construct: 'disability',
    group: 'function',
    label,
    question: label,
    answer: {
      kind: 'options',
      options: [
        { value: true, label: APPLIES_LABEL, score: 1 },
        { value: false, label: DOES_NOT_APPLY_LABEL, score: 0 },
      ],
    },
  };
}

export const ROLAND_MORRIS_DEFINITION: RolandMorrisDefinition = {
  id: 'rolandMorris',
  title: ROLAND_MORRIS_TITLE,
  recallPeriod: ROLAND_MORRIS_RECALL,
  licence: { holder: 'Martin Roland, Richard Morris', notice: ROLAND_MORRIS_LICENCE, showWithForm: true },
  labelsAreParaphrases: true,
  wordingNotice: OFFICIAL_WORDING_NOTICE,
  minTotal: 0,
  maxTotal: ROLAND_MORRIS_ITEM_COUNT,
  items: Array.from({ length: ROLAND_MORRIS_ITEM_COUNT }, (_, index) => item(index + 1)),
};

/**
 * The Roland-Morris score: the number of statements that apply, 0 (no disability) to 24. Exactly
 * 24 answers are needed; an item left open counts as not applying only when the form says so
 * (the caller passes false), never here.
 */
export function scoreRolandMorris(answers: RolandMorrisAnswers): number {
  if (!Array.isArray(answers) || answers.length !== ROLAND_MORRIS_ITEM_COUNT) {
    throw new RuleInputError('rolandMorris', `must have ${ROLAND_MORRIS_ITEM_COUNT} answers`);
  }
  let total = 0;
  ROLAND_MORRIS_DEFINITION.items.forEach((definitionItem, index) => {
    total += scoreItem(definitionItem, answers[index]);
  });
  return total;
}
