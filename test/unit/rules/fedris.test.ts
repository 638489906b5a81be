import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FEDRIS_ERGONOMIC_INTERVENTION_EUR,
  FEDRIS_REASON_TEXTS,
  type FedrisInput,
  LANGUAGES,
  fedrisEligibility,
  fedrisExposuresOf,
  fedrisProgramme,
} from '../../../src/shared/rules';

const input = (overrides: Partial<FedrisInput> = {}): FedrisInput => ({
  incapacityStart: '2025-01-01',
  on: '2025-02-15',
  lbpIncapacityDaysPrevious12Months: 0,
  exposures: ['manualHandling'],
  sector: 'private',
  ...overrides,
});

describe('fedrisEligibility', () => {
  it('opens the window 28 days after the start and closes it 6 calendar months after', () => {
    const r = fedrisEligibility(input());
    expect(r).toMatchObject({ eligible: true, reasons: [], windowOpens: '2025-01-29', windowCloses: '2025-07-01' });
    expect(r.relapseRuleApplied).toBe(false);
  });

  it('is too early on day 27 and eligible on day 28', () => {
    expect(fedrisEligibility(input({ on: '2025-01-28' }))).toMatchObject({ eligible: false, reasons: ['tooEarly'] });
    expect(fedrisEligibility(input({ on: '2025-01-29' }))).toMatchObject({ eligible: true, reasons: [] });
  });

  it('is eligible on the last day of the 6 months (inclusive) and too late the day after', () => {
    expect(fedrisEligibility(input({ on: '2025-07-01' }))).toMatchObject({ eligible: true, daysUntilWindowCloses: 0 });
    expect(fedrisEligibility(input({ on: '2025-07-02' }))).toMatchObject({
      eligible: false,
      reasons: ['tooLate'],
      daysUntilWindowCloses: -1,
    });
  });

  it('closes the window on 28 February for an incapacity starting on 31 August', () => {
    const start = { incapacityStart: '2025-08-31' };
    expect(fedrisEligibility(input({ ...start, on: '2026-02-28' }))).toMatchObject({
      eligible: true,
      windowCloses: '2026-02-28',
    });
    expect(fedrisEligibility(input({ ...start, on: '2026-03-01' })).reasons).toEqual(['tooLate']);
  });

  it('opens after 1 week for a relapse after at least 21 days of incapacity in the previous 12 months', () => {
    const relapse = { lbpIncapacityDaysPrevious12Months: 21 };
    expect(fedrisEligibility(input({ ...relapse, on: '2025-01-07' }))).toMatchObject({
      eligible: false,
      reasons: ['tooEarly'],
      windowOpens: '2025-01-08',
      relapseRuleApplied: true,
    });
    expect(fedrisEligibility(input({ ...relapse, on: '2025-01-08' })).eligible).toBe(true);
  });

  it('does not apply the relapse rule after only 20 days', () => {
    expect(fedrisEligibility(input({ lbpIncapacityDaysPrevious12Months: 20, on: '2025-01-08' }))).toMatchObject({
      eligible: false,
      reasons: ['tooEarly'],
      windowOpens: '2025-01-29',
      relapseRuleApplied: false,
    });
  });

  it('keeps the 6-month limit under the relapse rule', () => {
    const r = fedrisEligibility(input({ lbpIncapacityDaysPrevious12Months: 30, on: '2025-07-02' }));
    expect(r.reasons).toEqual(['tooLate']);
  });

  it.each([[['manualHandling']], [['ergonomicBackLoad']], [['wholeBodyVibration']], [['screenWork', 'wholeBodyVibration']]] as const)(
    'accepts the qualifying exposure %j',
    (exposures) => {
      expect(fedrisEligibility(input({ exposures: [...exposures] })).eligible).toBe(true);
    },
  );

  it('does not count screen work, nor no exposure at all', () => {
    expect(fedrisEligibility(input({ exposures: ['screenWork'] })).reasons).toEqual(['noQualifyingExposure']);
    expect(fedrisEligibility(input({ exposures: [] })).reasons).toEqual(['noQualifyingExposure']);
  });

  it('covers the private sector and provincial / local public services only', () => {
    expect(fedrisEligibility(input({ sector: 'localPublic' })).eligible).toBe(true);
    expect(fedrisEligibility(input({ sector: 'federalPublic' })).reasons).toEqual(['sectorNotCovered']);
    expect(fedrisEligibility(input({ sector: 'other' })).reasons).toEqual(['sectorNotCovered']);
  });

  it('lists every reason that applies', () => {
    const r = fedrisEligibility(input({ on: '2025-01-10', exposures: ['screenWork'], sector: 'federalPublic' }));
    expect(r.reasons).toEqual(['tooEarly', 'noQualifyingExposure', 'sectorNotCovered']);
    for (const reason of r.reasons) for (const l of LANGUAGES) expect(FEDRIS_REASON_TEXTS[reason][l]).not.toBe('');
  });

  it('refuses a check date before the start of the incapacity', () => {
    expect(() => fedrisEligibility(input({ on: '2024-12-31' }))).toThrow('on: before incapacityStart');
  });

  it('refuses negative or fractional previous incapacity days', () => {
    expect(() => fedrisEligibility(input({ lbpIncapacityDaysPrevious12Months: -1 }))).toThrow(
      /^lbpIncapacityDaysPrevious12Months:/,
    );
    expect(() => fedrisEligibility(input({ lbpIncapacityDaysPrevious12Months: 2.5 }))).toThrow(RangeError);
  });

  it('refuses unknown exposures and sectors', () => {
    expect(() => fedrisEligibility(input({ exposures: ['lifting' as 'manualHandling'] }))).toThrow(/^exposures:/);
    expect(() => fedrisEligibility(input({ sector: 'public' as 'private' }))).toThrow(/^sector:/);
  });

  it('refuses malformed dates', () => {
    expect(() => fedrisEligibility(input({ incapacityStart: '2025-02-30' }))).toThrow(/^incapacityStart:/);
    expect(() => fedrisEligibility(input({ on: '' }))).toThrow(/^on:/);
  });
});

