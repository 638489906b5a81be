import PDFDocument from 'pdfkit';
import { usableLogo } from '../../images/logoImage';
import { type BarChartSpec, drawBarChart } from './barChart';
import { type OutcomeChartSpec, drawOutcomeChart } from './outcomeChart';
import { fontFiles, installFonts, NO_DEFAULT_FONT } from './fonts';
import { drawTable, type TableSpec } from './table';
import { drawTickBoxQuestion, type TickBoxQuestion } from './tickBoxes';
import { COLORS, PAGE, SPACING, STYLES, type TextStyle } from './theme';

/*
 * The shared layout of every PDF document: an A4 page with the practice's letterhead, a footer with
 * the confidentiality line and "page X of Y", and block primitives that paginate by themselves
 * (headings kept with what follows, tables that repeat their header row, charts that are never cut).
 *
 * The PDF is tagged (logical structure for screen readers, header and footer as pagination
 * artifacts), carries the document language and metadata, and embeds a Unicode font. Nothing reads
 * the clock: the creation date comes in with the options, so the same input gives the same bytes.
 *
 *   const report = new ReportDocument({ lang: 'nl-NL', title, subject, createdAt, letterhead, ... });
 *   report.title('Verslag');
 *   report.heading('Klachten');
 *   report.paragraph('...');
 *   report.table({ columns: [...], rows: [...] });
 *   const pdf: Buffer = await report.finish();
 */

export interface Letterhead {
  practiceName: string;
  /** PNG or JPEG bytes of the practice's logo, shown left of its name on every page. */
  logo: Uint8Array | null;
}

export interface ReportOptions {
  /** BCP 47 language tag of the document, e.g. 'nl-BE' (PDF /Lang). */
  lang: string;
  /** Document title: PDF metadata and the header of every page. */
  title: string;
  subject: string;
  /** Creation date of the PDF metadata (from the injected clock). */
  createdAt: Date;
  letterhead: Letterhead;
  /** Line at the bottom of every page, e.g. 'Confidential: medical data'; null for none. */
  confidentiality: string | null;
  /** The footer's page label, e.g. (2, 5) => 'pagina 2 van 5'. */
  pageLabel: (page: number, pageCount: number) => string;
}

export interface KeyValue {
  label: string;
  value: string;
}

export type HeadingLevel = 1 | 2;

/** A heading waiting to be drawn with the start of the next block; `height` includes the space under it. */
interface PendingHeading {
  text: string;
  level: HeadingLevel;
  height: number;
}

type StructTag = 'P' | 'H1' | 'H2' | 'H3' | 'Span' | 'Lbl' | 'LBody' | 'TH' | 'TD' | 'Note' | 'Caption';

/** Lowers a label (smaller type) so that its baseline lines up with the value next to it. */
const LABEL_BASELINE_SHIFT = 0.6;

const SUPERSCRIPT_DIGITS = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/** A footnote number as superscript digits: 12 -> '¹²'. */
export function footnoteMarker(n: number): string {
  return String(n)
    .split('')
    .map((digit) => SUPERSCRIPT_DIGITS[Number(digit)] ?? digit)
    .join('');
}

export class ReportDocument {
  /** The PDFKit document. For the primitives in this folder; documents use the methods below. */
  readonly pdf: PDFKit.PDFDocument;
  /** The root of the logical structure ('Document'); every block is added under it. */
  readonly root: PDFKit.PDFStructureElement;
  private readonly options: ReportOptions;
  private readonly fonts = fontFiles();
  /** The logo once checked to decode; null when there is none or it cannot be used. */
  private logoSource: string | null;
  private readonly chunks: Buffer[] = [];
  private readonly output: Promise<Buffer>;
  private readonly pendingFootnotes: string[] = [];
  private footnoteCount = 0;
  private pendingHeading: PendingHeading | null = null;

