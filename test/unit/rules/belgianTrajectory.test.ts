import { describe, expect, it } from 'vitest';
import { TRAJECTORY_RULES, belgianTrajectoryTerms, trajectoryRulesFor } from '../../../src/shared/rules';

const dateOf = (terms: ReturnType<typeof belgianTrajectoryTerms>, code: string) => terms.terms.find((t) => t.code === code)?.date;

describe('trajectoryRulesFor (rules by date of effect)', () => {
  it('applies the rules of 1-10-2022 to a trajectory requested before 1-1-2026 and the reform from that day', () => {
    expect(trajectoryRulesFor('2025-12-31').version).toBe('2022-10');
    expect(trajectoryRulesFor('2026-01-01').version).toBe('2026-01');
    expect(trajectoryRulesFor('2021-05-01').version).toBe('2022-10');
  });

  it('gives every term a source and says where sources disagree', () => {
    for (const rules of TRAJECTORY_RULES) {
      const terms = [rules.employerMayStart, rules.assessment, rules.planAfterA, rules.planAfterB, rules.appeal, rules.appealDecision,
        rules.newTrajectoryAfterC, rules.workerReplyToPlan, rules.unansweredInvitations, rules.medicalForceMajeure];
      for (const term of terms) expect(term.source.length, rules.version).toBeGreaterThan(10);
    }
    expect(trajectoryRulesFor('2026-01-01').mandatoryStart).toMatchObject({ months: 6, workersThreshold: 20, verification: 'sourcesDisagree' });
    expect(trajectoryRulesFor('2025-01-01').mandatoryStart).toBeNull();
  });

  it('holds the terms of each version (KB 11-09-2022; KB 17-12-2025 and law of 19-12-2025)', () => {
    const [rules2022, rules2026] = TRAJECTORY_RULES;
    expect(rules2022).toMatchObject({
      employerMayStart: { months: 3, withWorkerConsent: false },
      assessment: { days: 49 },
      planAfterA: { days: 63 },
      planAfterB: { months: 6 },
      appeal: { days: 21 },
      appealDecision: { days: 42 },
      newTrajectoryAfterC: { months: 3 },
      workerReplyToPlan: { days: 14 },
      unansweredInvitations: { count: 3 },
      medicalForceMajeure: { months: 9 },
      workCapacityEstimate: null,
    });
    expect(rules2026).toMatchObject({
      employerMayStart: { months: 0, withWorkerConsent: true },
      workCapacityEstimate: { days: 56 },
      medicalForceMajeure: { months: 6 },
    });
  });
});

describe('belgianTrajectoryTerms', () => {
  it('gives a trajectory the worker started in 2025 the 49-day assessment and, after decision A, the employer’s 63 days', () => {
    const requested = belgianTrajectoryTerms({ firstDayOfIncapacity: '2025-03-03', requestDate: '2025-05-05', initiator: 'worker' });
    expect(requested.rules.version).toBe('2022-10');
    expect(requested.refusals).toEqual([]);
    expect(requested.terms.map((t) => [t.code, t.date])).toEqual([['assessmentDue', '2025-06-23']]);
    const decided = belgianTrajectoryTerms({
      firstDayOfIncapacity: '2025-03-03',
      requestDate: '2025-05-05',
      initiator: 'worker',
      assessment: { decision: 'A', date: '2025-06-02' },
      planReceivedOn: '2025-07-01',
    });
    expect(dateOf(decided, 'planDueAfterA')).toBe('2025-08-04');
    expect(dateOf(decided, 'workerReplyUntil')).toBe('2025-07-15');
  });

  it('after decision B gives the appeal (21 days) and the plan (6 calendar months); after C a new trajectory after 3 months', () => {
    const b = belgianTrajectoryTerms({ firstDayOfIncapacity: '2025-01-06', requestDate: '2025-06-02', initiator: 'worker', assessment: { decision: 'B', date: '2025-08-31' } });
    expect(dateOf(b, 'appealUntil')).toBe('2025-09-21');
    expect(dateOf(b, 'planDueAfterB')).toBe('2026-02-28');
    const c = belgianTrajectoryTerms({ firstDayOfIncapacity: '2025-01-06', requestDate: '2025-06-02', initiator: 'treatingDoctor', assessment: { decision: 'C', date: '2025-07-01' } });
    expect(c.terms.map((t) => [t.code, t.date])).toEqual([['assessmentDue', '2025-07-21'], ['newTrajectoryFrom', '2025-10-01']]);
  });

  it('lets the employer start after 3 months under the 2022 rules, and from day 1 with consent under the 2026 rules', () => {
    expect(belgianTrajectoryTerms({ firstDayOfIncapacity: '2025-03-03', requestDate: '2025-06-02', initiator: 'employer' }).refusals).toEqual(['employerTooEarly']);
    expect(belgianTrajectoryTerms({ firstDayOfIncapacity: '2025-03-03', requestDate: '2025-06-03', initiator: 'employer' }).refusals).toEqual([]);
    expect(
      belgianTrajectoryTerms({ firstDayOfIncapacity: '2025-03-03', requestDate: '2025-04-01', initiator: 'employer', definitiveUnfitnessCertificate: true }).refusals,
    ).toEqual([]);
    expect(belgianTrajectoryTerms({ firstDayOfIncapacity: '2026-01-05', requestDate: '2026-01-05', initiator: 'employer' }).refusals).toEqual(['workerConsentMissing']);
    const consented = belgianTrajectoryTerms({ firstDayOfIncapacity: '2026-01-05', requestDate: '2026-01-05', initiator: 'employer', workerConsent: true });
    expect(consented.refusals).toEqual([]);
    expect(consented.employerMayStartFrom).toBe('2026-01-05');
  });

  it('refuses a request before the incapacity and an assessment before the request', () => {
    expect(() => belgianTrajectoryTerms({ firstDayOfIncapacity: '2025-03-03', requestDate: '2025-03-02', initiator: 'worker' })).toThrow(RangeError);
    expect(() =>
      belgianTrajectoryTerms({ firstDayOfIncapacity: '2025-03-03', requestDate: '2025-04-01', initiator: 'worker', assessment: { decision: 'A', date: '2025-03-31' } }),
    ).toThrow(RangeError);
  });
});
