import { describe, expect, it } from 'vitest';
import {
  LANGUAGES,
  RED_FLAG_ACTIONS,
  RED_FLAG_RULES,
  type RedFlagCode,
  type RedFlagFindings,
  redFlagCodeAction,
  screenRedFlags,
  textIn,
} from '../../../src/shared/rules';

const base: RedFlagFindings = { ageAtOnset: 40, durationWeeks: 2 };

/** Findings that raise exactly one flag, per code, with a word its action must name (Dutch, French, English). */
const CASES: Record<RedFlagCode, { findings: RedFlagFindings; nl: RegExp; fr: RegExp; en: RegExp }> = {
  saddleAnaesthesia: { findings: { ...base, saddleAnaesthesia: true }, nl: /cauda-equina/, fr: /queue de cheval/, en: /cauda equina/ },
  bladderOrBowelDysfunction: { findings: { ...base, bladderOrBowelDysfunction: true }, nl: /cauda-equina/, fr: /queue de cheval/, en: /cauda equina/ },
  motorDeficit: { findings: { ...base, severeOrProgressiveMotorDeficit: true }, nl: /neuroloog/, fr: /neurologue/, en: /neurologist/ },
  widespreadNeurological: { findings: { ...base, widespreadNeurologicalSymptoms: true }, nl: /neuroloog/, fr: /neurologue/, en: /neurologist/ },
  vascularSigns: { findings: { ...base, vascularSigns: true }, nl: /aneurysma/, fr: /anévrisme/, en: /aneurysm/ },
  significantTrauma: { findings: { ...base, significantTrauma: true }, nl: /wervelfractuur na een fors trauma/, fr: /fracture/, en: /fracture after significant trauma/ },
  osteoporosisOrCorticosteroids: { findings: { ...base, osteoporosisOrLongTermCorticosteroids: true }, nl: /osteoporotische/, fr: /ostéoporotique/, en: /osteoporotic/ },
  historyOfCancer: { findings: { ...base, historyOfCancer: true }, nl: /maligniteit/, fr: /tumeur maligne/, en: /malignancy/ },
  weightLoss: { findings: { ...base, unexplainedWeightLoss: true }, nl: /maligniteit/, fr: /tumeur maligne/, en: /malignancy/ },
  nonMechanicalPain: { findings: { ...base, constantNonMechanicalPain: true }, nl: /maligniteit of een infectie/, fr: /infection/, en: /malignancy or an infection/ },
  fever: { findings: { ...base, fever: true }, nl: /spondylodiscitis/, fr: /spondylodiscite/, en: /spondylodiscitis/ },
  immunosuppression: { findings: { ...base, immunosuppressionOrIvDrugUse: true }, nl: /infectie/, fr: /infection/, en: /infection/ },
  atypicalAge: { findings: { ...base, ageAtOnset: 58 }, nl: /na 55 jaar/, fr: /après 55 ans/, en: /after 55/ },
  inflammatoryBackPain: {
    findings: { ...base, durationWeeks: 12, morningStiffnessOver30Min: true, alternatingButtockPain: true },
    nl: /reumatoloog/,
    fr: /rhumatologue/,
    en: /rheumatologist/,
  },
  unexpectedCourse: { findings: { ...base, durationWeeks: 6, painNotImproving: true }, nl: /6 weken/, fr: /6 semaines/, en: /6 weeks/ },
};

describe('one action per red-flag code', () => {
  it('has a case for every code of the rules', () => {
    expect(Object.keys(CASES).sort()).toEqual(RED_FLAG_RULES.map((rule) => rule.code).sort());
  });

  it.each(Object.entries(CASES) as Array<[RedFlagCode, (typeof CASES)[RedFlagCode]]>)('%s: raises only that flag and its own action', (code, c) => {
    expect(screenRedFlags(c.findings).flags.map((flag) => flag.code)).toEqual([code]);
    const action = redFlagCodeAction(code);
    expect(action.nl).toMatch(c.nl);
    expect(action.fr).toMatch(c.fr);
    expect(action.en).toMatch(c.en);
    for (const language of LANGUAGES) expect(action[language].length).toBeGreaterThan(30);
  });

  it('never sends the age or the course flag to the rheumatologist (axSpA is its own flag)', () => {
    for (const code of ['atypicalAge', 'unexpectedCourse', 'immunosuppression'] as const) {
      const action = redFlagCodeAction(code);
      expect(action.nl).not.toMatch(/reumatoloog|spondyloartritis/);
      expect(action.fr).not.toMatch(/rhumatologue|spondyloarthrite/);
      expect(action.en).not.toMatch(/rheumatologist|spondyloarthritis/);
    }
    expect(RED_FLAG_ACTIONS.routine.text.nl).not.toMatch(/reumatoloog/);
  });

  it('uses the Flemish wording for an emergency in Belgium', () => {
    expect(textIn(redFlagCodeAction('saddleAnaesthesia'), 'nl', 'BE')).toMatch(/spoedgevallendienst/);
    expect(textIn(redFlagCodeAction('saddleAnaesthesia'), 'nl', 'NL')).toMatch(/spoedeisende hulp/);
  });
});
