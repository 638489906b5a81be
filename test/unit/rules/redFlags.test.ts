import { describe, expect, it } from 'vitest';
import {
  LANGUAGES,
  RADICULAR_SIGNAL,
  RED_FLAG_ACTIONS,
  RED_FLAG_LABELS,
  type RedFlagFindings,
  SUSPECTED_CONDITION_LABELS,
  URGENCY_LABELS,
  redFlagAction,
  screenRedFlags,
} from '../../../src/shared/rules';

const base: RedFlagFindings = { ageAtOnset: 40, durationWeeks: 2 };

describe('screenRedFlags', () => {
  it('finds nothing in a 40-year-old with two weeks of non-specific pain', () => {
    expect(screenRedFlags(base)).toEqual({ flags: [], urgency: 'none', radicular: false });
  });

  it.each([
    ['saddleAnaesthesia', 'saddleAnaesthesia', 'caudaEquina', 'immediate'],
    ['bladderOrBowelDysfunction', 'bladderOrBowelDysfunction', 'caudaEquina', 'immediate'],
    ['severeOrProgressiveMotorDeficit', 'motorDeficit', 'neurologicalEmergency', 'immediate'],
    ['widespreadNeurologicalSymptoms', 'widespreadNeurological', 'neurologicalEmergency', 'immediate'],
    ['vascularSigns', 'vascularSigns', 'vascular', 'immediate'],
    ['significantTrauma', 'significantTrauma', 'fracture', 'immediate'],
    ['osteoporosisOrLongTermCorticosteroids', 'osteoporosisOrCorticosteroids', 'fracture', 'within48h'],
    ['historyOfCancer', 'historyOfCancer', 'malignancy', 'within48h'],
    ['unexplainedWeightLoss', 'weightLoss', 'malignancy', 'within48h'],
    ['constantNonMechanicalPain', 'nonMechanicalPain', 'malignancyOrInfection', 'within48h'],
    ['fever', 'fever', 'infection', 'within48h'],
    ['immunosuppressionOrIvDrugUse', 'immunosuppression', 'infection', 'routine'],
  ] as const)('flags %s as %s (%s, %s)', (finding, code, suspected, urgency) => {
    const result = screenRedFlags({ ...base, [finding]: true });
    expect(result.flags).toEqual([{ code, suspected, urgency }]);
    expect(result.urgency).toBe(urgency);
  });

  it('flags cauda equina as immediate', () => {
    expect(screenRedFlags({ ...base, saddleAnaesthesia: true }).urgency).toBe('immediate');
  });

  it('ignores findings that are explicitly false', () => {
    expect(screenRedFlags({ ...base, fever: false, saddleAnaesthesia: false }).flags).toEqual([]);
  });

  describe('atypical age at onset', () => {
    it.each([
      [19, true],
      [20, false],
      [55, false],
      [56, true],
    ])('age %i flagged: %s', (ageAtOnset, flagged) => {
      const result = screenRedFlags({ ...base, ageAtOnset });
      expect(result.flags).toEqual(flagged ? [{ code: 'atypicalAge', suspected: 'specificCause', urgency: 'routine' }] : []);
      expect(result.urgency).toBe(flagged ? 'routine' : 'none');
    });
  });

  describe('inflammatory back pain', () => {
    const twoFeatures = { morningStiffnessOver30Min: true, wakesInSecondHalfOfNight: true };
    const ibp = { code: 'inflammatoryBackPain', suspected: 'axialSpondyloarthritis', urgency: 'routine' };

    it('is flagged at 44 years, 12 weeks and 2 features', () => {
      expect(screenRedFlags({ ageAtOnset: 44, durationWeeks: 12, ...twoFeatures }).flags).toEqual([ibp]);
    });

    it('is not flagged with only 1 feature', () => {
      expect(screenRedFlags({ ageAtOnset: 44, durationWeeks: 12, morningStiffnessOver30Min: true }).flags).toEqual([]);
    });

    it('is not flagged from age 45', () => {
      expect(screenRedFlags({ ageAtOnset: 45, durationWeeks: 12, ...twoFeatures }).flags).toEqual([]);
    });

    it('is not flagged in week 11', () => {
      expect(screenRedFlags({ ageAtOnset: 44, durationWeeks: 11, ...twoFeatures }).flags).toEqual([]);
    });

    it('counts any two of the four features', () => {
      const flags = screenRedFlags({
        ageAtOnset: 30,
        durationWeeks: 20,
        improvesWithExerciseNotRest: true,
        alternatingButtockPain: true,
      }).flags;
      expect(flags).toEqual([ibp]);
    });

    it('adds the atypical-age flag as well below 20', () => {
      const codes = screenRedFlags({ ageAtOnset: 19, durationWeeks: 12, ...twoFeatures }).flags.map((f) => f.code);
      expect(codes).toEqual(['atypicalAge', 'inflammatoryBackPain']);
    });
  });

  describe('unexpected course', () => {
    it('is not flagged in week 5', () => {
      expect(screenRedFlags({ ...base, durationWeeks: 5, painNotImproving: true }).flags).toEqual([]);
    });

    it('is flagged as routine from week 6', () => {
      expect(screenRedFlags({ ...base, durationWeeks: 6, painNotImproving: true }).flags).toEqual([
        { code: 'unexpectedCourse', suspected: 'unexpectedCourse', urgency: 'routine' },
      ]);
    });
  });

  it('takes the highest urgency and lists flags in table order', () => {
    const result = screenRedFlags({ ...base, ageAtOnset: 60, fever: true, saddleAnaesthesia: true });
    expect(result.flags.map((f) => f.code)).toEqual(['saddleAnaesthesia', 'fever', 'atypicalAge']);
    expect(result.urgency).toBe('immediate');
    expect(screenRedFlags({ ...base, ageAtOnset: 60, fever: true }).urgency).toBe('within48h');
  });

  describe('radicular signal', () => {
    it('is set by pain radiating below the knee', () => {
      expect(screenRedFlags({ ...base, radiatesBelowKnee: true }).radicular).toBe(true);
    });

    it('is set by numbness or tingling', () => {
      expect(screenRedFlags({ ...base, numbnessOrTingling: true }).radicular).toBe(true);
    });

    it('is not a red flag by itself', () => {
      const result = screenRedFlags({ ...base, radiatesBelowKnee: true, numbnessOrTingling: true });
      expect(result.flags).toEqual([]);
      expect(result.urgency).toBe('none');
    });
  });

  describe('invalid input', () => {
    it('refuses a negative or non-numeric age', () => {
      expect(() => screenRedFlags({ ...base, ageAtOnset: -1 })).toThrow(/^ageAtOnset:/);
      expect(() => screenRedFlags({ ...base, ageAtOnset: Number.NaN })).toThrow(RangeError);
    });

    it('refuses a negative duration', () => {
      expect(() => screenRedFlags({ ...base, durationWeeks: -1 })).toThrow(/^durationWeeks:/);
    });

    it('refuses a finding that is not true or false', () => {
      const findings = { ...base, fever: 'yes' } as unknown as RedFlagFindings;
      expect(() => screenRedFlags(findings)).toThrow('fever: must be true or false');
    });
  });
});

