import { describe, expect, it } from 'vitest';
import { nextStep, planFormOf } from '../../../src/renderer/features/rtw/planForm';
import { suggestReturnToWorkPlan } from '../../../src/shared/rules';

const suggested = suggestReturnToWorkPlan({
  startDate: '2026-03-16',
  country: 'BE',
  phase: 'acute',
  chronicityLevel: 'low',
  urgency: 'none',
  job: { exposures: ['manualHandling'], maxLiftKg: 20, contractHoursPerWeek: 38 },
});
const plan = { ...suggested, steps: suggested.steps.map((step) => ({ ...step, note: null })) };

describe('a step added in the plan editor', () => {
  it('starts on the first working day after the last review, not on the Saturday after a Friday review', () => {
    const form = planFormOf(plan, String);
    // The last step (from Monday 06-04-2026, Easter Monday in Belgium: Tuesday 07-04) is reviewed on Friday 10-04.
    form.steps[form.steps.length - 1]!.reviewDate = '2026-04-10';
    expect(nextStep(form, '2026-03-16', 'BE')).toMatchObject({ startDate: '2026-04-13', reviewDate: '2026-04-17' });
  });

  it('starts after a public holiday and, in an empty plan, not on a weekend', () => {
    const form = planFormOf(plan, String);
    // Reviewed on Monday 20-07-2026: 21 July is a Belgian holiday, a working day in the Netherlands.
    form.steps[form.steps.length - 1]!.reviewDate = '2026-07-20';
    expect(nextStep(form, '2026-03-16', 'BE').startDate).toBe('2026-07-22');
    expect(nextStep(form, '2026-03-16', 'NL').startDate).toBe('2026-07-21');
    expect(nextStep({ ...form, steps: [] }, '2026-03-21', 'NL').startDate).toBe('2026-03-23');
  });
});
