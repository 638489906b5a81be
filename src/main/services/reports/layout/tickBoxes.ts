import type { ReportDocument } from './reportDocument';
import { COLORS, type TextStyle } from './theme';

/*
 * A question with empty boxes to tick by hand (the paper questionnaire). Three shapes:
 * - 'beside': a statement on the left, a few answers with their box on the right (yes / no);
 * - 'scale': the question, then a row of numbered boxes (0-10) with the words of both ends;
 * - 'grid': the question, then the answers with their box in columns (five or ten answers).
 * The question and the answer words are tagged text; the boxes are drawing only. A question is
 * never split over pages.
 */

export interface TickBoxQuestion {
  shape: 'beside' | 'scale' | 'grid';
  /** The question's number as printed, e.g. '3.'; '' for none. */
  number: string;
  text: string;
  /** The answers' words (scale: the numbers), left to right. */
  answers: readonly string[];
  /** Scale only: what the lowest and the highest number mean. */
  ends?: { low: string; high: string };
}

const QUESTION: TextStyle = { font: 'regular', size: 10.5, color: COLORS.text, lineGap: 2 };
const ANSWER: TextStyle = { font: 'regular', size: 9.5, color: COLORS.text, lineGap: 1 };
const END: TextStyle = { font: 'italic', size: 8.5, color: COLORS.muted, lineGap: 1 };
const BOX = 10;
const GAP = 4;
const NUMBER_WIDTH = 20;
const AFTER = 9;

function drawBox(report: ReportDocument, x: number, y: number): void {
  report.decorate((pdf) => {
    pdf.rect(x, y, BOX, BOX).lineWidth(0.9).strokeColor(COLORS.text).stroke();
  });
}

function rule(report: ReportDocument, y: number): void {
  report.decorate((pdf) => {
    pdf
      .moveTo(report.left, y)
      .lineTo(report.left + report.contentWidth, y)
      .lineWidth(0.4)
      .strokeColor(COLORS.rule)
      .stroke();
  });
}

function textWidth(report: ReportDocument, text: string, style: TextStyle): number {
  report.useStyle(style);
  return report.pdf.widthOfString(text);
}

export function drawTickBoxQuestion(report: ReportDocument, question: TickBoxQuestion): void {
  const pdf = report.pdf;
  const block = pdf.struct('Div');
  report.root.add(block);
  const textX = report.left + NUMBER_WIDTH;
  const answerWidths = question.answers.map((answer) => BOX + GAP + textWidth(report, answer, ANSWER));

  if (question.shape === 'beside') {
    const besideWidth = answerWidths.reduce((sum, width) => sum + width + 14, 0);
    const textWidthAvailable = report.contentWidth - NUMBER_WIDTH - besideWidth - 8;
    const height = Math.max(report.measure(question.text, QUESTION, textWidthAvailable), BOX + 2);
    report.ensureSpace(height + AFTER);
    const top = pdf.y;
    if (question.number !== '') report.writeText(block, 'Lbl', question.number, QUESTION, report.left, top, NUMBER_WIDTH);
    report.writeText(block, 'P', question.text, QUESTION, textX, top, textWidthAvailable);
    let x = report.left + report.contentWidth - besideWidth + 14;
    question.answers.forEach((answer, index) => {
      drawBox(report, x, top + 1);
      report.writeText(block, 'Span', answer, ANSWER, x + BOX + GAP, top + 1, (answerWidths[index] ?? 0) - BOX - GAP + 1);
      x += (answerWidths[index] ?? 0) + 14;
    });
    block.end();
    rule(report, top + height + AFTER / 2);
    pdf.x = report.left;
    pdf.y = top + height + AFTER;
    return;
  }

  const width = report.contentWidth - NUMBER_WIDTH;
  const textHeight = report.measure(question.text, QUESTION, width);
  if (question.shape === 'scale') {
    const cell = Math.min(38, width / question.answers.length);
    const half = (cell * question.answers.length) / 2;
    const endsHeight = question.ends ? Math.max(report.measure(question.ends.low, END, half), report.measure(question.ends.high, END, half)) + 2 : 0;
    const height = textHeight + 4 + report.measure('0', ANSWER, cell) + BOX + 3 + endsHeight;
    report.ensureSpace(height + AFTER);
    const top = pdf.y;
    if (question.number !== '') report.writeText(block, 'Lbl', question.number, QUESTION, report.left, top, NUMBER_WIDTH);
    report.writeText(block, 'P', question.text, QUESTION, textX, top, width);
    const rowTop = top + textHeight + 4;
    question.answers.forEach((answer, index) => {
      const x = textX + index * cell;
      report.writeText(block, 'Span', answer, ANSWER, x, rowTop, cell, 'center');
    });
    const boxTop = pdf.y + 1;
    question.answers.forEach((_, index) => drawBox(report, textX + index * cell + (cell - BOX) / 2, boxTop));
    if (question.ends) {
      const endsTop = boxTop + BOX + 3;
      report.writeText(block, 'Span', question.ends.low, END, textX, endsTop, half);
      report.writeText(block, 'Span', question.ends.high, END, textX + half, endsTop, half, 'right');
    }
    block.end();
    rule(report, top + height + AFTER / 2);
    pdf.x = report.left;
    pdf.y = top + height + AFTER;
    return;
  }

  // 'grid': as many columns as fit the widest answer, at most five.
  const widest = Math.max(...answerWidths) + 12;
  const columns = Math.max(1, Math.min(5, question.answers.length, Math.floor(width / widest)));
  const columnWidth = width / columns;
  const rows = Math.ceil(question.answers.length / columns);
  const rowHeight = Math.max(BOX, report.measure('Xg', ANSWER, columnWidth)) + 5;
  const height = textHeight + 4 + rows * rowHeight;
  report.ensureSpace(height + AFTER);
  const top = pdf.y;
  if (question.number !== '') report.writeText(block, 'Lbl', question.number, QUESTION, report.left, top, NUMBER_WIDTH);
  report.writeText(block, 'P', question.text, QUESTION, textX, top, width);
  const gridTop = top + textHeight + 4;
  question.answers.forEach((answer, index) => {
    const x = textX + (index % columns) * columnWidth;
    const y = gridTop + Math.floor(index / columns) * rowHeight;
    drawBox(report, x, y);
    report.writeText(block, 'Span', answer, ANSWER, x + BOX + GAP, y, columnWidth - BOX - GAP - 4);
  });
  block.end();
  rule(report, top + height + AFTER / 2);
  pdf.x = report.left;
  pdf.y = top + height + AFTER;
}