  constructor(options: ReportOptions) {
    this.options = options;
    this.pdf = new PDFDocument({
      size: PAGE.size,
      margins: { ...PAGE.margins },
      bufferPages: true,
      pdfVersion: '1.7',
      tagged: true,
      lang: options.lang,
      displayTitle: true,
      ...NO_DEFAULT_FONT,
      info: {
        Title: options.title,
        Author: options.letterhead.practiceName,
        Subject: options.subject,
        Creator: 'Ruggensteun',
        CreationDate: options.createdAt,
        ModDate: options.createdAt,
      },
    });
    installFonts(this.pdf);
    this.pdf.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.output = new Promise<Buffer>((resolve, reject) => {
      this.pdf.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.pdf.on('error', reject);
    });
    const logo = usableLogo(options.letterhead.logo);
    // As a data URI, pdfkit embeds the image once and reuses it on every page.
    this.logoSource = logo === null ? null : `data:image;base64,${logo.toString('base64')}`;
    this.root = this.pdf.struct('Document');
    this.pdf.addStructure(this.root);
  }

  // ---- geometry -------------------------------------------------------------------------------

  get left(): number {
    return PAGE.margins.left;
  }

  get contentWidth(): number {
    return PAGE.width - PAGE.margins.left - PAGE.margins.right;
  }

  /** Lowest y that content may reach on the current page. */
  get bottom(): number {
    return PAGE.height - PAGE.margins.bottom;
  }

  /** Space left on the current page below the cursor. */
  get remaining(): number {
    return this.bottom - this.pdf.y;
  }

  /** Height of a full page's content area. */
  get pageContentHeight(): number {
    return PAGE.height - PAGE.margins.top - PAGE.margins.bottom;
  }

  get atTopOfPage(): boolean {
    return this.pdf.y <= PAGE.margins.top + 0.5;
  }

  /**
   * Starts a new page unless `height` points still fit below the cursor. Every block calls this
   * before it draws; a heading waiting to be drawn is drawn first, on the same page as those points.
   */
  ensureSpace(height: number): void {
    const heading = this.pendingHeading;
    if (heading !== null) {
      this.pendingHeading = null;
      this.drawHeading(heading, height);
      return;
    }
    if (height > this.remaining && !this.atTopOfPage) this.newPage();
  }

  newPage(): void {
    this.pdf.addPage();
    this.pdf.x = this.left;
    this.pdf.y = PAGE.margins.top;
  }

  /** Moves the cursor down. */
  space(points: number): void {
    this.flushHeading();
    if (this.pdf.y + points >= this.bottom) this.newPage();
    else this.pdf.y += points;
  }

  // ---- text helpers for the primitives ----------------------------------------------------------

  useStyle(style: TextStyle): void {
    this.useFont(style);
    this.pdf.fillColor(style.color);
  }

  /** The style's font and size, without a colour: for measuring, which draws nothing. */
  private useFont(style: TextStyle): void {
    this.pdf.font(this.fonts[style.font]).fontSize(style.size);
  }

  /** Height of `text` in `style` wrapped to `width`. */
  measure(text: string, style: TextStyle, width: number): number {
    this.useFont(style);
    return this.pdf.heightOfString(text, { width, lineGap: style.lineGap });
  }

  lineHeight(style: TextStyle): number {
    this.useFont(style);
    return this.pdf.currentLineHeight(true) + style.lineGap;
  }

  /**
   * What a block of `fullHeight` asks `ensureSpace` for to keep its first `minimum` points together
   * (e.g. two lines): the smaller of the two. The block is only measured (laid out an extra time)
   * when that can matter, i.e. when `minimum` does not fit below the cursor and a waiting heading.
   */
  private keepTogether(minimum: number, fullHeight: () => number): number {
    const heading = this.pendingHeading;
    const reserved = heading === null ? 0 : this.spaceBefore(heading.level) + heading.height;
    return this.remaining - reserved >= minimum ? minimum : Math.min(fullHeight(), minimum);
  }

