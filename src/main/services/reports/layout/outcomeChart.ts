import { SERIES_STYLE, type ChartPoint, type OutcomeChart } from '../../../../shared/charts/outcomeChart';
import type { ReportDocument } from './reportDocument';
import { COLORS, SPACING, STYLES } from './theme';

/*
 * The outcome chart of an episode in the style of the bar charts: scores 0-10 above, hours below,
 * one date axis with the plan's steps through both plots, a legend under it. Kept on one page and
 * tagged as one figure with `description` as its alternative text.
 */

export interface OutcomeChartSpec {
  chart: OutcomeChart;
  description: string;
  scoresTitle: string;
  hoursTitle: string;
  stepLabel(number: number): string;
  /** The short date under a tick (dd-mm). */
  tickLabel(date: string): string;
  legend: ReadonlyArray<{ style: keyof typeof SERIES_STYLE; label: string }>;
}

const AXIS_WIDTH = 26;
const SCORE_HEIGHT = 120;
const HOURS_HEIGHT = 56;
const GAP = 22;
const LEGEND_ROW = 12;

function setDash(pdf: PDFKit.PDFDocument, dash: readonly number[]): void {
  if (dash.length === 0) pdf.undash();
  // pdfkit takes a dash pattern as an array; its type only names the single length.
  else pdf.dash([...dash] as unknown as number, {});
}

function polyline(pdf: PDFKit.PDFDocument, points: readonly ChartPoint[], x: (f: number) => number, y: (f: number) => number): void {
  points.forEach((p, i) => (i === 0 ? pdf.moveTo(x(p.x), y(p.y)) : pdf.lineTo(x(p.x), y(p.y))));
}

export function drawOutcomeChart(report: ReportDocument, spec: OutcomeChartSpec): void {
  const pdf = report.pdf;
  const { chart } = spec;
  const legendRows = Math.ceil(spec.legend.length / 3);
  const titleLine = report.lineHeight(STYLES.small);
  const height = titleLine + SCORE_HEIGHT + GAP + titleLine + HOURS_HEIGHT + 17 + legendRows * LEGEND_ROW + 4;
  report.ensureSpace(height);
  const top = pdf.y + 2;
  const plotLeft = report.left + AXIS_WIDTH;
  const plotWidth = report.contentWidth - AXIS_WIDTH - 4;
  const scoreTop = top + titleLine;
  const hoursTop = scoreTop + SCORE_HEIGHT + GAP + titleLine;
  const x = (f: number) => plotLeft + f * plotWidth;
  const scoreY = (f: number) => scoreTop + (1 - f) * SCORE_HEIGHT;
  const hoursY = (f: number) => hoursTop + (1 - f) * HOURS_HEIGHT;

  const content = pdf.markStructureContent('Figure');
  pdf.save();
  report.useStyle(STYLES.small);
  pdf.text(spec.scoresTitle, plotLeft, top, { lineBreak: false });
  pdf.text(spec.hoursTitle, plotLeft, hoursTop - titleLine, { lineBreak: false });
  pdf.lineWidth(0.4).strokeColor(COLORS.rule);
  for (const v of [0, 2, 4, 6, 8, 10]) {
    pdf.moveTo(plotLeft, scoreY(v / 10)).lineTo(plotLeft + plotWidth, scoreY(v / 10)).stroke();
    pdf.text(String(v), report.left, scoreY(v / 10) - 3, { width: AXIS_WIDTH - 4, align: 'right', lineBreak: false });
  }
  for (const f of [0, 0.5, 1]) {
    pdf.moveTo(plotLeft, hoursY(f)).lineTo(plotLeft + plotWidth, hoursY(f)).stroke();
    pdf.text(String(Math.round(f * chart.maxHours)), report.left, hoursY(f) - 3, { width: AXIS_WIDTH - 4, align: 'right', lineBreak: false });
  }

  for (const step of chart.planSteps) {
    pdf.lineWidth(0.5).strokeColor(COLORS.muted);
    setDash(pdf, [2, 2]);
    pdf.moveTo(x(step.x0), scoreTop).lineTo(x(step.x0), hoursTop + HOURS_HEIGHT).stroke();
    pdf.lineWidth(2).strokeColor(SERIES_STYLE.plan.color);
    setDash(pdf, SERIES_STYLE.plan.dash);
    pdf.moveTo(x(step.x0), hoursY(step.y)).lineTo(x(step.x1), hoursY(step.y)).stroke();
    pdf.undash();
    report.useStyle(STYLES.small);
    pdf.text(spec.stepLabel(step.number), x(step.x0) + 2, hoursTop + 2, { lineBreak: false });
  }

  const drawSeries = (points: readonly ChartPoint[], style: keyof typeof SERIES_STYLE, y: (f: number) => number) => {
    if (points.length === 0) return;
    const { color, dash } = SERIES_STYLE[style];
    pdf.lineWidth(1.4).strokeColor(color);
    setDash(pdf, dash);
    polyline(pdf, points, x, y);
    pdf.stroke();
    pdf.undash();
    for (const p of points) pdf.circle(x(p.x), y(p.y), 2).fill(color);
  };
  drawSeries(chart.hours, 'hoursWorked', hoursY);
  for (const series of chart.series) drawSeries(series.points, series.id, scoreY);

  report.useStyle(STYLES.small);
  for (const tick of chart.ticks) {
    // Below the axis label '0' of the hours, never on it.
    pdf.text(spec.tickLabel(tick.date), x(tick.x) - 20, hoursTop + HOURS_HEIGHT + 6, { width: 40, align: 'center', lineBreak: false });
  }
  const legendTop = hoursTop + HOURS_HEIGHT + 19;
  const column = report.contentWidth / 3;
  spec.legend.forEach((entry, index) => {
    const lx = report.left + (index % 3) * column;
    const ly = legendTop + Math.floor(index / 3) * LEGEND_ROW;
    const { color, dash } = SERIES_STYLE[entry.style];
    pdf.lineWidth(1.6).strokeColor(color);
    setDash(pdf, dash);
    pdf.moveTo(lx, ly + 4).lineTo(lx + 18, ly + 4).stroke();
    pdf.undash();
    report.useStyle(STYLES.small);
    pdf.text(entry.label, lx + 22, ly, { width: column - 24, lineBreak: false, ellipsis: true });
  });
  pdf.restore();
  pdf.endMarkedContent();
  report.root.add(pdf.struct('Figure', { alt: spec.description }, [content]));
  pdf.x = report.left;
  pdf.y = legendTop + legendRows * LEGEND_ROW + SPACING.block;
}
