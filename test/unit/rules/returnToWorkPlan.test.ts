import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  JOB_EXPOSURES,
  type JobExposure,
  daysBetween,
  isWorkingDay,
  LANGUAGES,
  RESTRICTIONS,
  type ReturnToWorkPlan,
  type ReturnToWorkPlanInput,
  restrictionDefinition,
  restrictionText,
  suggestReturnToWorkPlan,
  validateReturnToWorkPlan,
} from '../../../src/shared/rules';

const warehouse: ReturnToWorkPlanInput = {
  startDate: '2025-03-03',
  country: 'NL',
  phase: 'acute',
  chronicityLevel: 'low',
  urgency: 'none',
  job: { exposures: ['manualHandling', 'bendingTwisting'], maxLiftKg: 20, contractHoursPerWeek: 38 },
};

describe('suggestReturnToWorkPlan', () => {
  it('builds a 3-week plan for low risk, acute pain, each step reviewed on its last working day (worked out by hand)', () => {
    expect(suggestReturnToWorkPlan(warehouse)).toEqual({
      status: 'planned',
      contractHoursPerWeek: 38,
      reviewDate: null,
      steps: [
        {
          startDate: '2025-03-03',
          reviewDate: '2025-03-07',
          hoursPerWeek: 19,
          duties: 'adapted',
          restrictions: [
            { code: 'maxLiftKg', value: 5 },
            { code: 'noRepeatedBendingTwisting' },
            { code: 'postureChangesEveryMinutes', value: 30 },
          ],
        },
        {
          startDate: '2025-03-10',
          reviewDate: '2025-03-14',
          hoursPerWeek: 28.5,
          duties: 'adapted',
          restrictions: [
            { code: 'maxLiftKg', value: 10 },
            { code: 'noRepeatedBendingTwisting' },
            { code: 'postureChangesEveryMinutes', value: 30 },
          ],
        },
        {
          startDate: '2025-03-17',
          reviewDate: '2025-03-21',
          hoursPerWeek: 38,
          duties: 'adapted',
          restrictions: [
            { code: 'maxLiftKg', value: 15 },
            { code: 'noRepeatedBendingTwisting' },
            { code: 'postureChangesEveryMinutes', value: 60 },
          ],
        },
        { startDate: '2025-03-24', reviewDate: '2025-03-31', hoursPerWeek: 38, duties: 'full', restrictions: [] },
      ],
    });
  });

  it('grades over 2-week steps for medium risk: full duties from 2025-04-14', () => {
    const plan = suggestReturnToWorkPlan({ ...warehouse, chronicityLevel: 'medium' });
    expect(plan.steps.map((s) => [s.startDate, s.hoursPerWeek, s.duties])).toEqual([
      ['2025-03-03', 19, 'adapted'],
      ['2025-03-17', 28.5, 'adapted'],
      ['2025-03-31', 38, 'adapted'],
      ['2025-04-14', 38, 'full'],
    ]);
  });

  it('grades longest for high risk: four adapted steps from a quarter of the hours', () => {
    const plan = suggestReturnToWorkPlan({ ...warehouse, chronicityLevel: 'high' });
    expect(plan.steps.map((s) => [s.startDate, s.hoursPerWeek])).toEqual([
      ['2025-03-03', 9.5],
      ['2025-03-17', 19],
      ['2025-03-31', 28.5],
      ['2025-04-14', 38],
      ['2025-04-28', 38],
    ]);
    expect(plan.steps.map((s) => s.restrictions.find((r) => r.code === 'maxLiftKg')?.value)).toEqual([4, 8, 12, 16, undefined]);
  });

  it('grades as long for chronic pain as for high risk, even with a low questionnaire score', () => {
    const chronic = suggestReturnToWorkPlan({ ...warehouse, phase: 'chronic' });
    expect(chronic.steps).toHaveLength(5);
    const subacute = suggestReturnToWorkPlan({ ...warehouse, phase: 'subacute', chronicityLevel: 'unknown' });
    expect(subacute.steps.at(-1)?.startDate).toBe('2025-04-14');
  });

  it('puts the plan on hold while an immediate red flag is open, to be reviewed the next day', () => {
    expect(suggestReturnToWorkPlan({ ...warehouse, urgency: 'immediate' })).toEqual({
      status: 'onHold',
      contractHoursPerWeek: 38,
      steps: [],
      reviewDate: '2025-03-04',
    });
  });

  it('puts the plan on hold for a within-48h red flag, to be reviewed after 2 days', () => {
    expect(suggestReturnToWorkPlan({ ...warehouse, urgency: 'within48h' })).toMatchObject({
      status: 'onHold',
      reviewDate: '2025-03-05',
    });
  });

  it('plans a return alongside a routine referral', () => {
    expect(suggestReturnToWorkPlan({ ...warehouse, urgency: 'routine' }).status).toBe('planned');
  });

  it('derives early and lasting restrictions from the job', () => {
    const plan = suggestReturnToWorkPlan({
      ...warehouse,
      job: {
        exposures: ['wholeBodyVibration', 'kneelingSquatting', 'prolongedStanding', 'pushingPulling'],
        contractHoursPerWeek: 40,
      },
    });
    expect(plan.steps.map((s) => s.restrictions.map((r) => r.code))).toEqual([
      ['noHeavyPushingPulling', 'noKneelingSquatting', 'noProlongedStanding', 'noWholeBodyVibration', 'postureChangesEveryMinutes'],
      ['noHeavyPushingPulling', 'noKneelingSquatting', 'noProlongedStanding', 'noWholeBodyVibration', 'postureChangesEveryMinutes'],
      ['noWholeBodyVibration', 'postureChangesEveryMinutes'],
      [],
    ]);
  });

  it('assumes 23 kg for a lifting job without a known maximum', () => {
    const plan = suggestReturnToWorkPlan({ ...warehouse, job: { exposures: ['manualHandling'], contractHoursPerWeek: 38 } });
    // 23 x 1/4 = 5.75 -> 6; 23 x 2/4 = 11.5 -> 12; 23 x 3/4 = 17.25 -> 17
    expect(plan.steps.map((s) => s.restrictions.find((r) => r.code === 'maxLiftKg')?.value)).toEqual([6, 12, 17, undefined]);
  });

  it('refuses contract hours of 0 or above 80', () => {
    expect(() => suggestReturnToWorkPlan({ ...warehouse, job: { ...warehouse.job, contractHoursPerWeek: 0 } })).toThrow(
      /^contractHoursPerWeek:/,
    );
    expect(() => suggestReturnToWorkPlan({ ...warehouse, job: { ...warehouse.job, contractHoursPerWeek: 81 } })).toThrow(
      /^contractHoursPerWeek:/,
    );
  });

  it('refuses unknown exposures, a negative lifting maximum and malformed dates', () => {
    expect(() =>
      suggestReturnToWorkPlan({ ...warehouse, job: { ...warehouse.job, exposures: ['flying' as JobExposure] } }),
    ).toThrow(/^exposures:/);
    expect(() => suggestReturnToWorkPlan({ ...warehouse, job: { ...warehouse.job, maxLiftKg: -5 } })).toThrow(/^maxLiftKg:/);
    expect(() => suggestReturnToWorkPlan({ ...warehouse, startDate: '2025-02-30' })).toThrow(/^startDate:/);
    expect(() => suggestReturnToWorkPlan({ ...warehouse, urgency: 'soon' as 'none' })).toThrow(/^urgency:/);
  });

  it('always satisfies the plan invariants', () => {
    const inputArb: fc.Arbitrary<ReturnToWorkPlanInput> = fc.record({
      startDate: fc
        .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2060, 0, 1)), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      country: fc.constantFrom('NL' as const, 'BE' as const),
      phase: fc.constantFrom('acute' as const, 'subacute' as const, 'chronic' as const),
      chronicityLevel: fc.constantFrom('unknown' as const, 'low' as const, 'medium' as const, 'high' as const),
      urgency: fc.constantFrom('none' as const, 'routine' as const, 'within48h' as const, 'immediate' as const),
      job: fc.record(
        {
          exposures: fc.subarray(JOB_EXPOSURES.map((e) => e.code)),
          maxLiftKg: fc.integer({ min: 0, max: 50 }),
          contractHoursPerWeek: fc.double({ min: 0.5, max: 80, noNaN: true }),
        },
        { requiredKeys: ['exposures', 'contractHoursPerWeek'] },
      ),
    });
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = suggestReturnToWorkPlan(input);
        const violations = validateReturnToWorkPlan(plan, { urgency: input.urgency });
        const hours = plan.steps.map((s) => s.hoursPerWeek);
        return violations.length === 0 && hours.every((h, i) => i === 0 || h >= hours[i - 1]!);
      }),
    );
  });
});