  /**
   * Writes text at (x, y) wrapped to `width` as one marked structure element of type `tag`, added
   * under `parent`. Text that reaches the bottom flows on to the next page. Leaves the cursor below it.
   */
  writeText(
    parent: PDFKit.PDFStructureElement,
    tag: StructTag,
    text: string,
    style: TextStyle,
    x: number,
    y: number,
    width: number,
    align: 'left' | 'right' | 'center' = 'left',
  ): void {
    this.useStyle(style);
    const content = this.pdf.markStructureContent(tag);
    this.pdf.text(text, x, y, { width, lineGap: style.lineGap, align });
    this.pdf.endMarkedContent();
    parent.add(this.pdf.struct(tag, {}, [content]));
  }

  /** Draws decoration (rules, backgrounds, bars) outside the logical structure. */
  decorate(draw: (pdf: PDFKit.PDFDocument) => void): void {
    this.pdf.markContent('Artifact', { type: 'Layout' });
    this.pdf.save();
    draw(this.pdf);
    this.pdf.restore();
    this.pdf.endMarkedContent();
  }

  // ---- blocks -------------------------------------------------------------------------------------

  /** The document's title (H1) with an optional line below it. */
  title(text: string, subtitle?: string): void {
    this.flushHeading();
    this.writeText(this.root, 'H1', text, STYLES.title, this.left, this.pdf.y, this.contentWidth);
    if (subtitle !== undefined && subtitle !== '') {
      this.pdf.y += 1;
      this.writeText(this.root, 'P', subtitle, STYLES.subtitle, this.left, this.pdf.y, this.contentWidth);
    }
    this.pdf.y += SPACING.block;
  }

  /**
   * A section heading. It is drawn together with the start of the next block, so that a heading
   * never stands alone at the bottom of a page. Level 1 has a thin rule under it.
   */
  heading(text: string, level: HeadingLevel = 1): void {
    this.flushHeading();
    this.pendingHeading = { text, level, height: this.measure(text, this.headingStyle(level), this.contentWidth) + SPACING.afterHeading };
  }

  private headingStyle(level: HeadingLevel): TextStyle {
    return level === 1 ? STYLES.heading1 : STYLES.heading2;
  }

  private spaceBefore(level: HeadingLevel): number {
    return level === 1 ? SPACING.beforeHeading : SPACING.beforeHeading / 2;
  }

  private flushHeading(): void {
    const heading = this.pendingHeading;
    if (heading === null) return;
    this.pendingHeading = null;
    this.drawHeading(heading, 3 * this.lineHeight(STYLES.body));
  }

  /** Draws a heading with at least `following` points (capped at what a page can hold) below it. */
  private drawHeading(heading: PendingHeading, following: number): void {
    const style = this.headingStyle(heading.level);
    const height = heading.height;
    if (!this.atTopOfPage) this.pdf.y += this.spaceBefore(heading.level);
    const needed = height + Math.min(following, this.pageContentHeight - height);
    if (needed > this.remaining && !this.atTopOfPage) this.newPage();
    this.writeText(this.root, heading.level === 1 ? 'H2' : 'H3', heading.text, style, this.left, this.pdf.y, this.contentWidth);
    if (heading.level === 1) {
      const y = this.pdf.y + 1;
      this.decorate((pdf) => {
        pdf
          .moveTo(this.left, y)
          .lineTo(this.left + this.contentWidth, y)
          .lineWidth(0.6)
          .strokeColor(COLORS.rule)
          .stroke();
      });
    }
    this.pdf.y += SPACING.afterHeading;
  }

  /**
   * A paragraph. Starts on a new page when fewer than two of its lines would fit; a long paragraph
   * flows on over pages.
   */
  paragraph(text: string, style: TextStyle = STYLES.body, options: { indent?: number } = {}): void {
    const indent = options.indent ?? 0;
    const width = this.contentWidth - indent;
    this.ensureSpace(this.keepTogether(2 * this.lineHeight(style), () => this.measure(text, style, width)));
    this.writeText(this.root, 'P', text, style, this.left + indent, this.pdf.y, width);
    this.pdf.y += SPACING.paragraph;
  }

