import { parseDate } from '../../../shared/i18n/format';
import type { PlanDocument, PlanDocumentInput } from '../../../shared/model';
import { RESTRICTIONS, addDays, type Country, nextWorkingDay, proposedWorkingDay, type RestrictionCode } from '../../../shared/rules';
import { parseNumber } from '../../i18n/typedNumber';

export interface StepForm {
  startDate: string;
  reviewDate: string;
  hoursPerWeek: string;
  duties: 'adapted' | 'full';
  /** Per restriction: chosen, and its value (kg, minutes) as typed. */
  restrictions: Record<RestrictionCode, { chosen: boolean; value: string }>;
  note: string;
}

export interface PlanForm {
  status: 'planned' | 'onHold';
  reviewDate: string;
  steps: StepForm[];
}

function noRestrictions(): StepForm['restrictions'] {
  return Object.fromEntries(RESTRICTIONS.map((r) => [r.code, { chosen: false, value: r.parameter ? String(r.parameter.min) : '' }])) as StepForm['restrictions'];
}

/** The plan as the editor holds it; numbers written the user's way (`formatNumber`: 28,5 or 28.5). */
export function planFormOf(plan: PlanDocument, formatNumber: (value: number) => string): PlanForm {
  return {
    status: plan.status,
    reviewDate: plan.reviewDate ?? '',
    steps: plan.steps.map((step) => {
      const restrictions = noRestrictions();
      for (const r of step.restrictions) restrictions[r.code] = { chosen: true, value: r.value === undefined ? '' : formatNumber(r.value) };
      return {
        startDate: step.startDate,
        reviewDate: step.reviewDate,
        hoursPerWeek: formatNumber(step.hoursPerWeek),
        duties: step.duties,
        restrictions,
        note: step.note ?? '',
      };
    }),
  };
}

/**
 * A new step after the last one: starting on the first working day in `country` after its review, for
 * a week (reviewed on its last working day), same hours and restrictions.
 */
export function nextStep(form: PlanForm, today: string, country: Country): StepForm {
  const last = form.steps.at(-1);
  if (!last) {
    const first = nextWorkingDay(today, country);
    return { startDate: first, reviewDate: first, hoursPerWeek: '', duties: 'adapted', restrictions: noRestrictions(), note: '' };
  }
  const lastReview = parseDate(last.reviewDate, today);
  const start = lastReview === null ? '' : nextWorkingDay(addDays(lastReview, 1), country);
  return { ...last, startDate: start, reviewDate: start === '' ? '' : proposedWorkingDay(addDays(start, 6), country, start), restrictions: { ...last.restrictions }, note: '' };
}

export function planInputOf(form: PlanForm, today: string, contractHoursPerWeek: number): PlanDocumentInput {
  const date = (text: string) => parseDate(text, today) ?? text;
  return {
    status: form.status,
    contractHoursPerWeek,
    reviewDate: form.reviewDate.trim() === '' ? null : date(form.reviewDate),
    steps:
      form.status === 'onHold'
        ? []
        : form.steps.map((step) => ({
            startDate: date(step.startDate),
            reviewDate: date(step.reviewDate),
            hoursPerWeek: parseNumber(step.hoursPerWeek),
            duties: step.duties,
            restrictions:
              step.duties === 'full'
                ? []
                : RESTRICTIONS.filter((r) => step.restrictions[r.code].chosen).map((r) =>
                    r.parameter ? { code: r.code, value: parseNumber(step.restrictions[r.code].value) } : { code: r.code },
                  ),
            note: step.note,
          })),
  };
}