describe('step starts on working days', () => {
  const startArb = fc
    .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2060, 0, 1)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const gradeArb = fc.record({
    country: fc.constantFrom('NL' as const, 'BE' as const),
    phase: fc.constantFrom('acute' as const, 'subacute' as const, 'chronic' as const),
    chronicityLevel: fc.constantFrom('unknown' as const, 'low' as const, 'medium' as const, 'high' as const),
  });

  it('moves a step due on a public holiday or a weekend to the next working day (worked out by hand)', () => {
    // From Thursday 17-04-2025, weekly: step 2 is due on Thursday 24-04, step 3 on 01-05 (a Belgian
    // holiday, a working day in the Netherlands), full duties on 08-05.
    const be = suggestReturnToWorkPlan({ ...warehouse, country: 'BE', startDate: '2025-04-17' });
    expect(be.steps.map((s) => s.startDate)).toEqual(['2025-04-17', '2025-04-24', '2025-05-02', '2025-05-08']);
    const nl = suggestReturnToWorkPlan({ ...warehouse, country: 'NL', startDate: '2025-04-17' });
    expect(nl.steps.map((s) => s.startDate)).toEqual(['2025-04-17', '2025-04-24', '2025-05-01', '2025-05-08']);
    // A consultation on Saturday 19-04-2025 (Easter weekend): the plan starts on Tuesday 22-04, after
    // Easter Monday, and each step is due a week after that.
    const saturday = suggestReturnToWorkPlan({ ...warehouse, startDate: '2025-04-19' });
    expect(saturday.steps.map((s) => s.startDate)).toEqual(['2025-04-22', '2025-04-29', '2025-05-06', '2025-05-13']);
    // Christmas in the Netherlands: due on Thursday 25-12-2025, the step starts on Monday 29-12.
    const december = suggestReturnToWorkPlan({ ...warehouse, startDate: '2025-12-04' });
    expect(december.steps.map((s) => s.startDate)).toEqual(['2025-12-04', '2025-12-11', '2025-12-18', '2025-12-29']);
    expect(december.steps[2]?.reviewDate).toBe('2025-12-24');
  });

  it('never starts a step on a weekend or a public holiday of the country', () => {
    fc.assert(
      fc.property(startArb, gradeArb, (startDate, grade) => {
        const plan = suggestReturnToWorkPlan({ ...warehouse, ...grade, startDate });
        return plan.steps.every((s) => isWorkingDay(s.startDate, grade.country));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the steps in order, each reviewed within it, and the plan its length give or take the move of its first and last start', () => {
    fc.assert(
      fc.property(startArb, gradeArb, (startDate, grade) => {
        const plan = suggestReturnToWorkPlan({ ...warehouse, ...grade, startDate });
        const starts = plan.steps.map((s) => s.startDate);
        const ordered = starts.every((d, i) => i === 0 || d > starts[i - 1]!);
        const reviewedWithin = plan.steps.every((s, i) => s.reviewDate >= s.startDate && (i === plan.steps.length - 1 || s.reviewDate <= starts[i + 1]!));
        // The step length of the grade: 7 days for acute, low risk, else 14.
        const stepDays = grade.phase === 'acute' && (grade.chronicityLevel === 'low' || grade.chronicityLevel === 'unknown') ? 7 : 14;
        const nominal = (plan.steps.length - 1) * stepDays;
        const length = daysBetween(starts[0]!, starts.at(-1)!);
        // The first start moves at most 4 days (e.g. Christmas on a Thursday), never later steps' dues.
        const firstMove = daysBetween(startDate, starts[0]!);
        return ordered && reviewedWithin && firstMove >= 0 && firstMove <= 4 && length >= nominal && length <= nominal + 4;
      }),
      { numRuns: 500 },
    );
  });
});

describe('validateReturnToWorkPlan', () => {
  const plan = (): ReturnToWorkPlan => structuredClone(suggestReturnToWorkPlan(warehouse));

  it('accepts the suggested plan', () => {
    expect(validateReturnToWorkPlan(plan())).toEqual([]);
  });

  it('reports steps out of date order', () => {
    const p = plan();
    p.steps[1]!.startDate = '2025-03-03';
    expect(validateReturnToWorkPlan(p)).toContainEqual({ code: 'stepsNotOrdered', step: 1 });
  });

  it('reports hours that go down', () => {
    const p = plan();
    p.steps[1]!.hoursPerWeek = 16;
    expect(validateReturnToWorkPlan(p)).toEqual([{ code: 'hoursDecrease', step: 1 }]);
  });

  it('reports hours above the contract, zero or missing', () => {
    const p = plan();
    p.steps[0]!.hoursPerWeek = 40;
    expect(validateReturnToWorkPlan(p)).toContainEqual({ code: 'hoursAboveContract', step: 0 });
    const q = plan();
    q.steps[0]!.hoursPerWeek = 0;
    expect(validateReturnToWorkPlan(q)).toEqual([{ code: 'invalidHours', step: 0 }]);
  });

  it('reports a last step that is not full duties at contract hours without restrictions', () => {
    const fewerHours = plan();
    fewerHours.steps[3]!.hoursPerWeek = 30;
    expect(validateReturnToWorkPlan(fewerHours)).toContainEqual({ code: 'lastStepNotFullDuties', step: 3 });
    const restricted = plan();
    restricted.steps[3]!.restrictions = [{ code: 'noWholeBodyVibration' }];
    expect(validateReturnToWorkPlan(restricted)).toEqual([{ code: 'lastStepNotFullDuties', step: 3 }]);
    const adapted = plan();
    adapted.steps[3]!.duties = 'adapted';
    expect(validateReturnToWorkPlan(adapted)).toEqual([{ code: 'lastStepNotFullDuties', step: 3 }]);
  });

  it('reports full duties before the last step and a step that adapts nothing', () => {
    const early = plan();
    early.steps[1]!.duties = 'full';
    expect(validateReturnToWorkPlan(early)).toEqual([{ code: 'fullDutiesBeforeLastStep', step: 1 }]);
    const same = plan();
    same.steps[2]!.restrictions = [];
    expect(validateReturnToWorkPlan(same)).toEqual([{ code: 'stepNotAdapted', step: 2 }]);
  });

  it('reports a review date before the step or after the next step starts', () => {
    const before = plan();
    before.steps[0]!.reviewDate = '2025-03-02';
    expect(validateReturnToWorkPlan(before)).toEqual([{ code: 'reviewDateOutsideStep', step: 0 }]);
    const after = plan();
    after.steps[0]!.reviewDate = '2025-03-11';
    expect(validateReturnToWorkPlan(after)).toEqual([{ code: 'reviewDateOutsideStep', step: 0 }]);
    const onNextStart = plan();
    onNextStart.steps[0]!.reviewDate = '2025-03-10';
    expect(validateReturnToWorkPlan(onNextStart)).toEqual([]);
  });

  it('reports malformed dates instead of throwing', () => {
    const p = plan();
    p.steps[2]!.startDate = '17-03-2025';
    expect(validateReturnToWorkPlan(p)).toEqual([{ code: 'invalidDate', step: 2 }]);
  });

  it('reports unknown restrictions and missing or out-of-range parameters', () => {
    const unknown = plan();
    unknown.steps[0]!.restrictions = [{ code: 'noClimbing' as 'noKneelingSquatting' }];
    expect(validateReturnToWorkPlan(unknown)).toEqual([{ code: 'unknownRestriction', step: 0 }]);
    const noValue = plan();
    noValue.steps[0]!.restrictions = [{ code: 'maxLiftKg' }];
    expect(validateReturnToWorkPlan(noValue)).toEqual([{ code: 'invalidRestrictionValue', step: 0 }]);
    const tooShort = plan();
    tooShort.steps[0]!.restrictions = [{ code: 'postureChangesEveryMinutes', value: 1 }];
    expect(validateReturnToWorkPlan(tooShort)).toEqual([{ code: 'invalidRestrictionValue', step: 0 }]);
    const stray = plan();
    stray.steps[0]!.restrictions = [{ code: 'noKneelingSquatting', value: 3 }];
    expect(validateReturnToWorkPlan(stray)).toEqual([{ code: 'invalidRestrictionValue', step: 0 }]);
  });

  it('reports a planned return while an urgent red flag is open', () => {
    expect(validateReturnToWorkPlan(plan(), { urgency: 'within48h' })).toEqual([{ code: 'notOnHoldWithUrgentRedFlag' }]);
    expect(validateReturnToWorkPlan(plan(), { urgency: 'routine' })).toEqual([]);
  });

  it('reports a planned plan without steps and an on-hold plan without a review date', () => {
    expect(validateReturnToWorkPlan({ status: 'planned', contractHoursPerWeek: 38, steps: [], reviewDate: null })).toEqual([
      { code: 'noSteps' },
    ]);
    expect(validateReturnToWorkPlan({ status: 'onHold', contractHoursPerWeek: 38, steps: [], reviewDate: null })).toEqual([
      { code: 'missingReviewDate' },
    ]);
  });

  it('reports an unknown status and invalid contract hours', () => {
    const p = plan();
    p.status = 'started' as 'planned';
    p.contractHoursPerWeek = 0;
    const codes = validateReturnToWorkPlan(p).map((v) => v.code);
    expect(codes).toContain('invalidStatus');
    expect(codes).toContain('invalidContractHours');
  });
});

describe('restriction catalogue', () => {
  it('writes restrictions as sentences with their parameter', () => {
    expect(restrictionText({ code: 'maxLiftKg', value: 10 }, 'nl')).toBe('Maximaal 10 kg tillen of dragen');
    expect(restrictionText({ code: 'postureChangesEveryMinutes', value: 30 }, 'en')).toBe(
      'Change posture at least every 30 minutes',
    );
    expect(restrictionText({ code: 'noWholeBodyVibration' }, 'fr')).toMatch(/vibrations/);
  });

  it('refuses to write a restriction with an unknown code or a missing parameter', () => {
    expect(() => restrictionText({ code: 'maxLiftKg' }, 'en')).toThrow(/^value:/);
    expect(() => restrictionText({ code: 'x' as 'maxLiftKg' }, 'en')).toThrow(/^code:/);
  });

  it('describes the parameter of parameterised restrictions', () => {
    expect(restrictionDefinition('maxLiftKg')?.parameter).toEqual({ unit: 'kg', min: 0, max: 100 });
    expect(restrictionDefinition('postureChangesEveryMinutes')?.parameter?.unit).toBe('minutes');
    expect(restrictionDefinition('noKneelingSquatting')?.parameter).toBeNull();
    expect(restrictionDefinition('noClimbing')).toBeUndefined();
  });

  it('labels every restriction and job exposure in every language', () => {
    for (const r of RESTRICTIONS) for (const l of LANGUAGES) expect(r.text[l]).not.toBe('');
    for (const r of RESTRICTIONS) expect(r.text.en.includes('{value}')).toBe(r.parameter !== null);
    for (const e of JOB_EXPOSURES) for (const l of LANGUAGES) expect(e.label[l]).not.toBe('');
  });
});

describe('suggestReturnToWorkPlan for a worker at work (v2)', () => {
  it('keeps the contract hours in every step and adapts the tasks', () => {
    const plan = suggestReturnToWorkPlan({ ...warehouse, atWork: true });
    expect(plan.status).toBe('planned');
    expect(plan.steps.map((s) => s.hoursPerWeek)).toEqual([38, 38, 38, 38]);
    expect(plan.steps.slice(0, -1).every((s) => s.duties === 'adapted' && s.restrictions.length > 0)).toBe(true);
    expect(plan.steps.at(-1)).toMatchObject({ duties: 'full', restrictions: [] });
    expect(validateReturnToWorkPlan(plan, { atWork: true })).toEqual([]);
  });

  it('grades the hours only for a worker on sick leave', () => {
    expect(suggestReturnToWorkPlan(warehouse).steps[0]?.hoursPerWeek).toBe(19);
    expect(suggestReturnToWorkPlan({ ...warehouse, atWork: false }).steps[0]?.hoursPerWeek).toBe(19);
  });

  it('flags a plan that cuts the hours of a worker at work', () => {
    const graded = suggestReturnToWorkPlan(warehouse);
    expect(validateReturnToWorkPlan(graded, { atWork: true }).map((v) => v.code)).toContain('hoursReducedAtWork');
    expect(validateReturnToWorkPlan(graded, { atWork: false })).toEqual([]);
  });

  it('is never below the contract hours at work (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('acute' as const, 'subacute' as const, 'chronic' as const),
        fc.constantFrom('unknown' as const, 'low' as const, 'medium' as const, 'high' as const),
        fc.integer({ min: 1, max: 80 }),
        (phase, chronicityLevel, contractHoursPerWeek) => {
          const plan = suggestReturnToWorkPlan({ ...warehouse, phase, chronicityLevel, atWork: true, job: { ...warehouse.job, contractHoursPerWeek } });
          return plan.steps.every((s) => s.hoursPerWeek === contractHoursPerWeek) && validateReturnToWorkPlan(plan, { atWork: true }).length === 0;
        },
      ),
    );
  });

  it('refuses an atWork that is not a boolean', () => {
    expect(() => suggestReturnToWorkPlan({ ...warehouse, atWork: 'yes' as unknown as boolean })).toThrow(/^atWork:/);
  });
});
