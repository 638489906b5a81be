/*
 * Typography, colours and page geometry shared by every document, so that the consultation record,
 * the letters, the leaflet and the workplace report look like one family. Sizes are in PDF points.
 */

export type FontWeight = 'regular' | 'bold' | 'italic';

export interface TextStyle {
  font: FontWeight;
  size: number;
  color: string;
  /** Extra space between lines of one paragraph. */
  lineGap: number;
}

export const PAGE = {
  size: 'A4',
  width: 595.28,
  height: 841.89,
  margins: { top: 92, bottom: 72, left: 60, right: 60 },
  /** Vertical position of the header's first line and of its rule. */
  headerTop: 30,
  headerRule: 70,
  /** Distance of the footer rule and text from the bottom edge. */
  footerRule: 54,
  footerText: 46,
} as const;

export const COLORS = {
  text: '#1b1f23',
  muted: '#5b6670',
  accent: '#1f5566',
  accentLight: '#e8f0f2',
  rule: '#c5cfd4',
  zebra: '#f6f8f9',
  bar: '#3f7f92',
  warning: '#8a3b12',
  warningLight: '#fbefe6',
} as const;

export const STYLES = {
  title: { font: 'bold', size: 18, color: COLORS.accent, lineGap: 2 },
  subtitle: { font: 'regular', size: 10, color: COLORS.muted, lineGap: 2 },
  heading1: { font: 'bold', size: 13, color: COLORS.accent, lineGap: 1 },
  heading2: { font: 'bold', size: 10.5, color: COLORS.text, lineGap: 1 },
  body: { font: 'regular', size: 9.5, color: COLORS.text, lineGap: 2.5 },
  strong: { font: 'bold', size: 9.5, color: COLORS.text, lineGap: 2.5 },
  label: { font: 'regular', size: 9, color: COLORS.muted, lineGap: 2 },
  small: { font: 'regular', size: 7.5, color: COLORS.muted, lineGap: 1.5 },
  tableHeader: { font: 'bold', size: 8.5, color: COLORS.text, lineGap: 1.5 },
  tableCell: { font: 'regular', size: 8.5, color: COLORS.text, lineGap: 1.5 },
  practiceName: { font: 'bold', size: 11, color: COLORS.accent, lineGap: 0 },
  headerNote: { font: 'regular', size: 8, color: COLORS.muted, lineGap: 0 },
} as const satisfies Record<string, TextStyle>;

/** Space after blocks. */
export const SPACING = {
  paragraph: 6,
  block: 10,
  beforeHeading: 12,
  afterHeading: 5,
  cellPadding: 4,
  listIndent: 12,
} as const;
