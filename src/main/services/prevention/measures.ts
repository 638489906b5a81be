import { measureCodes, type Finding, type Measure, type MeasureCode, type WorkplaceAggregates } from '../../../shared/model';
import type { RiskFactorCode } from '../../../shared/rules';

/*
 * Priorities and recommended measures, derived from the aggregates AFTER suppression: a rule only
 * reads numbers that are shown, so a recommendation never reveals a hidden cell, and every
 * explanation quotes a number the reader can find in the tables.
 */

/** A work-related risk factor noted in at least this share of consultations is worth acting on. */
export const NOTABLE_PERCENT = 20;
/** ... and from this share it is a priority. */
export const HIGH_PERCENT = 40;
/** Share of workers seen whose complaints lasted 6 weeks or more (subacute or chronic) that calls for adapted work. */
export const PROLONGED_SHARE_PERCENT = 25;
/** Share of workers seen at medium or high risk of chronic complaints that calls for psychosocial measures. */
export const CHRONICITY_SHARE_PERCENT = 30;

/** Which noted risk factors point at which measure. */
const FACTORS_OF_MEASURE: Record<MeasureCode, readonly RiskFactorCode[]> = {
  liftingAids: ['heavyLifting', 'pushingPulling'],
  taskDesign: ['frequentBendingTwisting', 'awkwardPostures', 'wholeBodyVibration', 'prolongedSitting', 'prolongedStanding', 'longDriving', 'screenWork'],
  jobRotation: ['monotonousWork', 'prolongedSitting', 'prolongedStanding', 'longDriving'],
  training: ['poorLiftingTechnique', 'heavyLifting'],
  psychosocial: ['workStress', 'highWorkPressure', 'lowJobControl', 'lowSocialSupport', 'jobInsecurity', 'workConflicts', 'lowJobSatisfaction', 'monotonousWork'],
  adaptedWork: [],
};

type Input = Omit<WorkplaceAggregates, 'measures'>;
type Weighted = Finding & { high: boolean };

function percent(part: number, whole: number): number {
  return Math.round((part / whole) * 1000) / 10;
}

/** The share of two shown counts, or null when either is hidden or the whole is 0. */
function shareOf(parts: ReadonlyArray<number | null>, whole: number | null): number | null {
  if (whole === null || whole === 0 || parts.some((p) => p === null)) return null;
  return percent(parts.reduce<number>((sum, p) => sum + (p ?? 0), 0), whole);
}

function liftingFindings(a: Input): Weighted[] {
  const { byBand, total } = a.lifting;
  const findings: Weighted[] = [];
  if (byBand.high > 0) findings.push({ key: 'prevention.finding.liftingHigh', params: { count: byBand.high, total }, riskFactor: null, high: true });
  if (byBand.increased > 0) {
    findings.push({ key: 'prevention.finding.liftingIncreased', params: { count: byBand.increased, total }, riskFactor: null, high: false });
  }
  return findings;
}

function factorFindings(a: Input, codes: readonly RiskFactorCode[]): Weighted[] {
  return a.riskFactors.rows
    .filter((row) => codes.includes(row.code as RiskFactorCode))
    .filter((row) => row.percentOfConsultations !== null && row.percentOfConsultations >= NOTABLE_PERCENT)
    .map((row) => ({
      key: 'prevention.finding.factor',
      params: { percent: row.percentOfConsultations ?? 0, count: row.consultations.display },
      riskFactor: row.code,
      high: (row.percentOfConsultations ?? 0) >= HIGH_PERCENT,
    }));
}

function distributionShare(a: Input, table: 'phases' | 'chronicity', keys: readonly string[]): number | null {
  const rows = a[table].rows.filter((row) => keys.includes(row.key));
  return shareOf(rows.map((row) => row.workers.value), a[table].total.value);
}

function adaptedWorkFindings(a: Input): Weighted[] {
  const findings: Weighted[] = [];
  const prolonged = distributionShare(a, 'phases', ['subacute', 'chronic']);
  if (prolonged !== null && prolonged >= PROLONGED_SHARE_PERCENT) {
    findings.push({ key: 'prevention.finding.prolonged', params: { percent: prolonged }, riskFactor: null, high: prolonged >= HIGH_PERCENT });
  }
  const days = a.summary.sickLeaveDays.value;
  if (days !== null && days > 0) {
    findings.push({ key: 'prevention.finding.sickLeave', params: { days }, riskFactor: null, high: false });
  }
  return findings;
}

function chronicityFindings(a: Input): Weighted[] {
  const share = distributionShare(a, 'chronicity', ['medium', 'high']);
  if (share === null || share < CHRONICITY_SHARE_PERCENT) return [];
  return [{ key: 'prevention.finding.chronicity', params: { percent: share }, riskFactor: null, high: share >= HIGH_PERCENT }];
}

function findingsOf(code: MeasureCode, a: Input): Weighted[] {
  const factors = factorFindings(a, FACTORS_OF_MEASURE[code]);
  switch (code) {
    case 'liftingAids':
    case 'taskDesign':
      return [...liftingFindings(a), ...factors];
    case 'jobRotation':
      // Rotation spreads the lifting over more people: worth doing, never the first measure.
      return [...factors, ...liftingFindings(a).map((f) => ({ ...f, high: false }))];
    case 'training':
      return factors;
    case 'psychosocial':
      return [...factors, ...chronicityFindings(a)];
    case 'adaptedWork':
      return adaptedWorkFindings(a);
  }
}

/** The measures the data point at, highest priority first, each with the findings behind it. */
export function recommendMeasures(a: Input): Measure[] {
  const measures = measureCodes
    .map((code) => {
      const findings = findingsOf(code, a);
      return {
        code,
        priority: findings.some((f) => f.high) ? ('high' as const) : ('medium' as const),
        findings: findings.map(({ key, params, riskFactor }) => ({ key, params, riskFactor })),
      };
    })
    .filter((measure) => measure.findings.length > 0);
  return measures.sort((x, y) => (x.priority === y.priority ? 0 : x.priority === 'high' ? -1 : 1));
}
