import { RETURN_TO_WORK_EXAM_LABEL } from '../../../../shared/rules';
import { createDocumentReport, type DocumentText, documentText } from '../documentText';
import type { KeyValue } from '../layout';
import { writeReturnToWorkPlan } from '../returnToWorkPlanSection';
import { type EmployerAdviceView, employerAdviceViewSchema, type ExactEmployerAdviceView } from './view';

/*
 * The return-to-work advice for the employer: work ability, functional restrictions and
 * possibilities, the graded schedule, the next review and whom to contact. Rendered only from the
 * medical-free EmployerAdviceView, re-checked here so that no other field can reach the PDF.
 */

function workAbilityText(view: EmployerAdviceView, text: DocumentText): string {
  const steps = view.plan.steps;
  const first = steps[0];
  const last = steps[steps.length - 1];
  if (view.workAbility === 'notYet' || first === undefined || last === undefined) {
    const date = view.plan.reviewDate ?? view.nextReview;
    return text.t('documents.employer.ability.notYet', { date: date === null ? '—' : text.date(date) });
  }
  const hours = text.number(view.plan.contractHoursPerWeek);
  if (view.workAbility === 'fullWork') {
    return text.t('documents.employer.ability.fullWork', { start: text.date(first.startDate), hours });
  }
  return text.t('documents.employer.ability.adaptedWork', { start: text.date(first.startDate), full: text.date(last.startDate), hours });
}

function legalDateLines(view: EmployerAdviceView, text: DocumentText): KeyValue[] {
  return view.legalDates.map((entry) => ({
    label: text.rule(RETURN_TO_WORK_EXAM_LABEL),
    value: entry.until === null ? text.date(entry.date) : `${text.date(entry.date)} – ${text.date(entry.until)}`,
  }));
}

function contactLines(view: EmployerAdviceView, text: DocumentText): KeyValue[] {
  const contact = view.contact;
  const pairs: KeyValue[] = [{ label: text.t('documents.field.doctor'), value: `${contact.doctorName}, ${contact.practiceName}` }];
  if (contact.phone !== null) pairs.push({ label: text.t('documents.field.phone'), value: contact.phone });
  if (contact.email !== null) pairs.push({ label: text.t('documents.field.email'), value: contact.email });
  if (contact.address !== null) pairs.push({ label: text.t('documents.field.address'), value: contact.address });
  return pairs;
}

/** The employer advice as PDF bytes. Throws when the view has any field beyond the allowed ones. */
export function renderEmployerAdvice<V extends EmployerAdviceView>(input: ExactEmployerAdviceView<V>): Promise<Buffer> {
  const view = employerAdviceViewSchema.parse(input);
  const text = documentText(view.locale);
  const title = text.t('documents.employer.title');
  const report = createDocumentReport(text, {
    title,
    subject: text.t('documents.employer.subject'),
    letterhead: view.letterhead,
    confidentiality: text.t('documents.confidential.employer'),
    issuedAt: view.issuedAt,
  });
  report.title(title, text.t('documents.employer.subtitle', { worker: view.worker.name, date: text.date(view.issuedOn) }));

  const details: KeyValue[] = [
    { label: text.t('documents.field.worker'), value: view.worker.name },
    { label: text.t('documents.field.personnelNumber'), value: view.worker.personnelNumber },
    { label: text.t('documents.field.employer'), value: view.employer.contactName === null ? view.employer.name : `${view.employer.name} (${view.employer.contactName})` },
  ];
  if (view.worker.departmentName !== null) details.push({ label: text.t('documents.field.department'), value: view.worker.departmentName });
  if (view.worker.jobTitle !== null) details.push({ label: text.t('documents.field.job'), value: view.worker.jobTitle });
  report.keyValues(details);
  report.paragraph(text.t('documents.employer.intro'));

  report.heading(text.t('documents.employer.workAbility'));
  report.paragraph(workAbilityText(view, text));
  if (view.workAbility !== 'notYet') report.paragraph(text.t('documents.employer.generalPossibilities'));

  if (view.workAbility !== 'notYet') {
    report.heading(text.t('documents.employer.schedule'));
    writeReturnToWorkPlan(report, text, view.plan);
    report.paragraph(text.t('documents.employer.scheduleNote'));
  }

  const legal = legalDateLines(view, text);
  if (view.nextReview !== null || legal.length > 0) {
    report.heading(text.t('documents.employer.nextReview'));
    if (view.nextReview !== null) report.paragraph(text.t('documents.employer.nextReviewOn', { date: text.date(view.nextReview) }));
    if (legal.length > 0) report.keyValues(legal);
  }

  report.heading(text.t('documents.field.contact'));
  report.paragraph(text.t('documents.employer.contactText', { name: view.contact.doctorName, role: text.t('documents.doctorRole') }));
  report.keyValues(contactLines(view, text));
  return report.finish();
}
