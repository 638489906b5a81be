import { translate } from '../../../shared/i18n';
import { formatDate } from '../../../shared/i18n/format';
import { aggregateTables, methodNotes, unitText, type Language, type WorkplaceAggregates } from '../../../shared/model';
import { NIOSH_LIMITATIONS, SUPPRESSION_NOTE, textIn } from '../../../shared/rules';
import { exportFileName } from './exportFileName';

/*
 * The aggregate tables as CSV for a spreadsheet: UTF-8 with a byte-order mark and ';' between
 * fields (what Excel expects in Dutch and French settings). The cells are the same display texts as
 * on screen and in the PDF, so a hidden cell is '< k' or '*' here too.
 */

/** Quotes a field when needed; a text that a spreadsheet would run as a formula gets a leading quote. */
function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d+([.,]\d+)?$/.test(text) ? `'${text}` : text;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(';');
}

export function aggregatesCsv(a: WorkplaceAggregates, language: Language): { fileName: string; content: string } {
  const locale = { language, jurisdiction: a.jurisdiction };
  const t = translate.bind(null, locale);
  const lines: string[] = [
    csvLine([t('prevention.report.title')]),
    csvLine([t('prevention.employer'), a.employerName]),
    csvLine([t('prevention.report.scope'), unitText(a, language)]),
    csvLine([t('prevention.period'), formatDate(a.from, language), formatDate(a.to, language)]),
    csvLine([t('prevention.report.k'), String(a.k)]),
  ];
  for (const table of aggregateTables(a, language)) {
    lines.push('', csvLine([table.title]), csvLine(table.columns));
    for (const row of table.rows) lines.push(csvLine(row));
    if (table.total !== null) lines.push(csvLine(table.total));
  }
  lines.push('', csvLine([t('prevention.method.title')]));
  for (const note of methodNotes(a, language)) lines.push(csvLine([note]));
  lines.push(csvLine([textIn(SUPPRESSION_NOTE, language).replaceAll('{k}', String(a.k))]));
  lines.push(csvLine([textIn(NIOSH_LIMITATIONS, language)]));
  return {
    fileName: exportFileName(a, t('prevention.csv.fileName'), 'csv'),
    content: `\uFEFF${lines.join('\r\n')}\r\n`,
  };
}
