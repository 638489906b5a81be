import type { ReportDocument } from './reportDocument';
import { COLORS, SPACING, STYLES } from './theme';

/*
 * A simple bar chart: horizontal (one labelled row per bar) or vertical (columns with the labels
 * under them). Each bar shows its value label, so the figures can be read without the bars; a bar
 * without a value (e.g. a suppressed small cell) shows only its label, such as '< 5'. The chart is
 * tagged as one figure with `description` as its alternative text and is never split over pages.
 */

export interface Bar {
  label: string;
  /** null: no bar is drawn (value hidden or unknown); `valueLabel` says why. */
  value: number | null;
  /** Text shown with the bar, e.g. '12', '34 %' or '< 5'. */
  valueLabel: string;
}

export interface BarChartSpec {
  orientation: 'horizontal' | 'vertical';
  /** Alternative text for screen readers: what the chart shows. */
  description: string;
  bars: readonly Bar[];
  /** Value of a full-length bar; the largest value when not given. */
  maxValue?: number;
  /** Height of the plot area of a vertical chart (points); default 150. */
  plotHeight?: number;
  /** Colour of the bars; the theme's bar colour when not given. */
  color?: string;
}

const ROW_HEIGHT = 15;
const BAR_THICKNESS = 9;

function scaleMax(spec: BarChartSpec): number {
  const largest = spec.bars.reduce((max, bar) => (bar.value !== null && bar.value > max ? bar.value : max), 0);
  const max = spec.maxValue ?? largest;
  return max > 0 ? max : 1;
}

function drawHorizontal(report: ReportDocument, spec: BarChartSpec, top: number): number {
  const pdf = report.pdf;
  const labelWidth = Math.round(report.contentWidth * 0.34);
  const valueWidth = 48;
  const plotX = report.left + labelWidth + 8;
  const plotWidth = report.contentWidth - labelWidth - 8 - valueWidth;
  const max = scaleMax(spec);
  const color = spec.color ?? COLORS.bar;
  let y = top;
  for (const bar of spec.bars) {
    report.useStyle(STYLES.tableCell);
    pdf.text(bar.label, report.left, y + 2, { width: labelWidth, lineBreak: false, ellipsis: true });
    const length = bar.value === null ? 0 : Math.max(0, Math.min(1, bar.value / max)) * plotWidth;
    if (length > 0) pdf.rect(plotX, y + (ROW_HEIGHT - BAR_THICKNESS) / 2, length, BAR_THICKNESS).fill(color);
    report.useStyle(bar.value === null ? { ...STYLES.tableCell, color: COLORS.muted } : STYLES.tableCell);
    pdf.text(bar.valueLabel, plotX + length + 4, y + 2, { width: valueWidth + plotWidth - length - 4, lineBreak: false });
    y += ROW_HEIGHT;
  }
  pdf
    .moveTo(plotX, top - 2)
    .lineTo(plotX, y + 2)
    .lineWidth(0.6)
    .strokeColor(COLORS.muted)
    .stroke();
  return y + 4;
}

function verticalLabelHeight(report: ReportDocument, spec: BarChartSpec, slot: number): number {
  return spec.bars.reduce((max, bar) => Math.max(max, report.measure(bar.label, STYLES.small, slot - 4)), 0);
}

function drawVertical(report: ReportDocument, spec: BarChartSpec, top: number, plotHeight: number): number {
  const pdf = report.pdf;
  const slot = report.contentWidth / Math.max(1, spec.bars.length);
  const barWidth = Math.min(42, slot * 0.6);
  const max = scaleMax(spec);
  const color = spec.color ?? COLORS.bar;
  const valueLine = report.lineHeight(STYLES.tableCell);
  const baseline = top + valueLine + plotHeight;
  spec.bars.forEach((bar, index) => {
    const slotX = report.left + index * slot;
    const height = bar.value === null ? 0 : Math.max(0, Math.min(1, bar.value / max)) * plotHeight;
    if (height > 0) pdf.rect(slotX + (slot - barWidth) / 2, baseline - height, barWidth, height).fill(color);
    report.useStyle(bar.value === null ? { ...STYLES.tableCell, color: COLORS.muted } : STYLES.tableCell);
    pdf.text(bar.valueLabel, slotX, baseline - height - valueLine, { width: slot, align: 'center', lineBreak: false });
    report.useStyle(STYLES.small);
    pdf.text(bar.label, slotX + 2, baseline + 4, { width: slot - 4, align: 'center', lineGap: STYLES.small.lineGap });
  });
  pdf
    .moveTo(report.left, baseline)
    .lineTo(report.left + report.contentWidth, baseline)
    .lineWidth(0.6)
    .strokeColor(COLORS.muted)
    .stroke();
  return baseline + 4 + verticalLabelHeight(report, spec, slot) + 4;
}

/** Draws a bar chart at the cursor; see BarChartSpec. */
export function drawBarChart(report: ReportDocument, spec: BarChartSpec): void {
  const pdf = report.pdf;
  const plotHeight = spec.plotHeight ?? 150;
  const height =
    spec.orientation === 'horizontal'
      ? spec.bars.length * ROW_HEIGHT + 8
      : report.lineHeight(STYLES.tableCell) +
        plotHeight +
        8 +
        verticalLabelHeight(report, spec, report.contentWidth / Math.max(1, spec.bars.length));
  report.ensureSpace(height);
  const top = pdf.y + 2;
  const content = pdf.markStructureContent('Figure');
  pdf.save();
  const bottom = spec.orientation === 'horizontal' ? drawHorizontal(report, spec, top) : drawVertical(report, spec, top, plotHeight);
  pdf.restore();
  pdf.endMarkedContent();
  report.root.add(pdf.struct('Figure', { alt: spec.description }, [content]));
  pdf.x = report.left;
  pdf.y = bottom + SPACING.block;
}
