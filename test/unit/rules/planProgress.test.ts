import { describe, expect, it } from 'vitest';
import { type PlanProgressInput, fullReturnDate, nextEvaluationDate, nextPlanReview, nextPlanStep, planStepOn, workSituationOn } from '../../../src/shared/rules';

/** Sanne's plan: 9.5, 19 and 28.5 of 38 hours, in full from Monday 13-04-2026. */
const plan: PlanProgressInput = {
  status: 'planned',
  contractHoursPerWeek: 38,
  reviewDate: null,
  steps: [
    { startDate: '2026-03-09', reviewDate: '2026-03-13', hoursPerWeek: 9.5, duties: 'adapted' },
    { startDate: '2026-03-16', reviewDate: '2026-03-27', hoursPerWeek: 19, duties: 'adapted' },
    { startDate: '2026-03-30', reviewDate: '2026-04-10', hoursPerWeek: 28.5, duties: 'adapted' },
    { startDate: '2026-04-13', reviewDate: '2026-04-24', hoursPerWeek: 38, duties: 'full' },
  ],
};
const onHold: PlanProgressInput = { status: 'onHold', contractHoursPerWeek: 38, reviewDate: '2026-03-17', steps: [] };

describe('planStepOn and nextPlanStep', () => {
  it('gives the step in force and the one after it', () => {
    expect(planStepOn(plan, '2026-03-08')).toBeNull();
    expect(planStepOn(plan, '2026-03-16')).toMatchObject({ number: 2, step: { hoursPerWeek: 19 } });
    expect(planStepOn(plan, '2026-03-29')).toMatchObject({ number: 2 });
    expect(nextPlanStep(plan, '2026-03-16')).toMatchObject({ number: 3, step: { startDate: '2026-03-30' } });
    expect(nextPlanStep(plan, '2026-04-13')).toBeNull();
    expect(planStepOn(onHold, '2026-03-16')).toBeNull();
  });
});

describe('fullReturnDate', () => {
  it('is the start of the last step, and none while on hold', () => {
    expect(fullReturnDate(plan)).toBe('2026-04-13');
    expect(fullReturnDate(onHold)).toBeNull();
  });
});

describe('nextEvaluationDate', () => {
  it('is the earlier of the follow-up the doctor set and the plan’s next review; past dates do not count', () => {
    expect(nextEvaluationDate({ followUpDate: '2026-03-19', plan }, '2026-03-16')).toBe('2026-03-19');
    expect(nextEvaluationDate({ followUpDate: '2026-04-01', plan }, '2026-03-16')).toBe('2026-03-27');
    expect(nextEvaluationDate({ followUpDate: null, plan }, '2026-03-16')).toBe('2026-03-27');
    expect(nextEvaluationDate({ followUpDate: '2026-03-10', plan }, '2026-03-16')).toBe('2026-03-27');
    expect(nextEvaluationDate({ followUpDate: null, plan: onHold }, '2026-03-16')).toBe('2026-03-17');
    expect(nextEvaluationDate({ followUpDate: null, plan: null }, '2026-03-16')).toBeNull();
    expect(nextPlanReview(plan, '2026-04-25')).toBeNull();
  });
});

describe('workSituationOn', () => {
  const recorded = { recordedStatus: 'offWork' as const, recordedOn: '2026-03-02', plan, planSavedOn: '2026-03-02' };

  it('takes the hours of the step in force over an older "off work": 19 hours is partly working', () => {
    expect(workSituationOn(recorded, '2026-03-16')).toEqual({ status: 'partlyWorking', hoursPerWeek: 19, step: 2 });
    expect(workSituationOn(recorded, '2026-04-13')).toEqual({ status: 'working', hoursPerWeek: 38, step: 4 });
  });

  it('keeps the recorded status before the first step and without a plan', () => {
    expect(workSituationOn(recorded, '2026-03-05')).toEqual({ status: 'offWork', hoursPerWeek: null, step: null });
    expect(workSituationOn({ ...recorded, plan: null, planSavedOn: null }, '2026-03-16').status).toBe('offWork');
    expect(workSituationOn({ ...recorded, plan: onHold }, '2026-03-16').status).toBe('offWork');
  });

  it('keeps a status recorded after the plan was saved while the step in force started before it', () => {
    const later = { ...recorded, recordedOn: '2026-03-18', planSavedOn: '2026-03-02' };
    expect(workSituationOn(later, '2026-03-20')).toEqual({ status: 'offWork', hoursPerWeek: null, step: null });
    // The next step starts after that consultation: the plan takes over again.
    expect(workSituationOn(later, '2026-03-30')).toEqual({ status: 'partlyWorking', hoursPerWeek: 28.5, step: 3 });
  });
});
