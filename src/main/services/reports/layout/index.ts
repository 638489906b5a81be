/*
 * The shared PDF layout: letterhead, footer with page X of Y, typography and paginating blocks.
 * Used by every document (consultation record, letters, leaflet) and by the workplace report.
 */
export { type Bar, type BarChartSpec } from './barChart';
export { type FontFiles, fontFiles } from './fonts';
export { type HeadingLevel, type KeyValue, type Letterhead, type ReportOptions, ReportDocument, footnoteMarker } from './reportDocument';
export { type TableColumn, type TableSpec } from './table';
export { COLORS, PAGE, SPACING, STYLES, type TextStyle } from './theme';
