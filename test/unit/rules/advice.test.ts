import { describe, expect, it } from 'vitest';
import { ADVICE, ADVICE_KEYS, type AdviceInput, LANGUAGES, selectAdvice } from '../../../src/shared/rules';

const plain: AdviceInput = { phase: 'acute', chronicityLevel: 'low', urgency: 'none', radicular: false, riskFactors: [] };

describe('selectAdvice', () => {
  it('gives the basic advice for acute, low-risk pain without red flags', () => {
    expect(selectAdvice(plain)).toEqual([
      'stayActive',
      'keepWorking',
      'noBedRest',
      'noImagingWithoutRedFlags',
      'painReliefToKeepMoving',
      'heat',
      'notRecommendedTreatments',
      'tipGettingOutOfBed',
      'tipSittingStanding',
    ]);
  });

  it.each(['immediate', 'within48h'] as const)('only says "follow the referral" with a %s red flag', (urgency) => {
    expect(selectAdvice({ ...plain, urgency, radicular: true, chronicityLevel: 'high' })).toEqual(['followReferral']);
  });

  it('keeps people active alongside a routine referral, without promising that imaging is useless', () => {
    const advice = selectAdvice({ ...plain, urgency: 'routine' });
    expect(advice).toContain('followReferral');
    expect(advice).toContain('stayActive');
    expect(advice).toContain('noBedRest');
    expect(advice).not.toContain('noImagingWithoutRedFlags');
  });

  it('adds exercise therapy for medium or high risk, or subacute or chronic pain', () => {
    expect(selectAdvice(plain)).not.toContain('exerciseTherapy');
    expect(selectAdvice({ ...plain, chronicityLevel: 'unknown' })).not.toContain('exerciseTherapy');
    expect(selectAdvice({ ...plain, chronicityLevel: 'medium' })).toContain('exerciseTherapy');
    expect(selectAdvice({ ...plain, chronicityLevel: 'high' })).toContain('exerciseTherapy');
    expect(selectAdvice({ ...plain, phase: 'subacute' })).toEqual(expect.arrayContaining(['exerciseTherapy', 'manualTherapyShortRelief']));
    expect(selectAdvice({ ...plain, phase: 'chronic' })).toContain('exerciseTherapy');
  });

  it('adds psychologically informed care for high risk only', () => {
    expect(selectAdvice({ ...plain, chronicityLevel: 'high' })).toContain('psychologicallyInformedCare');
    expect(selectAdvice({ ...plain, chronicityLevel: 'medium' })).not.toContain('psychologicallyInformedCare');
  });

  it('adds cognitive behavioural therapy for chronic pain with fear of movement', () => {
    expect(selectAdvice({ ...plain, phase: 'chronic', yellowFlags: ['fearOfMovement'] })).toContain(
      'cognitiveBehaviouralTherapy',
    );
    expect(selectAdvice({ ...plain, phase: 'chronic' })).not.toContain('cognitiveBehaviouralTherapy');
    expect(selectAdvice({ ...plain, phase: 'subacute', yellowFlags: ['fearOfMovement'] })).not.toContain(
      'cognitiveBehaviouralTherapy',
    );
  });

  it('reassures about leg pain when radicular', () => {
    expect(selectAdvice({ ...plain, radicular: true })).toContain('radicularReassurance');
    expect(selectAdvice(plain)).not.toContain('radicularReassurance');
  });

  it('teaches lifting technique and breaks with physical risk factors', () => {
    const advice = selectAdvice({ ...plain, riskFactors: ['heavyLifting'] });
    expect(advice).toEqual(expect.arrayContaining(['tipLifting', 'tipBreaks']));
  });

  it('advises breaks but not lifting technique for sedentary work', () => {
    const advice = selectAdvice({ ...plain, riskFactors: ['prolongedSitting'] });
    expect(advice).toContain('tipBreaks');
    expect(advice).not.toContain('tipLifting');
  });

  it('advises building fitness with low fitness, overweight or previous episodes', () => {
    for (const factor of ['lowFitness', 'overweight', 'previousEpisodes']) {
      expect(selectAdvice({ ...plain, riskFactors: [factor] })).toContain('buildFitness');
    }
    expect(selectAdvice({ ...plain, riskFactors: ['smoking'] })).not.toContain('buildFitness');
  });

  it('suggests talking about work with psychosocial work factors or work yellow flags', () => {
    expect(selectAdvice({ ...plain, riskFactors: ['workStress'] })).toContain('talkAboutWork');
    expect(selectAdvice({ ...plain, yellowFlags: ['fearOfJobLoss'] })).toContain('talkAboutWork');
    expect(selectAdvice({ ...plain, yellowFlags: ['lowMood'] })).not.toContain('talkAboutWork');
  });

  it('lists advice in catalogue order without duplicates', () => {
    const advice = selectAdvice({
      ...plain,
      phase: 'chronic',
      chronicityLevel: 'high',
      radicular: true,
      riskFactors: ['heavyLifting', 'frequentBendingTwisting', 'workStress', 'lowFitness'],
      yellowFlags: ['fearOfMovement', 'workConflicts'],
    });
    const positions = advice.map((key) => ADVICE_KEYS.indexOf(key));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(advice).size).toBe(advice.length);
  });

  it('refuses unknown risk factors, yellow flags and phases', () => {
    expect(() => selectAdvice({ ...plain, riskFactors: ['skiing'] })).toThrow('riskFactors: unknown code skiing');
    expect(() => selectAdvice({ ...plain, yellowFlags: ['anger'] })).toThrow('yellowFlags: unknown code anger');
    expect(() => selectAdvice({ ...plain, phase: 'early' as 'acute' })).toThrow(/^phase:/);
  });
});

describe('advice catalogue', () => {
  it('has a text for every key in every language', () => {
    expect(ADVICE.map((a) => a.key)).toEqual([...ADVICE_KEYS]);
    for (const advice of ADVICE) {
      for (const language of LANGUAGES) expect(advice.text[language].length).toBeGreaterThan(30);
      expect(advice.text.nl).not.toBe(advice.text.en);
      expect(advice.text.fr).not.toBe(advice.text.en);
    }
  });

  it('puts pain relief in the order of the guidelines: paracetamol first, then an NSAID', () => {
    const text = ADVICE.find((a) => a.key === 'painReliefToKeepMoving')!.text.en;
    expect(text.indexOf('paracetamol')).toBeLessThan(text.indexOf('NSAID'));
  });
});