  /** Small print, e.g. a licence notice or a method note. */
  smallPrint(text: string): void {
    this.paragraph(text, STYLES.small);
  }

  /** A bulleted list; each item keeps its first lines together. */
  bulletList(items: readonly string[], style: TextStyle = STYLES.body): void {
    if (items.length === 0) return;
    const list = this.pdf.struct('L');
    this.root.add(list);
    const bodyX = this.left + SPACING.listIndent;
    const bodyWidth = this.contentWidth - SPACING.listIndent;
    for (const item of items) {
      this.ensureSpace(this.keepTogether(2 * this.lineHeight(style), () => this.measure(item, style, bodyWidth)));
      const listItem = this.pdf.struct('LI');
      list.add(listItem);
      const top = this.pdf.y;
      this.writeText(listItem, 'Lbl', '•', style, this.left + 2, top, SPACING.listIndent - 2);
      this.writeText(listItem, 'LBody', item, style, bodyX, top, bodyWidth);
      listItem.end();
      this.pdf.y += 2;
    }
    list.end();
    this.pdf.y += SPACING.paragraph - 2;
  }

  /**
   * Label / value pairs in two columns. A pair is never split from its label; a value longer than a
   * page flows on to the next page.
   */
  keyValues(pairs: readonly KeyValue[], options: { labelWidth?: number } = {}): void {
    if (pairs.length === 0) return;
    const labelWidth = options.labelWidth ?? Math.round(this.contentWidth * 0.32);
    const gutter = 10;
    const valueX = this.left + labelWidth + gutter;
    const valueWidth = this.contentWidth - labelWidth - gutter;
    const table = this.pdf.struct('Table');
    this.root.add(table);
    for (const pair of pairs) {
      const height = Math.max(
        this.measure(pair.label, STYLES.label, labelWidth),
        this.measure(pair.value, STYLES.body, valueWidth),
      );
      this.ensureSpace(Math.min(height, this.pageContentHeight));
      const row = this.pdf.struct('TR');
      table.add(row);
      const top = this.pdf.y;
      const pagesBefore = this.pageCount;
      this.writeText(row, 'TH', pair.label, STYLES.label, this.left, top + LABEL_BASELINE_SHIFT, labelWidth);
      const labelBottom = this.pdf.y;
      this.writeText(row, 'TD', pair.value, STYLES.body, valueX, top, valueWidth);
      row.end();
      if (this.pageCount === pagesBefore) this.pdf.y = Math.max(labelBottom, this.pdf.y);
      this.pdf.y += 3;
    }
    table.end();
    this.pdf.x = this.left;
    this.pdf.y += SPACING.paragraph;
  }

  /**
   * Short label / value pairs two to a row (label, value, label, value), for facts that each fit on
   * a line or two; a row is never split over pages.
   */
  keyValuePairs(pairs: readonly KeyValue[]): void {
    if (pairs.length === 0) return;
    const gutter = 10;
    const half = (this.contentWidth - gutter) / 2;
    const labelWidth = Math.round(half * 0.4);
    const valueWidth = half - labelWidth - gutter;
    const table = this.pdf.struct('Table');
    this.root.add(table);
    for (let index = 0; index < pairs.length; index += 2) {
      const rowPairs = pairs.slice(index, index + 2);
      const height = Math.max(
        ...rowPairs.map((pair) => Math.max(this.measure(pair.label, STYLES.label, labelWidth), this.measure(pair.value, STYLES.body, valueWidth))),
      );
      this.ensureSpace(height);
      const row = this.pdf.struct('TR');
      table.add(row);
      const top = this.pdf.y;
      rowPairs.forEach((pair, column) => {
        const x = this.left + column * (half + gutter);
        this.writeText(row, 'TH', pair.label, STYLES.label, x, top + LABEL_BASELINE_SHIFT, labelWidth);
        this.writeText(row, 'TD', pair.value, STYLES.body, x + labelWidth + gutter, top, valueWidth);
      });
      row.end();
      this.pdf.y = top + height + 3;
    }
    table.end();
    this.pdf.x = this.left;
    this.pdf.y += SPACING.paragraph;
  }

