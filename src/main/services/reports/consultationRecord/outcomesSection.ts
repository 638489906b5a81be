import { CHART_SERIES, outcomeChart } from '../../../../shared/charts/outcomeChart';
import { planStepOn } from '../../../../shared/model';
import { OUTCOME_MEASURES, ROLAND_MORRIS_DEFINITION } from '../../../../shared/rules';
import type { DocumentText } from '../documentText';
import type { ReportDocument } from '../layout';
import type { ConsultationRecordView } from './view';

/** The outcome measures over the episode: the chart with the plan's steps, then the values as a table. */
export function writeOutcomes(report: ReportDocument, view: ConsultationRecordView, text: DocumentText): void {
  const points = view.episodeOutcomes;
  const chart = outcomeChart(points, view.plan.steps.length > 0 ? view.plan : null, view.worker.contractHoursPerWeek);
  if (chart === null) return;
  report.heading(text.t('followUp.chart.title'));
  report.outcomeChart({
    chart,
    description: text.t('followUp.chart.description', { from: text.date(chart.start), to: text.date(chart.end) }),
    scoresTitle: text.t('followUp.chart.scores'),
    hoursTitle: text.t('followUp.chart.hours'),
    stepLabel: (n) => text.t('followUp.chart.step', { n }),
    tickLabel: (date) => text.date(date).slice(0, 5),
    legend: [
      // The short titles of the table's columns: a legend entry has a third of the width.
      ...CHART_SERIES.map((id) => ({ style: id, label: text.rule(OUTCOME_MEASURES[id].shortTitle) })),
      { style: 'hoursWorked' as const, label: text.rule(OUTCOME_MEASURES.hoursWorked.shortTitle) },
      { style: 'plan' as const, label: text.t('followUp.chart.planHours') },
    ],
  });
  const show = (value: number | null) => (value === null ? '–' : text.number(value));
  report.table({
    columns: [
      { header: text.t('followUp.chart.date'), weight: 2 },
      ...CHART_SERIES.map((id) => ({ header: text.rule(OUTCOME_MEASURES[id].shortTitle), weight: 2, align: 'right' as const })),
      { header: text.rule(OUTCOME_MEASURES.hoursWorked.shortTitle), weight: 2, align: 'right' as const },
      { header: text.t('followUp.chart.planHours'), weight: 2, align: 'right' as const },
    ],
    rows: points.map((p) => {
      const step = view.plan.steps.length > 0 ? planStepOn(view.plan, p.date) : null;
      return [
        text.date(p.date),
        show(p.painNow),
        show(p.rolandMorris),
        show(p.workAbility),
        show(p.pskScore),
        show(p.hoursWorked),
        step ? `${text.t('followUp.chart.step', { n: step.number })}: ${text.number(step.step.hoursPerWeek)}` : '–',
      ];
    }),
    caption: points.some((p) => p.rolandMorris !== null)
      ? `${text.t('followUp.chart.direction')} ${text.rule(ROLAND_MORRIS_DEFINITION.licence.notice)}`
      : text.t('followUp.chart.direction'),
  });
}
