import type { ReportDocument } from './reportDocument';
import { COLORS, SPACING, STYLES } from './theme';

/*
 * Tables: a header row, then rows that are never split; when a row does not fit, the table goes on
 * on the next page under a repeated header row (marked as a pagination artifact, so that screen
 * readers read the header once).
 */

export interface TableColumn {
  header: string;
  /** Relative width; the columns share the content width in proportion to it. */
  weight: number;
  align?: 'left' | 'right' | 'center';
}

export interface TableSpec {
  columns: readonly TableColumn[];
  /** Cell texts, one array per row, in column order. */
  rows: ReadonlyArray<readonly string[]>;
  /** Shown under the table in small print (e.g. what '< 5' means). */
  caption?: string;
}

interface Layout {
  x: number[];
  widths: number[];
}

/** The width of a header's longest word: a column narrower than that would split the word. */
function longestHeaderWord(report: ReportDocument, header: string): number {
  report.useStyle(STYLES.tableHeader);
  return Math.max(0, ...header.split(/[\s]+/).map((word) => report.pdf.widthOfString(word))) + 2 * SPACING.cellPadding + 1;
}

/**
 * Column widths in proportion to the weights, but never narrower than the header's longest word
 * (headers wrap between words only); the other columns give up the difference in proportion.
 */
function columnLayout(report: ReportDocument, columns: readonly TableColumn[]): Layout {
  const minimums = columns.map((column) => longestHeaderWord(report, column.header));
  const fixed = new Set<number>();
  let widths: number[] = [];
  for (;;) {
    const free = report.contentWidth - [...fixed].reduce((sum, i) => sum + (minimums[i] ?? 0), 0);
    const weight = columns.reduce((sum, column, i) => sum + (fixed.has(i) ? 0 : column.weight), 0);
    widths = columns.map((column, i) => (fixed.has(i) ? (minimums[i] ?? 0) : (free * column.weight) / weight));
    const tooNarrow = widths.findIndex((width, i) => !fixed.has(i) && width < (minimums[i] ?? 0));
    if (tooNarrow === -1 || fixed.size === columns.length - 1) break;
    fixed.add(tooNarrow);
  }
  const x: number[] = [];
  let position = report.left;
  for (const width of widths) {
    x.push(position);
    position += width;
  }
  return { x, widths };
}

function rowHeight(report: ReportDocument, cells: readonly string[], layout: Layout, header: boolean): number {
  const style = header ? STYLES.tableHeader : STYLES.tableCell;
  let height = 0;
  cells.forEach((cell, index) => {
    const width = (layout.widths[index] ?? 0) - 2 * SPACING.cellPadding;
    height = Math.max(height, report.measure(cell, style, width));
  });
  return height + 2 * SPACING.cellPadding;
}

function drawRow(
  report: ReportDocument,
  parent: PDFKit.PDFStructureElement | null,
  cells: readonly string[],
  spec: TableSpec,
  layout: Layout,
  kind: 'header' | 'repeatedHeader' | 'body',
  zebra: boolean,
  height: number,
): void {
  const pdf = report.pdf;
  const header = kind !== 'body';
  const top = pdf.y;
  const background = header ? COLORS.accentLight : zebra ? COLORS.zebra : null;
  report.decorate((doc) => {
    if (background !== null) doc.rect(report.left, top, report.contentWidth, height).fill(background);
    doc
      .moveTo(report.left, top + height)
      .lineTo(report.left + report.contentWidth, top + height)
      .lineWidth(header ? 0.8 : 0.4)
      .strokeColor(header ? COLORS.accent : COLORS.rule)
      .stroke();
  });
  const style = header ? STYLES.tableHeader : STYLES.tableCell;
  const row = parent === null ? null : pdf.struct('TR');
  if (row !== null && parent !== null) parent.add(row);
  if (kind === 'repeatedHeader') pdf.markContent('Artifact', { type: 'Pagination' });
  cells.forEach((cell, index) => {
    const x = (layout.x[index] ?? report.left) + SPACING.cellPadding;
    const width = (layout.widths[index] ?? 0) - 2 * SPACING.cellPadding;
    const align = spec.columns[index]?.align ?? 'left';
    if (row === null) {
      report.useStyle(style);
      pdf.text(cell, x, top + SPACING.cellPadding, { width, lineGap: style.lineGap, align });
    } else {
      report.writeText(row, header ? 'TH' : 'TD', cell, style, x, top + SPACING.cellPadding, width, align);
    }
  });
  if (kind === 'repeatedHeader') pdf.endMarkedContent();
  row?.end();
  pdf.x = report.left;
  pdf.y = top + height;
}

/** Draws a table at the cursor; see TableSpec. */
export function drawTable(report: ReportDocument, spec: TableSpec): void {
  const pdf = report.pdf;
  const layout = columnLayout(report, spec.columns);
  const headers = spec.columns.map((column) => column.header);
  const headerHeight = rowHeight(report, headers, layout, true);
  const rowHeights = spec.rows.map((cells) => rowHeight(report, cells, layout, false));
  const captionHeight =
    spec.caption === undefined ? 0 : SPACING.paragraph + report.measure(spec.caption, STYLES.small, report.contentWidth);
  const wholeTable = rowHeights.reduce((sum, height) => sum + height, headerHeight + captionHeight);
  // A short table stays in one piece; a longer one starts with at least its first rows.
  const keepTogether =
    wholeTable <= report.pageContentHeight / 3 ? wholeTable : headerHeight + (rowHeights[0] ?? 0) + (rowHeights[1] ?? 0);
  report.ensureSpace(keepTogether);

  const table = pdf.struct('Table');
  report.root.add(table);
  const head = pdf.struct('THead');
  table.add(head);
  drawRow(report, head, headers, spec, layout, 'header', false, headerHeight);
  head.end();
  const body = pdf.struct('TBody');
  table.add(body);
  spec.rows.forEach((cells, index) => {
    const height = rowHeights[index] ?? 0;
    const last = index === spec.rows.length - 1;
    if (height + (last ? captionHeight : 0) > report.remaining) {
      report.newPage();
      drawRow(report, null, headers, spec, layout, 'repeatedHeader', false, headerHeight);
    }
    drawRow(report, body, cells, spec, layout, 'body', index % 2 === 1, height);
  });
  body.end();
  table.end();
  pdf.y += SPACING.paragraph;
  if (spec.caption !== undefined) report.smallPrint(spec.caption);
  else pdf.y += SPACING.paragraph - 2;
}
