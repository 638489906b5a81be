import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LANGUAGES,
  RADICULAR_SIGNAL,
  RADICULAR_TEXT,
  RED_FLAG_ACTIONS,
  RED_FLAG_LABELS,
  RED_FLAG_RULES,
  RED_FLAG_STATUS_LABELS,
  type RedFlagCode,
  type RedFlagFindings,
  SUSPECTED_CONDITION_LABELS,
  URGENCY_LABELS,
  canBeEvaluated,
  redFlagAction,
  screenRedFlags,
  textIn,
  urgencyRank,
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
    expect(result.flags).toEqual([{ code, suspected, urgency, status: 'open' }]);
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
      expect(result.flags).toEqual(flagged ? [{ code: 'atypicalAge', suspected: 'specificCause', urgency: 'routine', status: 'open' }] : []);
      expect(result.urgency).toBe(flagged ? 'routine' : 'none');
    });
  });

  describe('inflammatory back pain', () => {
    const twoFeatures = { morningStiffnessOver30Min: true, wakesInSecondHalfOfNight: true };
    const ibp = { code: 'inflammatoryBackPain', suspected: 'axialSpondyloarthritis', urgency: 'routine', status: 'open' };

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
        { code: 'unexpectedCourse', suspected: 'unexpectedCourse', urgency: 'routine', status: 'open' },
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

describe('screenRedFlags over the course of an episode (v2)', () => {
  it('uses the age at the first ever episode: 58 now with back pain since 35 gets no age flag', () => {
    expect(screenRedFlags({ ...base, ageAtOnset: 58, ageAtFirstEverOnset: 35 }).flags).toEqual([]);
    expect(screenRedFlags({ ...base, ageAtOnset: 58 }).flags.map((f) => f.code)).toEqual(['atypicalAge']);
  });

  it('flags a first ever episode before 20 even when this episode starts later', () => {
    expect(screenRedFlags({ ...base, ageAtOnset: 30, ageAtFirstEverOnset: 18 }).flags.map((f) => f.code)).toEqual(['atypicalAge']);
  });

  it('uses the first ever age for inflammatory back pain too', () => {
    const twoFeatures = { morningStiffnessOver30Min: true, wakesInSecondHalfOfNight: true };
    expect(screenRedFlags({ ageAtOnset: 50, ageAtFirstEverOnset: 30, durationWeeks: 12, ...twoFeatures }).flags.map((f) => f.code)).toEqual([
      'inflammatoryBackPain',
    ]);
    expect(screenRedFlags({ ageAtOnset: 50, durationWeeks: 12, ...twoFeatures }).flags).toEqual([]);
  });

  it('refuses a first ever episode after this one or out of range', () => {
    expect(() => screenRedFlags({ ...base, ageAtOnset: 40, ageAtFirstEverOnset: 41 })).toThrow(/^ageAtFirstEverOnset:/);
    expect(() => screenRedFlags({ ...base, ageAtFirstEverOnset: -1 })).toThrow(/^ageAtFirstEverOnset:/);
  });

  it('keeps an evaluated history flag visible with status evaluated and drops it from the urgency', () => {
    const result = screenRedFlags({ ...base, historyOfCancer: true, evaluated: ['historyOfCancer'] });
    expect(result.flags).toEqual([{ code: 'historyOfCancer', suspected: 'malignancy', urgency: 'within48h', status: 'evaluated' }]);
    expect(result.urgency).toBe('none');
  });

  it('takes the urgency from the flags that are still open', () => {
    const result = screenRedFlags({ ...base, ageAtOnset: 60, historyOfCancer: true, fever: true, evaluated: ['historyOfCancer'] });
    expect(result.flags.map((f) => [f.code, f.status])).toEqual([
      ['historyOfCancer', 'evaluated'],
      ['fever', 'open'],
      ['atypicalAge', 'open'],
    ]);
    expect(result.urgency).toBe('within48h');
    expect(screenRedFlags({ ...base, ageAtOnset: 60, evaluated: ['atypicalAge'] }).urgency).toBe('none');
  });

  it('never marks an immediate flag evaluated', () => {
    const result = screenRedFlags({ ...base, saddleAnaesthesia: true, evaluated: ['saddleAnaesthesia'] });
    expect(result.flags[0]?.status).toBe('open');
    expect(result.urgency).toBe('immediate');
  });

  it('ignores an evaluated code whose finding is absent', () => {
    expect(screenRedFlags({ ...base, evaluated: ['historyOfCancer'] })).toEqual({ flags: [], urgency: 'none', radicular: false });
  });

  it('refuses an unknown evaluated code or a non-list', () => {
    expect(() => screenRedFlags({ ...base, evaluated: ['gout' as RedFlagCode] })).toThrow(/^evaluated:/);
    expect(() => screenRedFlags({ ...base, evaluated: 'fever' as unknown as RedFlagCode[] })).toThrow(/^evaluated: must be a list/);
  });

  it('says which flags can be evaluated: all but the immediate ones', () => {
    expect(RED_FLAG_RULES.filter((r) => canBeEvaluated(r.code)).map((r) => r.urgency)).not.toContain('immediate');
    expect(canBeEvaluated('historyOfCancer')).toBe(true);
    expect(canBeEvaluated('bladderOrBowelDysfunction')).toBe(false);
  });

  const findingsArb = fc.record(
    Object.fromEntries(
      [
        'significantTrauma',
        'osteoporosisOrLongTermCorticosteroids',
        'historyOfCancer',
        'unexplainedWeightLoss',
        'constantNonMechanicalPain',
        'fever',
        'immunosuppressionOrIvDrugUse',
        'saddleAnaesthesia',
        'bladderOrBowelDysfunction',
        'severeOrProgressiveMotorDeficit',
        'widespreadNeurologicalSymptoms',
        'vascularSigns',
        'morningStiffnessOver30Min',
        'improvesWithExerciseNotRest',
        'painNotImproving',
      ].map((field) => [field, fc.boolean()]),
    ),
  ) as unknown as fc.Arbitrary<Partial<RedFlagFindings>>;
  const codesArb = fc.subarray(RED_FLAG_RULES.map((r) => r.code));

  it('never lowers an immediate urgency, whatever is marked evaluated (property)', () => {
    fc.assert(
      fc.property(findingsArb, codesArb, fc.integer({ min: 16, max: 70 }), fc.integer({ min: 0, max: 30 }), (f, evaluated, age, weeks) => {
        const findings = { ...f, ageAtOnset: age, durationWeeks: weeks };
        const before = screenRedFlags(findings);
        const after = screenRedFlags({ ...findings, evaluated });
        if (before.urgency === 'immediate') return after.urgency === 'immediate';
        return urgencyRank(after.urgency) <= urgencyRank(before.urgency);
      }),
    );
  });

  it('keeps every flag and finding; only the status of non-immediate flags changes (property)', () => {
    fc.assert(
      fc.property(findingsArb, codesArb, (f, evaluated) => {
        const findings = { ...f, ageAtOnset: 40, durationWeeks: 8 };
        const before = screenRedFlags(findings).flags;
        const after = screenRedFlags({ ...findings, evaluated }).flags;
        return (
          before.length === after.length &&
          after.every(
            (flag, i) =>
              flag.code === before[i]!.code &&
              flag.status === (flag.urgency !== 'immediate' && evaluated.includes(flag.code) ? 'evaluated' : 'open'),
          )
        );
      }),
    );
  });

  it('has a status label in every language', () => {
    for (const language of LANGUAGES) expect(RED_FLAG_STATUS_LABELS.evaluated[language]).not.toBe('');
  });

  it('tells when to refer a radicular syndrome (uncontrollable pain, 6-8 weeks without improvement) in every language', () => {
    expect(RADICULAR_TEXT.en).toMatch(/cannot be controlled/);
    expect(RADICULAR_TEXT.en).toMatch(/6 to 8 weeks/);
    expect(RADICULAR_TEXT.nl).toMatch(/6 tot 8 weken/);
    expect(RADICULAR_TEXT.fr).toMatch(/6 à 8 semaines/);
  });

  it('uses Flemish wording in Belgium and Dutch wording in the Netherlands', () => {
    expect(textIn(RED_FLAG_ACTIONS.immediate.text, 'nl', 'BE')).toMatch(/spoedgevallendienst/);
    expect(textIn(RED_FLAG_ACTIONS.immediate.text, 'nl', 'NL')).toMatch(/spoedeisende hulp/);
    expect(textIn(RED_FLAG_LABELS.saddleAnaesthesia, 'nl', 'BE')).toMatch(/^Zadelanesthesie/);
    expect(textIn(RED_FLAG_LABELS.saddleAnaesthesia, 'nl', 'NL')).toMatch(/^Rijbroekanesthesie/);
    expect(textIn(RED_FLAG_LABELS.vascularSigns, 'nl', 'BE')).toMatch(/plotse/);
    expect(textIn(RED_FLAG_LABELS.vascularSigns, 'nl', 'NL')).toMatch(/plotselinge/);
    expect(textIn(RED_FLAG_LABELS.fever, 'fr', 'BE')).toBe('Fièvre');
    expect(textIn(RED_FLAG_LABELS.fever, 'nl')).toBe('Koorts');
  });
});
