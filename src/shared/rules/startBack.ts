import { START_BACK_DEFINITION, scoreItem } from './questionnaires';

/** Answers to the STarT Back Screening Tool, by construct (docs/clinical-rules.md, section 3). Items 1-8: agree = true. */
export interface StartBackAnswers {
  legPain: boolean;
  shoulderOrNeckPain: boolean;
  walkedOnlyShortDistances: boolean;
  dressedMoreSlowly: boolean;
  notSafeToBeActive: boolean;
  worryingThoughts: boolean;
  painTerribleNeverBetter: boolean;
  notEnjoyingThings: boolean;
  bothersomeness: 'notAtAll' | 'slightly' | 'moderately' | 'veryMuch' | 'extremely';
}

export type StartBackRisk = 'low' | 'medium' | 'high';

export interface StartBackResult {
  /** 0-9. */
  total: number;
  /** Items 5-9, 0-5. */
  psychosocial: number;
  risk: StartBackRisk;
}

/**
 * Scores the STarT Back Screening Tool (Hill et al. 2008): total <= 3 low; total >= 4 and
 * psychosocial subscale <= 3 medium; subscale >= 4 high. Driven by START_BACK_DEFINITION.
 */
export function scoreStartBack(a: StartBackAnswers): StartBackResult {
  let total = 0;
  let psychosocial = 0;
  for (const item of START_BACK_DEFINITION.items) {
    const score = scoreItem(item, a[item.id]);
    total += score;
    if (item.group === 'psychosocial') psychosocial += score;
  }
  const key = START_BACK_DEFINITION.scoringKey;
  const risk: StartBackRisk =
    psychosocial >= key.highRiskMinPsychosocial ? 'high' : total <= key.lowRiskMaxTotal ? 'low' : 'medium';
  return { total, psychosocial, risk };
}