describe('red-flag texts', () => {
  it('tells the doctor what to do at each urgency, in every language', () => {
    for (const urgency of ['none', 'routine', 'within48h', 'immediate'] as const) {
      const action = redFlagAction(urgency);
      expect(action.key).toBe(`redFlagAction.${urgency}`);
      for (const language of LANGUAGES) {
        expect(action.text[language].length).toBeGreaterThan(20);
        expect(URGENCY_LABELS[urgency][language].length).toBeGreaterThan(0);
      }
    }
    expect(RED_FLAG_ACTIONS.immediate.text.en).toMatch(/emergency department/);
    expect(RED_FLAG_ACTIONS.within48h.text.nl).toMatch(/48 uur/);
    expect(RED_FLAG_ACTIONS.none.text.fr).toMatch(/imagerie/);
  });

  it('has a label for every flag and suspected condition', () => {
    const all = { ...base, saddleAnaesthesia: true, bladderOrBowelDysfunction: true, severeOrProgressiveMotorDeficit: true };
    for (const flag of screenRedFlags(all).flags) {
      expect(RED_FLAG_LABELS[flag.code].nl).not.toBe('');
      expect(SUSPECTED_CONDITION_LABELS[flag.suspected].fr).not.toBe('');
    }
    expect(Object.keys(RED_FLAG_LABELS)).toHaveLength(15);
    expect(Object.keys(SUSPECTED_CONDITION_LABELS)).toHaveLength(10);
  });

  it('explains the radicular signal without calling it a red flag', () => {
    expect(RADICULAR_SIGNAL.key).toBe('radicular');
    expect(RADICULAR_SIGNAL.text.en).toMatch(/not a red flag/);
  });
});
