import { describe, expect, it } from 'vitest';
import {
  BELGIAN_RULES_LABELS,
  type BelgianDeadlines,
  type ConsultationEvaluationInput,
  type NetherlandsDeadlines,
  evaluateConsultation,
} from '../../../src/shared/rules';
import { dutchEvaluationInput } from '../../support/evaluationInput';

const nl = dutchEvaluationInput;

const be: ConsultationEvaluationInput = { ...nl, jurisdiction: 'BE' };

describe('evaluateConsultation', () => {
  it('derives the phase from onset and consultation date (49 days: week 7, subacute)', () => {
    expect(evaluateConsultation(nl).phase).toEqual({ days: 49, weeks: 7, phase: 'subacute' });
  });

  it('derives the age at onset from the birth date', () => {
    expect(evaluateConsultation(nl).ageAtOnset).toBe(44);
  });

  it('screens red flags with the derived age and duration', () => {
    const result = evaluateConsultation({ ...nl, birthDate: '1960-01-01' });
    expect(result.ageAtOnset).toBe(65);
    expect(result.redFlags.flags.map((f) => f.code)).toEqual(['atypicalAge']);
    const course = evaluateConsultation({ ...nl, redFlagFindings: { painNotImproving: true } });
    expect(course.redFlags.flags.map((f) => f.code)).toEqual(['unexpectedCourse']);
  });

  it('gives the advice for subacute pain without red flags (no bed-rest or getting-out-of-bed tips after the acute phase)', () => {
    expect(evaluateConsultation(nl).advice).toEqual([
      'stayActive',
      'keepWorking',
      'noImagingWithoutRedFlags',
      'painReliefToKeepMoving',
      'heat',
      'exerciseTherapy',
      'manualTherapyShortRelief',
      'notRecommendedTreatments',
      'tipSittingStanding',
    ]);
  });

  it('leaves the chronicity risk unknown without questionnaires', () => {
    const result = evaluateConsultation(nl);
    expect(result.chronicity).toEqual({ level: 'unknown', basis: [] });
    expect(result.startBack).toBeNull();
    expect(result.orebro).toBeNull();
  });

  it('scores the questionnaires and combines them', () => {
    const result = evaluateConsultation({
      ...nl,
      startBack: {
        legPain: true,
        shoulderOrNeckPain: false,
        walkedOnlyShortDistances: true,
        dressedMoreSlowly: false,
        notSafeToBeActive: true,
        worryingThoughts: true,
        painTerribleNeverBetter: true,
        notEnjoyingThings: true,
        bothersomeness: 'moderately',
      },
      orebro: {
        durationCategory: 5,
        painLastWeek: 6,
        canDoLightWorkForAnHour: 4,
        canSleepAtNight: 5,
        tenseOrAnxious: 5,
        botheredByDepression: 3,
        riskPainBecomesPersistent: 5,
        chanceWorkingInThreeMonths: 6,
        stopWhenPainIncreases: 5,
        shouldNotWorkWithCurrentPain: 5,
      },
      orebroCutOff: 45,
    });
    expect(result.startBack).toEqual({ total: 6, psychosocial: 4, risk: 'high' });
    expect(result.orebro).toEqual({ total: 49, risk: 'high' });
    expect(result.chronicity).toEqual({ level: 'high', basis: ['startBack', 'orebro'] });
    expect(result.advice).toContain('psychologicallyInformedCare');
    expect(result.plan.steps).toHaveLength(5);
  });

  it('computes the Poortwachter deadlines and the next action-plan evaluation in the Netherlands', () => {
    const result = evaluateConsultation(nl);
    expect(result.onSickLeave).toBe(true);
    expect(result.deadlines).toMatchObject({ jurisdiction: 'NL', nextActionPlanEvaluation: '2025-05-02' });
    if (result.deadlines?.jurisdiction !== 'NL') throw new Error('expected NL deadlines');
    expect(result.deadlines.milestones.slice(0, 2)).toEqual([
      { code: 'probleemanalyse', week: 6, due: '2025-03-09' },
      { code: 'planVanAanpak', week: 8, due: '2025-03-23' },
    ]);
  });

  it('counts the evaluations from the actual plan date when given', () => {
    const result = evaluateConsultation({ ...nl, planVanAanpakDate: '2025-03-05' });
    expect(result.deadlines).toMatchObject({ nextActionPlanEvaluation: '2025-04-16' });
  });

  it('computes the Belgian milestones and Fedris eligibility in Belgium', () => {
    const result = evaluateConsultation(be);
    if (result.deadlines?.jurisdiction !== 'BE') throw new Error('expected BE deadlines');
    expect(result.deadlines.milestones).toEqual([
      { code: 'contactAfter4Weeks', date: '2025-02-24' },
      { code: 'fedrisWindowOpens', date: '2025-02-24' },
      { code: 'employerMayStartReintegration', date: '2025-04-27' },
      { code: 'fedrisWindowCloses', date: '2025-07-27' },
      { code: 'medicalForceMajeurePossible', date: '2025-10-27' },
    ]);
    expect(result.deadlines.fedris).toMatchObject({
      eligible: true,
      reasons: [],
      windowOpens: '2025-02-24',
      windowCloses: '2025-07-27',
    });
    expect(result.deadlines.returnToWorkExam).toBeNull();
  });

  it('maps the job exposures for Fedris: sedentary work does not qualify', () => {
    const result = evaluateConsultation({ ...be, job: { ...be.job, exposures: ['prolongedSitting', 'screenWork'] } });
    expect(result.deadlines).toMatchObject({ fedris: { eligible: false, reasons: ['noQualifyingExposure'] } });
  });

  it('applies the Fedris relapse rule from the previous incapacity days', () => {
    const result = evaluateConsultation({ ...be, lbpIncapacityDaysPrevious12Months: 21 });
    expect(result.deadlines).toMatchObject({ fedris: { windowOpens: '2025-02-03', relapseRuleApplied: true } });
  });

  it('gives the window of the return-to-work examination after 4 weeks or more of absence', () => {
    // absence 2025-01-27 .. 2025-03-10 = 42 days; Monday + 10 working days = Monday 2025-03-24
    const result = evaluateConsultation({ ...be, returnDate: '2025-03-10' });
    expect(result.onSickLeave).toBe(false);
    expect(result.deadlines).toMatchObject({ returnToWorkExam: { earliest: '2025-03-10', latest: '2025-03-24' } });
  });

  it('gives no return-to-work examination after a short absence or without health surveillance', () => {
    const short = evaluateConsultation({ ...be, sickLeaveStart: '2025-03-03', returnDate: '2025-03-10' });
    expect(short.deadlines).toMatchObject({ returnToWorkExam: null });
    const notSurveilled = evaluateConsultation({
      ...be,
      returnDate: '2025-03-10',
      job: { ...be.job, underHealthSurveillance: false },
    });
    expect(notSurveilled.deadlines).toMatchObject({ returnToWorkExam: null });
  });

  it('gives no legal deadlines when the worker is not on sick leave', () => {
    expect(evaluateConsultation({ ...nl, sickLeaveStart: null })).toMatchObject({ deadlines: null, onSickLeave: false });
    expect(evaluateConsultation({ ...be, sickLeaveStart: undefined }).deadlines).toBeNull();
  });

  it('suggests a plan from the consultation date, graded for subacute pain', () => {
    const { plan } = evaluateConsultation(nl);
    expect(plan.status).toBe('planned');
    // Full duties are due on 21-04-2025, Easter Monday: they start on Tuesday 22-04.
    expect(plan.steps.map((s) => s.startDate)).toEqual(['2025-03-10', '2025-03-24', '2025-04-07', '2025-04-22']);
    expect(plan.steps.at(-1)).toMatchObject({ hoursPerWeek: 38, duties: 'full', restrictions: [] });
  });

  it('puts the plan on hold and only advises the referral with cauda equina signs', () => {
    const result = evaluateConsultation({ ...nl, redFlagFindings: { saddleAnaesthesia: true, radiatesBelowKnee: true } });
    expect(result.redFlags).toMatchObject({ urgency: 'immediate', radicular: true });
    expect(result.advice).toEqual(['followReferral']);
    expect(result.plan).toMatchObject({ status: 'onHold', steps: [], reviewDate: '2025-03-11' });
  });

  describe('invalid input', () => {
    it('refuses an onset after the consultation', () => {
      expect(() => evaluateConsultation({ ...nl, onsetDate: '2025-03-11' })).toThrow('onsetDate: after consultationDate');
    });

    it('refuses a birth date after the onset', () => {
      expect(() => evaluateConsultation({ ...nl, birthDate: '2025-02-01' })).toThrow('birthDate: after onsetDate');
    });

    it('refuses sick leave starting after the consultation and a return before the sick leave', () => {
      expect(() => evaluateConsultation({ ...nl, sickLeaveStart: '2025-03-11' })).toThrow(/^sickLeaveStart:/);
      expect(() => evaluateConsultation({ ...nl, returnDate: '2025-01-26' })).toThrow(/^returnDate:/);
    });

    it('refuses malformed dates and an unknown jurisdiction', () => {
      expect(() => evaluateConsultation({ ...nl, consultationDate: '2025-3-10' })).toThrow(/^consultationDate:/);
      expect(() => evaluateConsultation({ ...nl, onsetDate: '2025-02-29' })).toThrow(/^onsetDate:/);
      expect(() => evaluateConsultation({ ...nl, jurisdiction: 'DE' as 'NL' })).toThrow(/^jurisdiction:/);
    });

    it('passes questionnaire errors through with the item name', () => {
      const orebro = {
        durationCategory: 11,
        painLastWeek: 0,
        canDoLightWorkForAnHour: 0,
        canSleepAtNight: 0,
        tenseOrAnxious: 0,
        botheredByDepression: 0,
        riskPainBecomesPersistent: 0,
        chanceWorkingInThreeMonths: 0,
        stopWhenPainIncreases: 0,
        shouldNotWorkWithCurrentPain: 0,
      };
      expect(() => evaluateConsultation({ ...nl, orebro })).toThrow(/^durationCategory:/);
    });
  });
});

