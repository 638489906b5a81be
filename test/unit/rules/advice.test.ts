import { describe, expect, it } from 'vitest';
import {
  ADVICE_KEYS,
  type AdviceContext,
  type AdviceInput,
  type AdviceKey,
  LANGUAGES,
  NOT_RECOMMENDED_TREATMENTS,
  adviceAllowed,
  adviceText,
  notRecommendedTreatments,
  selectAdvice,
  textIn,
} from '../../../src/shared/rules';

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

  it('leaves the acute tips out at week 15: no bed rest, getting out of bed, heat or pain relief in chronic pain', () => {
    const chronic = selectAdvice({ ...plain, phase: 'chronic', chronicityLevel: 'medium' });
    for (const acute of ['noBedRest', 'tipGettingOutOfBed', 'heat', 'painReliefToKeepMoving'] as const) expect(chronic).not.toContain(acute);
    expect(chronic).toEqual(expect.arrayContaining(['stayActive', 'keepWorking', 'exerciseTherapy', 'buildFitness']));
  });

  it('keeps heat and pain relief but not the acute tips in subacute pain', () => {
    const subacute = selectAdvice({ ...plain, phase: 'subacute' });
    expect(subacute).toEqual(expect.arrayContaining(['heat', 'painReliefToKeepMoving', 'exerciseTherapy']));
    expect(subacute).not.toContain('noBedRest');
    expect(subacute).not.toContain('tipGettingOutOfBed');
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
  const contexts: AdviceContext[] = [
    { country: 'NL', radicular: false, phase: 'acute' },
    { country: 'BE', radicular: true, phase: 'chronic' },
  ];

  it('has a text for every key in every language and country', () => {
    for (const context of contexts) {
      for (const key of ADVICE_KEYS) {
        const text = adviceText(key, context);
        for (const language of LANGUAGES) expect(text[language].length).toBeGreaterThan(30);
        expect(text.nl).not.toBe(text.en);
        expect(text.fr).not.toBe(text.en);
      }
    }
  });

  it('gives pain relief by the practice country: NHG paracetamol first in the Netherlands', () => {
    const text = adviceText('painReliefToKeepMoving', contexts[0]!).en;
    expect(text.indexOf('paracetamol')).toBeLessThan(text.indexOf('NSAID'));
    expect(text).not.toMatch(/opioid/);
  });

  it('gives pain relief by the practice country: KCE an NSAID first in Belgium, a weak opioid next, paracetamol alone not enough', () => {
    const text = adviceText('painReliefToKeepMoving', contexts[1]!);
    expect(text.en.indexOf('NSAID')).toBeLessThan(text.en.indexOf('opioid'));
    expect(text.en).toMatch(/Paracetamol alone is not enough/);
    expect(text.nl).toMatch(/eerste keuze/);
    expect(text.fr).toMatch(/premier choix/);
  });

  it('lists every treatment that does not help for an acute non-radicular case', () => {
    expect(notRecommendedTreatments({ radicular: false, phase: 'acute' })).toEqual([...NOT_RECOMMENDED_TREATMENTS]);
    const text = adviceText('notRecommendedTreatments', { country: 'NL', radicular: false, phase: 'acute' });
    expect(text.en).toBe(
      'These treatments do not help ordinary back pain: traction (stretching), a corset or back belt, injections, TENS (electrical stimulation through the skin), ultrasound, laser or interferential current, radiofrequency nerve treatment, heat treatment of the disc and surgery.',
    );
  });

  it('leaves injections (and surgery) out for radicular pain and radiofrequency denervation out for chronic pain', () => {
    expect(notRecommendedTreatments({ radicular: true, phase: 'acute' })).not.toEqual(expect.arrayContaining(['injections']));
    expect(notRecommendedTreatments({ radicular: true, phase: 'acute' })).not.toContain('surgery');
    expect(notRecommendedTreatments({ radicular: false, phase: 'chronic' })).not.toContain('radiofrequencyDenervation');
    expect(notRecommendedTreatments({ radicular: false, phase: 'subacute' })).toContain('radiofrequencyDenervation');
    const both = adviceText('notRecommendedTreatments', { country: 'BE', radicular: true, phase: 'chronic' });
    expect(both.nl).not.toMatch(/injecties|radiofrequentie|operatie/);
    expect(both.fr).not.toMatch(/infiltrations|radiofréquence|chirurgie/);
    expect(both.en).not.toMatch(/injections|radiofrequency|surgery/);
  });

  it('joins the last treatment with "en" / "et" / "and"', () => {
    expect(adviceText('notRecommendedTreatments', { country: 'NL', radicular: true, phase: 'chronic' }).nl).toMatch(
      / en een warmtebehandeling van de tussenwervelschijf\.$/,
    );
  });

  it('uses Flemish wording for Belgian practices where it differs', () => {
    expect(textIn(adviceText('exerciseTherapy', contexts[1]!), 'nl', 'BE')).toMatch(/kinesitherapeut/);
    expect(textIn(adviceText('exerciseTherapy', contexts[0]!), 'nl', 'NL')).toMatch(/fysiotherapeut/);
  });

  it('refuses an unknown key or country', () => {
    expect(() => adviceText('massage' as AdviceKey, contexts[0]!)).toThrow(/^key:/);
    expect(() => adviceText('heat', { ...contexts[0]!, country: 'FR' as 'NL' })).toThrow(/^country:/);
  });
});

describe('adviceAllowed', () => {
  it('keeps only "follow the referral" while an immediate or within-48h flag is open', () => {
    for (const urgency of ['immediate', 'within48h'] as const) {
      expect(adviceAllowed(['stayActive', 'noImagingWithoutRedFlags', 'radicularReassurance'], urgency)).toEqual(['followReferral']);
    }
  });

  it('keeps the chosen advice otherwise', () => {
    expect(adviceAllowed(['stayActive', 'followReferral'], 'routine')).toEqual(['stayActive', 'followReferral']);
    expect(adviceAllowed(['noImagingWithoutRedFlags'], 'none')).toEqual(['noImagingWithoutRedFlags']);
  });
});
