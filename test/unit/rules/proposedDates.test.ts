import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ConsultationEvaluationInput,
  addDays,
  evaluateConsultation,
  isWorkingDay,
  nextPoortwachterEvaluation,
  poortwachterCase,
  preResumptionVisitDeadline,
  proposedWorkingDay,
  publicHolidays,
  returnToWorkExamDeadline,
} from '../../../src/shared/rules';

/*
 * Dates the app proposes (plan reviews, the hold's review, the 6-weekly evaluation of the action
 * plan) never fall on a Saturday, Sunday or public holiday of the practice's country, and the
 * Belgian working-day terms skip the Belgian holidays.
 */

const dateArb = fc
  .date({ min: new Date(Date.UTC(2020, 0, 1)), max: new Date(Date.UTC(2040, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const countryArb = fc.constantFrom('NL' as const, 'BE' as const);

function notWeekendOrHoliday(date: string, country: 'NL' | 'BE'): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !publicHolidays(country, Number(date.slice(0, 4))).includes(date);
}

function proposedDatesOf(input: ConsultationEvaluationInput): string[] {
  const evaluation = evaluateConsultation(input);
  const plan = evaluation.plan;
  const dates = [...plan.steps.map((step) => step.reviewDate), ...(plan.reviewDate === null ? [] : [plan.reviewDate])];
  if (evaluation.deadlines?.jurisdiction === 'NL') dates.push(evaluation.deadlines.nextActionPlanEvaluation);
  return dates;
}

const base: ConsultationEvaluationInput = {
  jurisdiction: 'NL',
  consultationDate: '2026-03-16',
  onsetDate: '2026-02-02',
  birthDate: '1980-05-10',
  redFlagFindings: {},
  riskFactors: [],
  yellowFlags: [],
  sickLeaveStart: '2026-02-03',
  job: { exposures: ['manualHandling'], maxLiftKg: 20, contractHoursPerWeek: 38, sector: 'private' },
};

describe('proposed dates', () => {
  it('moves plan reviews off weekends and Easter Monday, and a hold’s review past the Easter weekend', () => {
    // Acute, low risk: weekly steps from Friday 27-03, each reviewed on its last day (a Thursday); the last step on Friday 24-04.
    const friday = evaluateConsultation({ ...base, consultationDate: '2026-03-27', onsetDate: '2026-03-25', sickLeaveStart: '2026-03-26' });
    expect(friday.plan.steps.map((s) => s.reviewDate)).toEqual(['2026-04-02', '2026-04-09', '2026-04-16', '2026-04-24']);
    // Weekly steps from Tuesday 31-03: the first review on Monday 06-04 (Easter Monday) moves back to Friday 03-04.
    const tuesday = evaluateConsultation({ ...base, consultationDate: '2026-03-31', onsetDate: '2026-03-25', sickLeaveStart: '2026-03-26' });
    expect(tuesday.plan.steps[0]?.reviewDate).toBe('2026-04-03');
    // In Belgium Easter Monday is a holiday too; a hold after an immediate red flag on Saturday 04-04 is looked at on Tuesday 07-04.
    const urgent = evaluateConsultation({
      ...base,
      jurisdiction: 'BE',
      consultationDate: '2026-04-04',
      onsetDate: '2026-04-01',
      sickLeaveStart: '2026-04-02',
      redFlagFindings: { saddleAnaesthesia: true },
    });
    expect(urgent.plan).toMatchObject({ status: 'onHold', reviewDate: '2026-04-07' });
  });

  it('moves a review back within its step, forward only when the step has no working day before it', () => {
    expect(proposedWorkingDay('2026-04-06', 'NL', '2026-03-31')).toBe('2026-04-03');
    expect(proposedWorkingDay('2026-04-06', 'NL', '2026-04-04')).toBe('2026-04-07');
    expect(proposedWorkingDay('2026-07-21', 'BE', '2026-07-21')).toBe('2026-07-22');
    expect(proposedWorkingDay('2026-07-21', 'NL', '2026-07-21')).toBe('2026-07-21');
  });

  it('never proposes a Saturday, Sunday or public holiday of the practice’s country', () => {
    fc.assert(
      fc.property(
        countryArb,
        dateArb,
        fc.integer({ min: 0, max: 400 }),
        fc.constantFrom('acute', 'subacute', 'chronic'),
        fc.constantFrom({}, { saddleAnaesthesia: true }, { fever: true }),
        fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
        (country, consultationDate, daysSick, phase, redFlagFindings, planMadeDaysAfter) => {
          const onsetWeeks = phase === 'acute' ? 1 : phase === 'subacute' ? 8 : 20;
          const sickLeaveStart = addDays(consultationDate, -Math.min(daysSick, onsetWeeks * 7));
          const input: ConsultationEvaluationInput = {
            ...base,
            jurisdiction: country,
            consultationDate,
            onsetDate: addDays(consultationDate, -onsetWeeks * 7),
            sickLeaveStart,
            redFlagFindings,
            planVanAanpakDate: planMadeDaysAfter === null ? null : addDays(sickLeaveStart, planMadeDaysAfter),
          };
          return proposedDatesOf(input).every((date) => notWeekendOrHoliday(date, country) && isWorkingDay(date, country));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('advises the 6-weekly evaluation of a Poortwachter case on a Dutch working day', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 700 }), (firstSickDay, later) => {
        const on = addDays(firstSickDay, later);
        const advice = poortwachterCase([{ firstSickDay, recoveredOn: null }], { on }).nextEvaluationAdvice;
        const evaluation = nextPoortwachterEvaluation({ firstSickDay }, on);
        return (advice === null || notWeekendOrHoliday(advice, 'NL')) && notWeekendOrHoliday(evaluation, 'NL');
      }),
    );
  });

  it('counts the Belgian 10 working days without weekends and Belgian holidays', () => {
    // Return on Thursday 30-04-2026: 1 May (Friday) and Ascension (Thursday 14-05) are skipped.
    expect(returnToWorkExamDeadline('2026-04-30')).toBe('2026-05-18');
    fc.assert(
      fc.property(dateArb, (date) => {
        const latest = returnToWorkExamDeadline(date);
        let counted = 0;
        for (let day = addDays(date, 1); day <= latest; day = addDays(day, 1)) if (notWeekendOrHoliday(day, 'BE')) counted += 1;
        return counted === 10 && notWeekendOrHoliday(latest, 'BE') && preResumptionVisitDeadline(date) === latest;
      }),
    );
  });
});
