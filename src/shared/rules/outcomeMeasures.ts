import type { IsoDate } from './dates';
import type { LocalizedText } from './language';
import type { QuestionnaireLicence } from './questionnaires';
import { ROLAND_MORRIS_DEFINITION } from './rolandMorris';
import { SCALE_ANCHORS } from './texts/questionnaires';
import {
  HOURS_WORKED_QUESTION,
  OUTCOME_SHORT_TITLES,
  HOURS_WORKED_TITLE,
  PAIN_NOW_QUESTION,
  PAIN_NOW_TITLE,
  PSK_ANCHORS,
  PSK_LICENCE,
  PSK_QUESTION,
  PSK_TITLE,
  WORK_ABILITY_ANCHORS,
  WORK_ABILITY_LICENCE,
  WORK_ABILITY_QUESTION,
  WORK_ABILITY_TITLE,
} from './texts/outcomeMeasures';
import { RuleInputError } from './ruleInputError';
import { requireInteger, requireNumber } from './validation';

/*
 * The outcome measures followed over an episode, as data: range, which way is better, and the
 * published minimal important change (MIC) that makes a change clinically meaningful.
 */

export type OutcomeMeasureId = 'painNow' | 'rolandMorris' | 'workAbility' | 'psk' | 'hoursWorked';

export interface OutcomeMeasure {
  id: OutcomeMeasureId;
  title: LocalizedText;
  /** The title in a table's column header. */
  shortTitle: LocalizedText;
  question: LocalizedText;
  min: number;
  max: number;
  /** Labels of the ends of the scale (min, max). */
  minLabel: LocalizedText | null;
  maxLabel: LocalizedText | null;
  higherIsBetter: boolean;
  /** Smallest change (in points) that is clinically meaningful; null when none is published. */
  minimalImportantChange: number | null;
  /** Where the MIC comes from. */
  micSource: string;
  licence: QuestionnaireLicence | null;
}

/** The most hours a week the form accepts. */
export const MAX_HOURS_WORKED_PER_WEEK = 80;
export const MAX_PSK_ACTIVITIES = 3;

export const OUTCOME_MEASURES: Readonly<Record<OutcomeMeasureId, OutcomeMeasure>> = {
  painNow: {
    id: 'painNow',
    title: PAIN_NOW_TITLE,
    shortTitle: OUTCOME_SHORT_TITLES.painNow,
    question: PAIN_NOW_QUESTION,
    min: 0,
    max: 10,
    minLabel: SCALE_ANCHORS.noPain,
    maxLabel: SCALE_ANCHORS.worstPain,
    higherIsBetter: false,
    minimalImportantChange: 2,
    micSource: 'Ostelo et al. 2008 (Spine 33:90-94): 2 points on the 0-10 numeric rating scale',
    licence: null,
  },
  rolandMorris: {
    id: 'rolandMorris',
    title: ROLAND_MORRIS_DEFINITION.title,
    shortTitle: OUTCOME_SHORT_TITLES.rolandMorris,
    question: ROLAND_MORRIS_DEFINITION.recallPeriod ?? ROLAND_MORRIS_DEFINITION.title,
    min: ROLAND_MORRIS_DEFINITION.minTotal,
    max: ROLAND_MORRIS_DEFINITION.maxTotal,
    minLabel: null,
    maxLabel: null,
    higherIsBetter: false,
    minimalImportantChange: 5,
    micSource: 'Ostelo et al. 2008 (Spine 33:90-94): 5 points on the 24-item Roland-Morris',
    licence: ROLAND_MORRIS_DEFINITION.licence,
  },
  workAbility: {
    id: 'workAbility',
    title: WORK_ABILITY_TITLE,
    shortTitle: OUTCOME_SHORT_TITLES.workAbility,
    question: WORK_ABILITY_QUESTION,
    min: 0,
    max: 10,
    minLabel: WORK_ABILITY_ANCHORS.unable,
    maxLabel: WORK_ABILITY_ANCHORS.best,
    higherIsBetter: true,
    minimalImportantChange: 1.5,
    micSource: 'Work Ability Score in chronic low back pain, Eur Spine J 2022: MIC 1.5 points (baseline dependent)',
    licence: { holder: 'Finnish Institute of Occupational Health', notice: WORK_ABILITY_LICENCE, showWithForm: false },
  },
  psk: {
    id: 'psk',
    title: PSK_TITLE,
    shortTitle: OUTCOME_SHORT_TITLES.psk,
    question: PSK_QUESTION,
    min: 0,
    max: 10,
    minLabel: PSK_ANCHORS.noDifficulty,
    maxLabel: PSK_ANCHORS.impossible,
    higherIsBetter: false,
    minimalImportantChange: 2,
    micSource: 'Stratford et al. 1995 (Physiother Can 47:258-263): 2 points on the mean of the activities, 3 on one activity',
    licence: { holder: 'Beurskens et al. 1996', notice: PSK_LICENCE, showWithForm: false },
  },
  hoursWorked: {
    id: 'hoursWorked',
    title: HOURS_WORKED_TITLE,
    shortTitle: OUTCOME_SHORT_TITLES.hoursWorked,
    question: HOURS_WORKED_QUESTION,
    min: 0,
    max: MAX_HOURS_WORKED_PER_WEEK,
    minLabel: null,
    maxLabel: null,
    higherIsBetter: true,
    minimalImportantChange: null,
    micSource: 'none published: compare with the return-to-work plan',
    licence: null,
  },
};