describe('evaluateConsultation, v2 inputs', () => {
  it('passes the age at the first ever episode and the evaluated flags to the red-flag screen', () => {
    const old = { ...nl, birthDate: '1967-01-01' }; // 58 at onset
    expect(evaluateConsultation(old).redFlags.flags.map((f) => f.code)).toEqual(['atypicalAge']);
    expect(evaluateConsultation({ ...old, ageAtFirstEverOnset: 35 }).redFlags.flags).toEqual([]);
  });

  it('lets an evaluated history of cancer no longer hold the plan or shrink the advice', () => {
    const cancer = { ...nl, redFlagFindings: { historyOfCancer: true } };
    const open = evaluateConsultation(cancer);
    expect(open.plan.status).toBe('onHold');
    expect(open.advice).toEqual(['followReferral']);
    const evaluated = evaluateConsultation({ ...cancer, evaluatedRedFlags: ['historyOfCancer'] });
    expect(evaluated.redFlags.flags).toEqual([{ code: 'historyOfCancer', suspected: 'malignancy', urgency: 'within48h', status: 'evaluated' }]);
    expect(evaluated.redFlags.urgency).toBe('none');
    expect(evaluated.plan.status).toBe('planned');
    expect(evaluated.advice).toContain('stayActive');
  });

  it('keeps the hours of a worker at work and grades those of a worker on sick leave', () => {
    const atWork = evaluateConsultation({ ...nl, sickLeaveStart: null });
    expect(atWork.onSickLeave).toBe(false);
    expect(atWork.plan.steps.every((s) => s.hoursPerWeek === 38)).toBe(true);
    expect(evaluateConsultation(nl).plan.steps[0]!.hoursPerWeek).toBeLessThan(38);
    expect(evaluateConsultation({ ...nl, atWork: true }).plan.steps[0]!.hoursPerWeek).toBe(38);
  });

  it('merges earlier sick periods and uses the actual analysis date (NL)', () => {
    const result = evaluateConsultation({
      ...nl,
      earlierSickPeriods: [{ firstSickDay: '2025-01-02', recoveredOn: '2025-01-12' }],
      probleemanalyseDate: '2025-03-03',
    });
    const deadlines = result.deadlines as NetherlandsDeadlines;
    const due = (code: string) => deadlines.milestones.find((m) => m.code === code)?.due;
    // 10 earlier sick days (15 days of recovery before 2025-01-27): sick day 41 = 2025-01-27 + 31.
    expect(due('probleemanalyse')).toBe('2025-02-27');
    expect(due('planVanAanpak')).toBe('2025-03-17');
    expect(deadlines.nextActionPlanEvaluation).toBe('2025-04-28');
    expect(deadlines.ziekmelding42FirstWorkingDay >= due('ziekmelding42')!).toBe(true);
  });

  it('moves the Fedris window under the relapse rule and judges an ended incapacity on its last day (BE)', () => {
    const result = evaluateConsultation({
      ...be,
      consultationDate: '2025-09-01',
      lbpIncapacityDaysPrevious12Months: 25,
      returnDate: '2025-07-01',
    });
    const deadlines = result.deadlines as BelgianDeadlines;
    expect(deadlines.milestones.find((m) => m.code === 'fedrisWindowOpens')?.date).toBe('2025-02-03');
    expect(deadlines.fedris.asOf).toBe('2025-06-30');
    expect(deadlines.fedris.reasons).toEqual([]);
  });
});

describe('evaluateConsultation, Belgian rules by date', () => {
  it('names the rules that govern the incapacity: 2022 before 2026, the reform after', () => {
    const before = evaluateConsultation({ ...be, consultationDate: '2025-03-10' }).deadlines as BelgianDeadlines;
    expect(before.rulesVersion).toBe('2022-10');
    const after = evaluateConsultation({ ...be, onsetDate: '2026-01-05', sickLeaveStart: '2026-01-06', consultationDate: '2026-02-10' })
      .deadlines as BelgianDeadlines;
    expect(after.rulesVersion).toBe('2026-01');
    expect(after.milestones.map((m) => m.code)).toContain('workCapacityEstimate');
    for (const version of ['2022-10', '2026-01'] as const) expect(BELGIAN_RULES_LABELS[version].nl).toMatch(/^Regels van/);
  });
});
