import { describe, expect, it } from 'vitest';
import {
  BELGIAN_LABELS,
  FEDRIS_PROGRAMME_TEXT,
  FEDRIS_SOURCES_NOTE,
  FULL_DUTIES_TEXT,
  LANGUAGES,
  type LocalizedText,
  PLAN_ON_HOLD_TEXT,
  PRE_RESUMPTION_VISIT_LABEL,
  RETURN_TO_WORK_EXAM_LABEL,
  RISK_FACTORS,
  RISK_FACTOR_CATEGORY_LABELS,
  NIOSH_BAND_TEXTS,
  riskFactor,
  textIn,
} from '../../../src/shared/rules';

function expectComplete(text: LocalizedText): void {
  for (const language of LANGUAGES) expect(text[language].trim().length).toBeGreaterThan(0);
}

describe('risk-factor catalogue', () => {
  it('has unique codes with labels in every language', () => {
    const codes = RISK_FACTORS.map((f) => f.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const f of RISK_FACTORS) expectComplete(f.label);
    for (const label of Object.values(RISK_FACTOR_CATEGORY_LABELS)) expectComplete(label);
  });

  it('groups the factors of the spec by category', () => {
    const byCategory = (category: string) => RISK_FACTORS.filter((f) => f.category === category).map((f) => f.code);
    expect(byCategory('lifestyle')).toEqual(['smoking', 'overweight', 'lowFitness', 'poorSleep']);
    expect(byCategory('psychosocial')).toEqual([
      'workStress',
      'monotonousWork',
      'highWorkPressure',
      'lowJobControl',
      'lowSocialSupport',
      'jobInsecurity',
      'workConflicts',
      'lowJobSatisfaction',
    ]);
    expect(byCategory('physical')).toEqual([
      'heavyLifting',
      'poorLiftingTechnique',
      'frequentBendingTwisting',
      'awkwardPostures',
      'wholeBodyVibration',
      'pushingPulling',
    ]);
    expect(byCategory('posture')).toEqual(['prolongedSitting', 'prolongedStanding', 'longDriving', 'screenWork']);
    expect(byCategory('personal')).toEqual([
      'previousEpisodes',
      'age',
      'pregnancy',
      'multimorbidity',
      'lowMood',
      'frequentFatigue',
    ]);
  });

  it('marks work-related factors for the workplace report', () => {
    for (const f of RISK_FACTORS) {
      expect(f.workRelated).toBe(['psychosocial', 'physical', 'posture'].includes(f.category));
    }
  });

  it('marks age, previous episodes, pregnancy and multiple illnesses as not modifiable', () => {
    expect(RISK_FACTORS.filter((f) => !f.modifiable).map((f) => f.code)).toEqual([
      'previousEpisodes',
      'age',
      'pregnancy',
      'multimorbidity',
    ]);
  });

  it('looks a factor up by code', () => {
    expect(riskFactor('screenWork')?.label.en).toMatch(/neck/);
    expect(riskFactor('unknown')).toBeUndefined();
  });
});

describe('legal and report texts', () => {
  it('are complete in every language', () => {
    for (const text of [
      ...Object.values(BELGIAN_LABELS),
      ...Object.values(NIOSH_BAND_TEXTS),
      FEDRIS_PROGRAMME_TEXT,
      FEDRIS_SOURCES_NOTE,
      FULL_DUTIES_TEXT,
      PLAN_ON_HOLD_TEXT,
      PRE_RESUMPTION_VISIT_LABEL,
      RETURN_TO_WORK_EXAM_LABEL,
    ]) {
      expectComplete(text);
    }
  });

  it('picks the text in the asked language', () => {
    expect(textIn(FULL_DUTIES_TEXT, 'fr')).toBe(FULL_DUTIES_TEXT.fr);
    expect(textIn(FULL_DUTIES_TEXT, 'nl')).toMatch(/contracturen/);
  });
});
