import { type IsoDate, type Restriction, fullDutiesText, restrictionText } from '../../../shared/rules';
import type { DocumentText } from './documentText';
import type { ReportDocument } from './layout';

/*
 * The return-to-work plan as a table: the same for the doctor's record, the employer and the
 * worker. It holds only dates, hours, duties and functional restrictions: no medical data.
 */

export interface PlanStepForDisplay {
  startDate: IsoDate;
  reviewDate: IsoDate;
  hoursPerWeek: number;
  duties: 'adapted' | 'full';
  restrictions: readonly Restriction[];
  /** Functional possibilities for the employer, in the doctor's words. */
  note: string | null;
}

export interface PlanForDisplay {
  status: 'planned' | 'onHold';
  contractHoursPerWeek: number;
  reviewDate: IsoDate | null;
  steps: readonly PlanStepForDisplay[];
}

function stepDescription(step: PlanStepForDisplay, contractHours: number, text: DocumentText): string {
  const lines =
    step.duties === 'full' && step.restrictions.length === 0
      ? [fullDutiesText(text.number(contractHours), text.locale.language, text.locale.jurisdiction)]
      : step.restrictions.map((restriction) => restrictionText(restriction, text.locale.language));
  if (step.note !== null && step.note !== '') lines.push(step.note);
  return lines.join('\n');
}

/** Writes the plan: a notice while it is on hold, otherwise the steps and the contract hours. */
export function writeReturnToWorkPlan(report: ReportDocument, text: DocumentText, plan: PlanForDisplay): void {
  if (plan.status === 'onHold' || plan.steps.length === 0) {
    report.notice(text.t('documents.plan.onHold', { date: plan.reviewDate === null ? '—' : text.date(plan.reviewDate) }));
    return;
  }
  report.table({
    columns: [
      { header: text.t('documents.plan.from'), weight: 1.15 },
      { header: text.t('documents.plan.review'), weight: 1.15 },
      { header: text.t('documents.plan.hours'), weight: 1, align: 'right' },
      { header: text.t('documents.plan.work'), weight: 1.25 },
      { header: text.t('documents.plan.restrictions'), weight: 3.6 },
    ],
    rows: plan.steps.map((step) => [
      text.date(step.startDate),
      text.date(step.reviewDate),
      text.number(step.hoursPerWeek),
      text.t(step.duties === 'full' ? 'documents.plan.full' : 'documents.plan.adapted'),
      stepDescription(step, plan.contractHoursPerWeek, text),
    ]),
    caption: text.t('documents.plan.contract', { hours: text.number(plan.contractHoursPerWeek) }),
  });
}
