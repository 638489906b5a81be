import type { ConsultationEvaluationInput } from '../../src/shared/rules';

/**
 * A Dutch worker seven weeks into low back pain, on sick leave for six, in a job with manual
 * handling: the consultation input that rules tests start from and vary.
 */
export const dutchEvaluationInput: ConsultationEvaluationInput = {
  jurisdiction: 'NL',
  consultationDate: '2025-03-10',
  onsetDate: '2025-01-20',
  birthDate: '1980-05-01',
  redFlagFindings: {},
  riskFactors: [],
  yellowFlags: [],
  sickLeaveStart: '2025-01-27',
  job: { exposures: ['manualHandling'], maxLiftKg: 20, contractHoursPerWeek: 38, sector: 'private' },
};
