import { type IsoDate, fromDayNumber, toDayNumber } from './dates';

/*
 * Netherlands, Wet verbetering poortwachter (spec 6a). Week N of sickness is days 7(N-1) .. 7N-1
 * counted from the first sick day (day 0); a milestone 'in week N' is due on the last day of week N.
 */

export type PoortwachterCode =
  | 'probleemanalyse'
  | 'planVanAanpak'
  | 'ziekmelding42'
  | 'eerstejaarsevaluatie'
  | 'wiaAanvraag'
  | 'eindeLoondoorbetaling';

export interface PoortwachterMilestone {
  code: PoortwachterCode;
  week: number;
  due: IsoDate;
}

/** Days after the first sick day on which each milestone is due. */
export const POORTWACHTER_SCHEDULE: ReadonlyArray<{ code: PoortwachterCode; week: number; dayOffset: number }> = [
  { code: 'probleemanalyse', week: 6, dayOffset: 41 },
  { code: 'planVanAanpak', week: 8, dayOffset: 55 },
  { code: 'ziekmelding42', week: 42, dayOffset: 287 }, // first day of week 42
  { code: 'eerstejaarsevaluatie', week: 52, dayOffset: 363 },
  { code: 'wiaAanvraag', week: 91, dayOffset: 636 }, // advised week 91; latest week 93
  { code: 'eindeLoondoorbetaling', week: 104, dayOffset: 727 },
];

/** Days after the first sick day on which the action plan is due (end of week 8). */
export const PLAN_VAN_AANPAK_DAY_OFFSET = 55;

/** The action plan is evaluated at least every 6 weeks. */
export const ACTION_PLAN_EVALUATION_DAYS = 42;

export function poortwachterMilestones(firstSickDay: IsoDate): PoortwachterMilestone[] {
  const start = toDayNumber(firstSickDay, 'firstSickDay');
  return POORTWACHTER_SCHEDULE.map(({ code, week, dayOffset }) => ({ code, week, due: fromDayNumber(start + dayOffset) }));
}

/** The date the action plan was made, or the first sick day (the plan is then taken as made on its due date). */
export type PoortwachterEvaluationBasis = { planVanAanpakDate: IsoDate } | { firstSickDay: IsoDate };

/**
 * The next 6-weekly evaluation of the action plan on or after `on`: the plan date + 42 k days
 * (k >= 1). Without a plan date, the plan's due date (first sick day + 55 days) is used.
 */
export function nextPoortwachterEvaluation(basis: PoortwachterEvaluationBasis, on: IsoDate): IsoDate {
  const planDay =
    'planVanAanpakDate' in basis
      ? toDayNumber(basis.planVanAanpakDate, 'planVanAanpakDate')
      : toDayNumber(basis.firstSickDay, 'firstSickDay') + PLAN_VAN_AANPAK_DAY_OFFSET;
  const day = toDayNumber(on, 'on');
  const periods = Math.max(1, Math.ceil((day - planDay) / ACTION_PLAN_EVALUATION_DAYS));
  return fromDayNumber(planDay + periods * ACTION_PLAN_EVALUATION_DAYS);
}