describe('Fedris programme', () => {
  it('defaults the ergonomic intervention to EUR 584.40 and lets the practice change it', () => {
    expect(DEFAULT_FEDRIS_ERGONOMIC_INTERVENTION_EUR).toBe(584.4);
    expect(fedrisProgramme()).toEqual({
      maxSessions: 36,
      sessionHours: 2,
      maxMonths: 6,
      ergonomicInterventionMaxEur: 584.4,
      ergonomicInterventionMonthsAfterApproval: 6,
    });
    expect(fedrisProgramme({ ergonomicInterventionMaxEur: 600 }).ergonomicInterventionMaxEur).toBe(600);
  });

  it('refuses a negative amount', () => {
    expect(() => fedrisProgramme({ ergonomicInterventionMaxEur: -1 })).toThrow(/^ergonomicInterventionMaxEur:/);
  });
});

describe('fedrisExposuresOf', () => {
  it('maps job exposures to the Fedris categories', () => {
    expect(fedrisExposuresOf(['manualHandling', 'pushingPulling', 'kneelingSquatting', 'prolongedSitting'])).toEqual([
      'manualHandling',
      'ergonomicBackLoad',
    ]);
    expect(fedrisExposuresOf(['screenWork', 'wholeBodyVibration'])).toEqual(['screenWork', 'wholeBodyVibration']);
    expect(fedrisExposuresOf(['prolongedSitting'])).toEqual([]);
  });

  it('refuses an unknown job exposure', () => {
    expect(() => fedrisExposuresOf(['flying' as 'screenWork'])).toThrow(/^exposures: unknown code flying/);
  });
});

describe('fedrisEligibility on an incapacity that has ended (v2)', () => {
  it('judges the incapacity on its last day, not on the day of the check', () => {
    // 2025-01-01 .. 2025-06-20, checked at the return-to-work examination on 2025-07-10 (after the window).
    const r = fedrisEligibility(input({ on: '2025-07-10', lastDayOfIncapacity: '2025-06-20' }));
    expect(r).toMatchObject({ eligible: true, reasons: [], asOf: '2025-06-20' });
    expect(fedrisEligibility(input({ on: '2025-07-10' })).reasons).toEqual(['tooLate']);
  });

  it('finds an incapacity that ended before 4 weeks too short', () => {
    expect(fedrisEligibility(input({ on: '2025-02-15', lastDayOfIncapacity: '2025-01-20' })).reasons).toEqual(['tooEarly']);
  });

  it('judges on `on` while the incapacity still runs', () => {
    expect(fedrisEligibility(input({ on: '2025-02-15', lastDayOfIncapacity: '2025-03-31' })).asOf).toBe('2025-02-15');
  });

  it('applies the relapse rule to a short incapacity that has ended', () => {
    const r = fedrisEligibility(input({ on: '2025-02-15', lastDayOfIncapacity: '2025-01-10', lbpIncapacityDaysPrevious12Months: 21 }));
    expect(r).toMatchObject({ eligible: true, windowOpens: '2025-01-08', relapseRuleApplied: true });
  });

  it('refuses a last day before the start or a malformed one', () => {
    expect(() => fedrisEligibility(input({ lastDayOfIncapacity: '2024-12-31' }))).toThrow(/^lastDayOfIncapacity:/);
    expect(() => fedrisEligibility(input({ lastDayOfIncapacity: '2025-13-01' }))).toThrow(/^lastDayOfIncapacity:/);
  });
});
