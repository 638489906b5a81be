import {
  aggregateCharts,
  aggregateTables,
  findingText,
  methodNotes,
  unitText,
  type AggregateChart,
  type AggregateTable,
  type Language,
  type WorkplaceAggregates,
} from '../../../../shared/model';
import { NIOSH_LIMITATIONS, SUPPRESSION_NOTE } from '../../../../shared/rules';
import { createDocumentReport, documentText, type DocumentText } from '../documentText';
import type { BarChartSpec, ReportDocument, TableSpec } from '../layout';

/*
 * workplace-report.pdf for the prevention advisor: scope and period, the same tables and charts as
 * the dashboard (built from the same suppressed aggregates, so a hidden cell is hidden here too),
 * priorities and measures with their reasons, and the method notes. Group figures only: the
 * aggregates hold no name, number or date of any worker.
 */

export interface WorkplaceReportOptions {
  language: Language;
  practiceName: string;
  /** The practice's logo (PNG or JPEG) for the letterhead, or null. */
  logo: Uint8Array | null;
  /** Creation instant (ISO) for the PDF metadata and the date on the report. */
  issuedAt: string;
}

function tableSpec(table: AggregateTable, suppressionNote: string): TableSpec {
  const weights = table.columns.map((_, index) => (index === 0 ? 2.5 : table.id === 'liftingHighest' && index === 1 ? 2 : 1.3));
  return {
    columns: table.columns.map((header, index) => ({
      header,
      weight: weights[index] ?? 1,
      align: table.numeric[index] ? 'right' : 'left',
    })),
    rows: table.total === null ? table.rows : [...table.rows, table.total],
    ...(table.suppressed ? { caption: suppressionNote } : {}),
  };
}

function chartSpec(chart: AggregateChart): BarChartSpec {
  return {
    orientation: chart.id === 'quarters' ? 'vertical' : 'horizontal',
    description: chart.title,
    bars: chart.bars.map((bar) => ({ label: bar.label, value: bar.value, valueLabel: bar.display })),
    ...(chart.percent ? { maxValue: 100 } : {}),
    ...(chart.id === 'quarters' ? { plotHeight: 90 } : {}),
  };
}

interface Notes {
  suppression: string;
  noRows: string;
}

function section(report: ReportDocument, table: AggregateTable | undefined, chart: AggregateChart | undefined, notes: Notes) {
  if (table === undefined) return;
  report.heading(table.title);
  if (table.rows.length === 0) return report.paragraph(notes.noRows);
  if (chart !== undefined) report.barChart(chartSpec(chart));
  report.table(tableSpec(table, notes.suppression));
}

function writeMeasures(report: ReportDocument, a: WorkplaceAggregates, text: DocumentText): void {
  report.heading(text.t('prevention.measures.title'));
  if (a.measures.length === 0) report.paragraph(text.t('prevention.measures.none'));
  for (const measure of a.measures) {
    report.heading(
      `${text.t(`prevention.measure.${measure.code}.title`)} · ${text.t(`prevention.priority.${measure.priority}`)}`,
      2,
    );
    report.paragraph(text.t(`prevention.measure.${measure.code}.what`));
    report.bulletList(measure.findings.map((finding) => findingText(finding, a, text.locale.language)));
  }
  report.smallPrint(text.t('prevention.measures.basis'));
}

export function renderWorkplaceReport(a: WorkplaceAggregates, options: WorkplaceReportOptions): Promise<Buffer> {
  const text = documentText({ language: options.language, jurisdiction: a.jurisdiction });
  const language = options.language;
  const title = text.t('prevention.report.title');
  const report = createDocumentReport(text, {
    title,
    subject: a.employerName,
    letterhead: { practiceName: options.practiceName, logo: options.logo },
    confidentiality: text.t('prevention.report.noPersonalData'),
    issuedAt: options.issuedAt,
  });
  const suppressionNote = text.rule(SUPPRESSION_NOTE).replaceAll('{k}', String(a.k));
  const tables = new Map(aggregateTables(a, language).map((table) => [table.id, table]));
  const charts = new Map(aggregateCharts(a, language).map((chart) => [chart.id, chart]));
  const notes: Notes = { suppression: suppressionNote, noRows: text.t('prevention.noRows') };

  report.title(title, a.employerName);
  report.keyValues([
    { label: text.t('prevention.employer'), value: a.employerName },
    { label: text.t('prevention.report.scope'), value: unitText(a, language) },
    { label: text.t('prevention.period'), value: text.t('prevention.periodRange', { from: text.date(a.from), to: text.date(a.to) }) },
    { label: text.t('prevention.report.k'), value: text.t('prevention.report.kValue', { k: a.k }) },
  ]);
  report.notice(text.t('prevention.report.noPersonalData'));

  const summary = tables.get('summary');
  if (summary !== undefined) {
    report.heading(summary.title);
    report.keyValues(summary.rows.map(([label, value]) => ({ label: label ?? '', value: value ?? '' })), { labelWidth: 220 });
    if (summary.suppressed) report.smallPrint(suppressionNote);
  }
  writeMeasures(report, a, text);
  section(report, tables.get('quarters'), charts.get('quarters'), notes);
  section(report, tables.get('departments'), undefined, notes);
  section(report, tables.get('jobs'), undefined, notes);
  section(report, tables.get('phases'), charts.get('phases'), notes);
  section(report, tables.get('chronicity'), charts.get('chronicity'), notes);
  section(report, tables.get('riskFactors'), charts.get('riskFactors'), notes);

  report.heading(text.t('prevention.table.lifting'));
  if (a.lifting.total === 0) report.paragraph(text.t('prevention.noLiftingTasks'));
  else {
    const lifting = charts.get('lifting');
    if (lifting !== undefined) report.barChart(chartSpec(lifting));
    const highest = tables.get('liftingHighest');
    if (highest !== undefined) {
      report.heading(highest.title, 2);
      report.table(tableSpec(highest, suppressionNote));
    }
    report.smallPrint(text.rule(NIOSH_LIMITATIONS));
  }

  report.heading(text.t('prevention.method.title'));
  report.bulletList(methodNotes(a, language));
  report.smallPrint(suppressionNote);
  report.smallPrint(text.rule(NIOSH_LIMITATIONS));
  return report.finish();
}
