import type { OutcomePoint, PlanDocument } from '../model';
import { OUTCOME_MEASURES, daysBetween, type OutcomeMeasureId } from '../rules';

/*
 * The geometry of the outcome chart of an episode, shared by the dossier (SVG) and the consultation
 * record (pdfkit): one time axis with the consultation dates; above it the scores (0-10, the
 * Roland-Morris scaled from 0-24), below it the hours worked and the hours of the return-to-work
 * plan's steps. Coordinates are fractions (0-1) of the plot areas; each renderer scales them.
 */

export type ChartSeriesId = Exclude<OutcomeMeasureId, 'hoursWorked'>;

export const CHART_SERIES: readonly ChartSeriesId[] = ['painNow', 'rolandMorris', 'workAbility', 'psk'];

/** A colour per series, readable on white and apart from each other; dashes tell them apart in print. */
export const SERIES_STYLE: Record<ChartSeriesId | 'hoursWorked' | 'plan', { color: string; dash: readonly number[] }> = {
  painNow: { color: '#6a3d9a', dash: [] },
  rolandMorris: { color: '#1f5fa8', dash: [6, 3] },
  workAbility: { color: '#2d6a3e', dash: [2, 2] },
  psk: { color: '#8a5a00', dash: [8, 3, 2, 3] },
  hoursWorked: { color: '#14534a', dash: [] },
  plan: { color: '#7a7a7a', dash: [4, 3] },
};

export interface ChartPoint {
  /** 0 (first day) to 1 (last day). */
  x: number;
  /** 0 (bottom) to 1 (top). */
  y: number;
  date: string;
  value: number;
}

export interface OutcomeChart {
  start: string;
  end: string;
  series: Array<{ id: ChartSeriesId; points: ChartPoint[] }>;
  hours: ChartPoint[];
  /** The plan's steps as a step line: each from its start to the next step (or the end). */
  planSteps: Array<{ number: number; x0: number; x1: number; y: number; hours: number; startDate: string }>;
  /** The highest hours value on the hours scale. */
  maxHours: number;
  /** The consultation dates, for the ticks. */
  ticks: Array<{ x: number; date: string }>;
}

const scaled = (id: ChartSeriesId, value: number) => value / OUTCOME_MEASURES[id].max;

function valueOf(point: OutcomePoint, id: ChartSeriesId): number | null {
  if (id === 'psk') return point.pskScore;
  return point[id];
}

/** The chart of an episode's outcome points (any order) and its plan; null without any point. */
export function outcomeChart(points: readonly OutcomePoint[], plan: PlanDocument | null, contractHours: number): OutcomeChart | null {
  if (points.length === 0) return null;
  const ordered = [...points].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const steps = plan?.steps ?? [];
  const dates = [...ordered.map((p) => p.date), ...steps.map((s) => s.startDate)].sort();
  const start = dates[0] as string;
  const last = dates[dates.length - 1] as string;
  // A week after the last date, so the last plan step has a visible width.
  const span = Math.max(7, daysBetween(start, last) + 7);
  const end = last;
  const xOf = (date: string) => daysBetween(start, date) / span;
  const maxHours = Math.max(contractHours, ...ordered.map((p) => p.hoursWorked ?? 0), ...steps.map((s) => s.hoursPerWeek), 1);

  return {
    start,
    end,
    series: CHART_SERIES.map((id) => ({
      id,
      points: ordered.flatMap((p) => {
        const value = valueOf(p, id);
        return value === null ? [] : [{ x: xOf(p.date), y: scaled(id, value), date: p.date, value }];
      }),
    })),
    hours: ordered.flatMap((p) => (p.hoursWorked === null ? [] : [{ x: xOf(p.date), y: p.hoursWorked / maxHours, date: p.date, value: p.hoursWorked }])),
    planSteps: steps.map((step, index) => {
      const next = steps[index + 1];
      return {
        number: index + 1,
        x0: xOf(step.startDate),
        x1: next ? xOf(next.startDate) : 1,
        y: step.hoursPerWeek / maxHours,
        hours: step.hoursPerWeek,
        startDate: step.startDate,
      };
    }),
    maxHours,
    ticks: ordered.map((p) => ({ x: xOf(p.date), date: p.date })),
  };
}
