import { requireNumber, requireOneOf } from './validation';
import { RuleInputError } from './ruleInputError';

/*
 * Revised NIOSH lifting equation, metric form (Waters et al. 1993; NIOSH 94-110; docs/clinical-rules.md, section 7):
 * RWL = 23 kg x HM x VM x DM x AM x FM x CM; LI = load / RWL.
 */

export interface LiftingTask {
  loadKg: number;
  horizontalCm: number;
  verticalCm: number;
  distanceCm: number;
  asymmetryDeg: number;
  frequencyPerMin: number;
  durationHours: number;
  coupling: 'good' | 'fair' | 'poor';
}

export type NioshBand = 'acceptable' | 'increased' | 'high';

export interface NioshMultipliers {
  hm: number;
  vm: number;
  dm: number;
  am: number;
  fm: number;
  cm: number;
}

export interface NioshResult {
  rwlKg: number;
  liftingIndex: number;
  band: NioshBand;
  multipliers: NioshMultipliers;
}

export const NIOSH_LOAD_CONSTANT_KG = 23;

/** Horizontal multiplier: 25/H, 1 below 25 cm, 0 beyond 63 cm. */
export function horizontalMultiplier(h: number): number {
  if (h < 25) return 1;
  if (h > 63) return 0;
  return 25 / h;
}

/** Vertical multiplier: 1 - 0.003 |V - 75|, 0 above 175 cm. */
export function verticalMultiplier(v: number): number {
  if (v > 175) return 0;
  return 1 - 0.003 * Math.abs(v - 75);
}

/** Distance multiplier: 0.82 + 4.5/D, 1 below 25 cm, 0 beyond 175 cm. */
export function distanceMultiplier(d: number): number {
  if (d < 25) return 1;
  if (d > 175) return 0;
  return 0.82 + 4.5 / d;
}

/** Asymmetry multiplier: 1 - 0.0032 A, 0 beyond 135 degrees. */
export function asymmetryMultiplier(a: number): number {
  if (a > 135) return 0;
  return 1 - 0.0032 * a;
}

/** Coupling multiplier: good 1.00; fair 0.95 below V = 75 cm, 1.00 from 75; poor 0.90. */
export function couplingMultiplier(coupling: LiftingTask['coupling'], v: number): number {
  if (coupling === 'good') return 1;
  if (coupling === 'fair') return v < 75 ? 0.95 : 1;
  return 0.9;
}

/** A frequency-table cell: one value, or [value when V < 75, value when V >= 75]. */
type FmCell = number | readonly [number, number];

/**
 * The frequency-multiplier table: rows by lifts per minute (the first row is F <= 0.2), columns by
 * work duration (<= 1 h, > 1 and <= 2 h, > 2 and <= 8 h). Above 15 lifts per minute FM is 0.
 */
export const FM_TABLE: ReadonlyArray<{ frequency: number; cells: readonly [FmCell, FmCell, FmCell] }> = [
  { frequency: 0.2, cells: [1.0, 0.95, 0.85] },
  { frequency: 0.5, cells: [0.97, 0.92, 0.81] },
  { frequency: 1, cells: [0.94, 0.88, 0.75] },
  { frequency: 2, cells: [0.91, 0.84, 0.65] },
  { frequency: 3, cells: [0.88, 0.79, 0.55] },
  { frequency: 4, cells: [0.84, 0.72, 0.45] },
  { frequency: 5, cells: [0.8, 0.6, 0.35] },
  { frequency: 6, cells: [0.75, 0.5, 0.27] },
  { frequency: 7, cells: [0.7, 0.42, 0.22] },
  { frequency: 8, cells: [0.6, 0.35, 0.18] },
  { frequency: 9, cells: [0.52, 0.3, [0.0, 0.15]] },
  { frequency: 10, cells: [0.45, 0.26, [0.0, 0.13]] },
  { frequency: 11, cells: [0.41, [0.0, 0.23], 0.0] },
  { frequency: 12, cells: [0.37, [0.0, 0.21], 0.0] },
  { frequency: 13, cells: [[0.0, 0.34], 0.0, 0.0] },
  { frequency: 14, cells: [[0.0, 0.31], 0.0, 0.0] },
  { frequency: 15, cells: [[0.0, 0.28], 0.0, 0.0] },
];

function cellValue(cell: FmCell, v: number): number {
  return typeof cell === 'number' ? cell : v < 75 ? cell[0] : cell[1];
}

function durationColumn(hours: number): 0 | 1 | 2 {
  return hours <= 1 ? 0 : hours <= 2 ? 1 : 2;
}

/** Frequency multiplier, with linear interpolation between two rows of the table. */
export function frequencyMultiplier(frequencyPerMin: number, durationHours: number, v: number): number {
  const column = durationColumn(durationHours);
  let previous: { frequency: number; value: number } | null = null;
  for (const row of FM_TABLE) {
    const value = cellValue(row.cells[column], v);
    if (frequencyPerMin <= row.frequency) {
      if (previous === null || frequencyPerMin === row.frequency) return value;
      const share = (frequencyPerMin - previous.frequency) / (row.frequency - previous.frequency);
      return previous.value + share * (value - previous.value);
    }
    previous = { frequency: row.frequency, value };
  }
  return 0;
}

/** The band of a lifting index (NIOSH 1994, 1.4.3): <= 1 acceptable, <= 3 increased, above 3 high. */
export function nioshBand(liftingIndex: number): NioshBand {
  if (liftingIndex <= 1) return 'acceptable';
  if (liftingIndex <= 3) return 'increased';
  return 'high';
}

/**
 * Recommended weight limit and lifting index of a task. Negative loads, distances, angles or
 * frequencies and a duration of 0 or over 8 hours are RangeErrors. RWL 0 gives LI = Infinity.
 */
export function nioshLifting(t: LiftingTask): NioshResult {
  const load = requireNumber(t.loadKg, 'loadKg', 0, 1000);
  const h = requireNumber(t.horizontalCm, 'horizontalCm', 0, 1000);
  const v = requireNumber(t.verticalCm, 'verticalCm', 0, 1000);
  const d = requireNumber(t.distanceCm, 'distanceCm', 0, 1000);
  const a = requireNumber(t.asymmetryDeg, 'asymmetryDeg', 0, 360);
  const f = requireNumber(t.frequencyPerMin, 'frequencyPerMin', 0, 1000);
  const hours = requireNumber(t.durationHours, 'durationHours', 0, 8);
  if (hours === 0) throw new RuleInputError('durationHours', 'must be more than 0');
  const coupling = requireOneOf(t.coupling, 'coupling', ['good', 'fair', 'poor']);

  const multipliers: NioshMultipliers = {
    hm: horizontalMultiplier(h),
    vm: verticalMultiplier(v),
    dm: distanceMultiplier(d),
    am: asymmetryMultiplier(a),
    fm: frequencyMultiplier(f, hours, v),
    cm: couplingMultiplier(coupling, v),
  };
  const { hm, vm, dm, am, fm, cm } = multipliers;
  const rwlKg = NIOSH_LOAD_CONSTANT_KG * hm * vm * dm * am * fm * cm;
  const liftingIndex = rwlKg === 0 ? Infinity : load / rwlKg;
  return { rwlKg, liftingIndex, band: nioshBand(liftingIndex), multipliers };
}