  /**
   * A shaded box with a short text and optional bulleted items, e.g. an important notice or the
   * alarm signs. Never split over pages.
   */
  notice(text: string, tone: 'info' | 'warning' = 'info', items: readonly string[] = []): void {
    const padding = 7;
    const width = this.contentWidth - 2 * padding;
    const itemWidth = width - SPACING.listIndent;
    const style = { ...STYLES.body, color: tone === 'warning' ? COLORS.warning : COLORS.text };
    const itemHeights = items.map((item) => this.measure(item, style, itemWidth) + 2);
    const height = this.measure(text, style, width) + itemHeights.reduce((sum, h) => sum + h, items.length > 0 ? 3 : 0) + 2 * padding;
    this.ensureSpace(height);
    const top = this.pdf.y;
    this.decorate((pdf) => {
      pdf.rect(this.left, top, this.contentWidth, height).fill(tone === 'warning' ? COLORS.warningLight : COLORS.accentLight);
      pdf.rect(this.left, top, 2.5, height).fill(tone === 'warning' ? COLORS.warning : COLORS.accent);
    });
    const section = this.pdf.struct('Div');
    this.root.add(section);
    this.writeText(section, 'P', text, style, this.left + padding, top + padding, width);
    if (items.length > 0) {
      this.pdf.y += 3;
      const list = this.pdf.struct('L');
      section.add(list);
      for (const item of items) {
        const listItem = this.pdf.struct('LI');
        list.add(listItem);
        const itemTop = this.pdf.y;
        this.writeText(listItem, 'Lbl', '•', style, this.left + padding + 2, itemTop, SPACING.listIndent - 2);
        this.writeText(listItem, 'LBody', item, style, this.left + padding + SPACING.listIndent, itemTop, itemWidth);
        listItem.end();
        this.pdf.y += 2;
      }
      list.end();
    }
    section.end();
    this.pdf.x = this.left;
    this.pdf.y = top + height + SPACING.block;
  }

  /** A table that paginates by rows and repeats its header row on every page. */
  table(spec: TableSpec): void {
    drawTable(this, spec);
  }

  /** A question with boxes to tick by hand, kept on one page (the paper questionnaire). */
  tickBoxQuestion(question: TickBoxQuestion): void {
    drawTickBoxQuestion(this, question);
  }

  /** A horizontal or vertical bar chart, kept on one page, tagged as a figure with its description. */
  barChart(spec: BarChartSpec): void {
    drawBarChart(this, spec);
  }

  /** The outcome measures of an episode over time with the plan's steps, kept on one page, tagged as a figure. */
  outcomeChart(spec: OutcomeChartSpec): void {
    drawOutcomeChart(this, spec);
  }

  /**
   * Registers a footnote and returns its marker ('¹') to put after the text it explains. The notes
   * are printed by `footnotes()`, or at the end of the document.
   */
  footnote(text: string): string {
    this.footnoteCount += 1;
    const marker = footnoteMarker(this.footnoteCount);
    this.pendingFootnotes.push(`${marker} ${text}`);
    return marker;
  }

