import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ConsultationEvaluationInput, addDays, consultationDeadlines, evaluateConsultation } from '../../../src/shared/rules';
import { dutchEvaluationInput } from '../../support/evaluationInput';

const nl = dutchEvaluationInput;

function deadlinesOf(input: ConsultationEvaluationInput) {
  const deadlines = evaluateConsultation(input).deadlines;
  if (deadlines === null) throw new Error('expected deadlines');
  return deadlines;
}

describe('consultationDeadlines', () => {
  it('puts the next evaluation of the plan van aanpak among the Poortwachter milestones by its date', () => {
    const list = consultationDeadlines(deadlinesOf(nl), {});
    expect(list.map((d) => [d.code, d.due])).toEqual([
      ['probleemanalyse', '2025-03-09'],
      ['planVanAanpak', '2025-03-23'],
      ['actionPlanEvaluation', '2025-05-02'],
      ['ziekmelding42', '2025-11-17'],
      ['eerstejaarsevaluatie', '2026-01-25'],
      ['wiaAanvraag', '2026-10-25'],
      ['eindeLoondoorbetaling', '2027-01-24'],
    ]);
    expect(list[2]).toMatchObject({ scheme: 'actionPlanEvaluation', kind: 'date', doneOn: null });
    expect(list[0]).toMatchObject({ scheme: 'poortwachter', week: 6, kind: 'recorded' });
  });

  it('marks the Poortwachter steps on record as done', () => {
    const list = consultationDeadlines(deadlinesOf(nl), { probleemanalyse: '2025-03-05' });
    expect(list.find((d) => d.code === 'probleemanalyse')?.doneOn).toBe('2025-03-05');
    expect(list.find((d) => d.code === 'planVanAanpak')?.doneOn).toBeNull();
  });

  it('puts the Belgian return-to-work examination among the milestones by its last day', () => {
    // Absent 27-01 to 10-03-2025: the examination is due by 24-03-2025.
    const list = consultationDeadlines(deadlinesOf({ ...nl, jurisdiction: 'BE', returnDate: '2025-03-10' }), {});
    expect(list.map((d) => [d.code, d.due])).toEqual([
      ['contactAfter4Weeks', '2025-02-24'],
      ['fedrisWindowOpens', '2025-02-24'],
      ['returnToWorkExam', '2025-03-24'],
      ['employerMayStartReintegration', '2025-04-27'],
      ['fedrisWindowCloses', '2025-07-27'],
      ['medicalForceMajeurePossible', '2025-10-27'],
    ]);
    expect(list[2]).toMatchObject({ earliest: '2025-03-10', kind: 'action' });
  });

  it('lists every deadline once, in date order, whatever the dates', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 700 }), fc.integer({ min: 0, max: 400 }), fc.constantFrom('NL' as const, 'BE' as const), (sickDay, plan, jurisdiction) => {
        const sickLeaveStart = addDays('2024-01-01', sickDay);
        const input: ConsultationEvaluationInput = {
          ...nl,
          jurisdiction,
          onsetDate: sickLeaveStart,
          sickLeaveStart,
          consultationDate: addDays(sickLeaveStart, plan),
          planVanAanpakDate: addDays(sickLeaveStart, Math.min(plan, 60)),
        };
        const deadlines = deadlinesOf(input);
        const list = consultationDeadlines(deadlines, {});
        const dues = list.map((d) => d.due);
        expect(dues).toEqual([...dues].sort());
        const expected = deadlines.jurisdiction === 'NL' ? deadlines.milestones.length + 1 : deadlines.milestones.length + (deadlines.returnToWorkExam === null ? 0 : 1);
        expect(new Set(list.map((d) => d.code)).size).toBe(expected);
        expect(list).toHaveLength(expected);
      }),
    );
  });
});
