import { describe, expect, it } from 'vitest';
import { type FedrisRouteInput, fedrisEmployerClaimDeadline, fedrisRouteEligibility } from '../../../src/shared/rules';

const base: FedrisRouteInput = {
  incapacityStart: '2026-01-05',
  on: '2026-03-02',
  lbpIncapacityDaysPrevious12Months: 0,
  exposures: ['manualHandling'],
  sector: 'private',
};

describe('fedrisRouteEligibility (the routes Fedris lists, spec 6c)', () => {
  it('opens the ordinary route from 4 weeks to 6 months of incapacity', () => {
    expect(fedrisRouteEligibility('incapacity', { ...base, on: '2026-02-01' }).reasons).toEqual(['tooEarly']);
    expect(fedrisRouteEligibility('incapacity', { ...base, on: '2026-02-02' }).eligible).toBe(true);
    expect(fedrisRouteEligibility('incapacity', { ...base, on: '2026-07-05' }).eligible).toBe(true);
    expect(fedrisRouteEligibility('incapacity', { ...base, on: '2026-07-06' }).reasons).toEqual(['tooLate']);
  });

  it('opens the relapse route after 1 week with at least 21 days of low-back-pain incapacity in the previous 12 months', () => {
    expect(fedrisRouteEligibility('relapse', { ...base, on: '2026-01-12', lbpIncapacityDaysPrevious12Months: 21 }).eligible).toBe(true);
    expect(fedrisRouteEligibility('relapse', { ...base, on: '2026-03-02', lbpIncapacityDaysPrevious12Months: 20 }).reasons).toEqual(['notARelapse']);
  });

  it('opens the surgery route 4 weeks to 6 months after lower-back surgery', () => {
    expect(fedrisRouteEligibility('afterSurgery', base).reasons).toEqual(['noSurgery']);
    expect(fedrisRouteEligibility('afterSurgery', { ...base, surgeryDate: '2026-02-03' }).reasons).toEqual(['tooEarly']);
    expect(fedrisRouteEligibility('afterSurgery', { ...base, surgeryDate: '2026-02-02' }).eligible).toBe(true);
    expect(fedrisRouteEligibility('afterSurgery', { ...base, on: '2026-08-03', surgeryDate: '2026-02-02' }).reasons).toContain('tooLate');
  });

  it('opens the return-to-work route on an ended incapacity of 4 weeks to 6 months with adapted or other work, judged on the incapacity', () => {
    const ended = { ...base, on: '2026-09-01', lastDayOfIncapacity: '2026-03-01', resumesAdaptedOrOtherWork: true };
    expect(fedrisRouteEligibility('returnToWorkExam', ended).eligible).toBe(true);
    expect(fedrisRouteEligibility('returnToWorkExam', { ...ended, resumesAdaptedOrOtherWork: false }).reasons).toEqual(['notAdaptedWork']);
    expect(fedrisRouteEligibility('returnToWorkExam', { ...base, resumesAdaptedOrOtherWork: true }).reasons).toEqual(['incapacityNotEnded']);
    expect(fedrisRouteEligibility('returnToWorkExam', { ...ended, lastDayOfIncapacity: '2026-01-20' }).reasons).toEqual(['tooEarly']);
  });

  it('needs a qualifying exposure and a covered sector on every route', () => {
    expect(fedrisRouteEligibility('incapacity', { ...base, exposures: ['screenWork'], sector: 'federalPublic' }).reasons).toEqual([
      'noQualifyingExposure',
      'sectorNotCovered',
    ]);
  });

  it('gives the employer 6 calendar months from Fedris’ decision to claim the ergonomic intervention', () => {
    expect(fedrisEmployerClaimDeadline('2026-03-16')).toBe('2026-09-16');
    expect(fedrisEmployerClaimDeadline('2025-08-31')).toBe('2026-02-28');
  });
});