  /** Prints the footnotes registered since the last call, in small print under a short rule. */
  footnotes(): void {
    if (this.pendingFootnotes.length === 0) return;
    this.ensureSpace(3 * this.lineHeight(STYLES.small));
    const y = this.pdf.y + 2;
    this.decorate((pdf) => {
      pdf
        .moveTo(this.left, y)
        .lineTo(this.left + 80, y)
        .lineWidth(0.5)
        .strokeColor(COLORS.rule)
        .stroke();
    });
    this.pdf.y = y + 4;
    for (const note of this.pendingFootnotes.splice(0)) {
      this.ensureSpace(this.keepTogether(2 * this.lineHeight(STYLES.small), () => this.measure(note, STYLES.small, this.contentWidth)));
      this.writeText(this.root, 'Note', note, STYLES.small, this.left, this.pdf.y, this.contentWidth);
      this.pdf.y += 2;
    }
    this.pdf.y += SPACING.paragraph;
  }

  get pageCount(): number {
    return this.pdf.bufferedPageRange().count;
  }

  // ---- finishing ----------------------------------------------------------------------------------

  /** Prints pending footnotes, adds header and footer to every page and returns the PDF bytes. */
  finish(): Promise<Buffer> {
    this.flushHeading();
    this.footnotes();
    this.root.end();
    const count = this.pageCount;
    for (let index = 0; index < count; index += 1) {
      this.pdf.switchToPage(index);
      this.drawPageFurniture(index + 1, count);
    }
    this.pdf.end();
    return this.output;
  }

  /** `text` in the current font, shortened with '…' when it is wider than `width`. */
  private fitToWidth(text: string, width: number): string {
    if (this.pdf.widthOfString(text) <= width) return text;
    let end = text.length;
    while (end > 1 && this.pdf.widthOfString(`${text.slice(0, end).trimEnd()}…`) > width) end -= 1;
    return `${text.slice(0, end).trimEnd()}…`;
  }

  private drawPageFurniture(page: number, count: number): void {
    const pdf = this.pdf;
    const right = this.left + this.contentWidth;
    const savedBottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf.markContent('Artifact', { type: 'Pagination', attached: ['Top'] });
    let nameX = this.left;
    if (this.logoSource !== null) {
      try {
        pdf.image(this.logoSource, this.left, PAGE.headerTop - 4, { fit: [96, 32], valign: 'center' });
        nameX = this.left + 106;
      } catch {
        // The document matters more than the letterhead's picture: go on without it.
        this.logoSource = null;
      }
    }
    this.useStyle(STYLES.headerNote);
    const titleWidth = Math.min(pdf.widthOfString(this.options.title), this.contentWidth * 0.4);
    this.useStyle(STYLES.practiceName);
    pdf.text(this.fitToWidth(this.options.letterhead.practiceName, right - titleWidth - 12 - nameX), nameX, PAGE.headerTop + 6, {
      lineBreak: false,
    });
    this.useStyle(STYLES.headerNote);
    const title = this.fitToWidth(this.options.title, titleWidth);
    pdf.text(title, right - pdf.widthOfString(title), PAGE.headerTop + 8, { lineBreak: false });
    pdf
      .moveTo(this.left, PAGE.headerRule)
      .lineTo(right, PAGE.headerRule)
      .lineWidth(0.8)
      .strokeColor(COLORS.accent)
      .stroke();
    pdf.endMarkedContent();

    pdf.markContent('Artifact', { type: 'Pagination', attached: ['Bottom'] });
    const ruleY = PAGE.height - PAGE.footerRule;
    pdf.moveTo(this.left, ruleY).lineTo(right, ruleY).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
    const pageLabel = this.options.pageLabel(page, count);
    this.useStyle(STYLES.headerNote);
    const labelWidth = pdf.widthOfString(pageLabel) + 2;
    pdf.text(pageLabel, right - labelWidth, PAGE.height - PAGE.footerText, { width: labelWidth, lineBreak: false });
    if (this.options.confidentiality !== null) {
      this.useStyle(STYLES.headerNote);
      const line = this.fitToWidth(this.options.confidentiality, this.contentWidth - labelWidth - 16);
      pdf.text(line, this.left, PAGE.height - PAGE.footerText, { lineBreak: false });
    }
    pdf.endMarkedContent();
    pdf.page.margins.bottom = savedBottom;
  }
}