export const OUTCOME_MEASURE_IDS: readonly OutcomeMeasureId[] = ['painNow', 'rolandMorris', 'workAbility', 'psk', 'hoursWorked'];

/** One activity of the PSK: named by the worker, rated 0 (no difficulty) to 10 (impossible). */
export interface PskActivity {
  activity: string;
  score: number;
}

/** The PSK score: the mean of the rated activities (one decimal); null when no activity is named. */
export function scorePsk(activities: readonly PskActivity[]): number | null {
  if (!Array.isArray(activities)) throw new RuleInputError('psk', 'must be a list');
  if (activities.length > MAX_PSK_ACTIVITIES) throw new RuleInputError('psk', `at most ${MAX_PSK_ACTIVITIES} activities`);
  if (activities.length === 0) return null;
  let sum = 0;
  activities.forEach((a, index) => {
    if (typeof a.activity !== 'string' || a.activity.trim() === '') throw new RuleInputError(`psk.${index}.activity`, 'must be named');
    sum += requireInteger(a.score, `psk.${index}.score`, 0, 10);
  });
  return Math.round((sum / activities.length) * 10) / 10;
}

const sameActivity = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * The PSK scores of two consultations over the activities named in both (same name); null when
 * they share none, so a change of activities is never read as a change of the worker.
 */
export function comparablePsk(before: readonly PskActivity[], after: readonly PskActivity[]): { before: number; after: number } | null {
  const shared = after.filter((a) => before.some((b) => sameActivity(a.activity, b.activity)));
  if (shared.length === 0) return null;
  const earlier = shared.map((a) => before.find((b) => sameActivity(a.activity, b.activity)) as PskActivity);
  const b = scorePsk(earlier);
  const c = scorePsk(shared);
  return b === null || c === null ? null : { before: b, after: c };
}

export type ChangeDirection = 'better' | 'worse' | 'unchanged';

export interface MeasureChange {
  measure: OutcomeMeasureId;
  before: number;
  after: number;
  /** after - before, in the measure's points. */
  difference: number;
  direction: ChangeDirection;
  /** The change reaches the measure's minimal important change. */
  meaningful: boolean;
}

/** How a measure changed between two values, and whether the change reaches its MIC. */
export function measureChange(measure: OutcomeMeasureId, before: number, after: number): MeasureChange {
  const definition = OUTCOME_MEASURES[measure];
  requireNumber(before, `${measure}.before`, definition.min, definition.max);
  requireNumber(after, `${measure}.after`, definition.min, definition.max);
  const difference = Math.round((after - before) * 10) / 10;
  const direction: ChangeDirection = difference === 0 ? 'unchanged' : difference > 0 === definition.higherIsBetter ? 'better' : 'worse';
  const mic = definition.minimalImportantChange;
  return { measure, before, after, difference, direction, meaningful: mic !== null && Math.abs(difference) >= mic };
}

/** The outcome values of one consultation (null: not measured). */
export interface OutcomeSnapshot {
  date: IsoDate;
  painNow: number | null;
  rolandMorris: number | null;
  workAbility: number | null;
  psk: readonly PskActivity[] | null;
  hoursWorked: number | null;
}

/** The change of every measure measured in both snapshots. */
export function outcomeChanges(before: OutcomeSnapshot, after: OutcomeSnapshot): MeasureChange[] {
  const changes: MeasureChange[] = [];
  for (const measure of OUTCOME_MEASURE_IDS) {
    if (measure === 'psk') {
      const psk = before.psk && after.psk ? comparablePsk(before.psk, after.psk) : null;
      if (psk) changes.push(measureChange('psk', psk.before, psk.after));
      continue;
    }
    const b = before[measure];
    const a = after[measure];
    if (b !== null && a !== null) changes.push(measureChange(measure, b, a));
  }
  return changes;
}

export interface ImprovementAssessment {
  /** True when pain, function, work ability and PSK were measured again and none improved meaningfully. */
  noImprovement: boolean;
  /** The changes from the first to the latest value of each measure in the episode. */
  changes: MeasureChange[];
}

/** The measures with a published MIC; hours worked are judged against the plan, not here. */
const MEASURES_WITH_MIC = OUTCOME_MEASURE_IDS.filter((id) => OUTCOME_MEASURES[id].minimalImportantChange !== null);

/**
 * "No improvement" over an episode: each measure's first value is compared with its latest one;
 * the flag is raised when at least one measure with a MIC was measured twice and none of them
 * improved by at least its MIC. Snapshots may come in any order.
 */
export function assessImprovement(snapshots: readonly OutcomeSnapshot[]): ImprovementAssessment {
  const ordered = [...snapshots].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const changes: MeasureChange[] = [];
  for (const measure of OUTCOME_MEASURE_IDS) {
    const measured = ordered.filter((s) => (measure === 'psk' ? s.psk !== null && s.psk.length > 0 : s[measure] !== null));
    if (measured.length < 2) continue;
    const first = measured[0] as OutcomeSnapshot;
    const last = measured[measured.length - 1] as OutcomeSnapshot;
    const change = outcomeChanges({ ...emptySnapshot(first.date), [measure]: first[measure] }, { ...emptySnapshot(last.date), [measure]: last[measure] });
    changes.push(...change);
  }
  const judged = changes.filter((c) => MEASURES_WITH_MIC.includes(c.measure));
  return { noImprovement: judged.length > 0 && !judged.some((c) => c.meaningful && c.direction === 'better'), changes };
}

function emptySnapshot(date: IsoDate): OutcomeSnapshot {
  return { date, painNow: null, rolandMorris: null, workAbility: null, psk: null, hoursWorked: null };
}
