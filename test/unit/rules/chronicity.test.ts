import { describe, expect, it } from 'vitest';
import {
  CHRONICITY_LEVEL_LABELS,
  LANGUAGES,
  type OrebroResult,
  STRATIFIED_CARE,
  type StartBackResult,
  YELLOW_FLAGS,
  chronicityRisk,
  stratifiedCare,
} from '../../../src/shared/rules';

const sb = (risk: StartBackResult['risk']): StartBackResult => ({ total: 0, psychosocial: 0, risk });
const or = (risk: OrebroResult['risk']): OrebroResult => ({ total: 1, risk });

describe('chronicityRisk', () => {
  it('is unknown without a questionnaire', () => {
    expect(chronicityRisk({})).toEqual({ level: 'unknown', basis: [] });
  });

  it.each(['low', 'medium', 'high'] as const)('follows a STarT Back risk of %s', (risk) => {
    expect(chronicityRisk({ startBack: sb(risk) })).toEqual({ level: risk, basis: ['startBack'] });
  });

  it('maps Örebro high to high and low to low', () => {
    expect(chronicityRisk({ orebro: or('high') })).toEqual({ level: 'high', basis: ['orebro'] });
    expect(chronicityRisk({ orebro: or('low') })).toEqual({ level: 'low', basis: ['orebro'] });
  });

  it('takes the highest of both questionnaires', () => {
    expect(chronicityRisk({ startBack: sb('medium'), orebro: or('low') })).toEqual({
      level: 'medium',
      basis: ['startBack', 'orebro'],
    });
    expect(chronicityRisk({ startBack: sb('low'), orebro: or('high') }).level).toBe('high');
    expect(chronicityRisk({ startBack: sb('high'), orebro: or('low') }).level).toBe('high');
  });

  it('refuses an unknown risk value', () => {
    expect(() => chronicityRisk({ startBack: sb('severe' as StartBackResult['risk']) })).toThrow(/^startBack\.risk:/);
    expect(() => chronicityRisk({ orebro: or('medium' as OrebroResult['risk']) })).toThrow(/^orebro\.risk:/);
  });
});

describe('stratified care', () => {
  it('recommends care per level in every language', () => {
    for (const level of ['unknown', 'low', 'medium', 'high'] as const) {
      expect(stratifiedCare(level).key).toBe(`stratifiedCare.${level}`);
      for (const language of LANGUAGES) {
        expect(STRATIFIED_CARE[level].text[language].length).toBeGreaterThan(20);
        expect(CHRONICITY_LEVEL_LABELS[level][language]).not.toBe('');
      }
    }
  });

  it('adds exercise therapy at medium and psychologically informed care at high risk', () => {
    expect(STRATIFIED_CARE.low.text.en).not.toMatch(/exercise therapy/);
    expect(STRATIFIED_CARE.medium.text.en).toMatch(/exercise therapy/);
    expect(STRATIFIED_CARE.high.text.en).toMatch(/psychologically informed/);
  });
});

describe('yellow flags', () => {
  it('lists the personal and work-related factors that drive chronicity', () => {
    expect(YELLOW_FLAGS.map((f) => [f.code, f.context])).toEqual([
      ['fearOfMovement', 'personal'],
      ['pessimismAboutCourse', 'personal'],
      ['beliefProblemIsSerious', 'personal'],
      ['catastrophising', 'personal'],
      ['lowMood', 'personal'],
      ['workConflicts', 'work'],
      ['workDissatisfaction', 'work'],
      ['fearOfJobLoss', 'work'],
    ]);
    for (const flag of YELLOW_FLAGS) for (const language of LANGUAGES) expect(flag.label[language]).not.toBe('');
  });
});
