import { createDocumentReport, documentText } from '../documentText';
import type { KeyValue } from '../layout';
import { KIND_TEXTS, LABELS, PROGNOSIS_TEXTS, WORK_OUTLOOK_TEXTS } from './texts';
import { type ExactPoortwachterEmployerView, type PoortwachterEmployerView, poortwachterEmployerViewSchema } from './view';

/*
 * A Poortwachter document for the employer, in Dutch, on the practice's letterhead. Rendered only from
 * the medical-free PoortwachterEmployerView, re-checked here so that no other field reaches the PDF.
 */

function detailLines(view: PoortwachterEmployerView, date: (iso: string) => string): KeyValue[] {
  const pairs: KeyValue[] = [
    { label: LABELS.worker, value: view.worker.name },
    { label: LABELS.personnelNumber, value: view.worker.personnelNumber },
    { label: LABELS.employer, value: view.employer.name },
  ];
  if (view.worker.departmentName !== null) pairs.push({ label: LABELS.department, value: view.worker.departmentName });
  if (view.worker.jobTitle !== null) pairs.push({ label: LABELS.job, value: view.worker.jobTitle });
  pairs.push({ label: LABELS.firstSickDay, value: date(view.firstSickDay) });
  pairs.push({ label: LABELS.madeOn, value: `${date(view.madeOn)} (${LABELS.week.toLowerCase()} ${view.week})` });
  return pairs;
}

/** The document as PDF bytes. Throws when the view has any field beyond the allowed ones. */
export function renderPoortwachterDocument<V extends PoortwachterEmployerView>(input: ExactPoortwachterEmployerView<V>): Promise<Buffer> {
  const view = poortwachterEmployerViewSchema.parse(input);
  const text = documentText({ language: 'nl', jurisdiction: 'NL' });
  const kind = KIND_TEXTS[view.kind];
  const report = createDocumentReport(text, {
    title: kind.title,
    subject: LABELS.subject,
    letterhead: view.letterhead,
    confidentiality: LABELS.confidential,
    issuedAt: view.issuedAt,
  });
  report.title(kind.title, `${view.worker.name} · ${text.date(view.madeOn)}`);
  report.keyValues(detailLines(view, text.date));
  report.paragraph(kind.intro);

  report.heading(LABELS.possibilities);
  report.paragraph(view.possibilities);
  report.heading(LABELS.limitations);
  report.paragraph(view.limitations);

  report.heading(LABELS.prognosis);
  report.paragraph(PROGNOSIS_TEXTS[view.prognosis]);
  if (view.expectedReturn !== null) report.keyValues([{ label: LABELS.expectedReturn, value: text.date(view.expectedReturn) }]);
  report.heading(LABELS.work);
  report.paragraph(WORK_OUTLOOK_TEXTS[view.workOutlook]);

  report.heading(LABELS.workAdaptations);
  report.paragraph(view.workAdaptations ?? LABELS.none);
  report.heading(LABELS.actionPlanAdvice);
  report.paragraph(view.actionPlanAdvice ?? LABELS.none);

  if (kind.next !== null && view.nextDate !== null) {
    report.heading(LABELS.next);
    report.paragraph(`${kind.next} ${text.date(view.nextDate)}.`);
  }
  report.notice(LABELS.privacy);

  report.heading(LABELS.contact);
  const contact: KeyValue[] = [{ label: LABELS.doctor, value: `${view.doctor.name}, ${view.letterhead.practiceName}` }];
  if (view.doctor.phone !== null) contact.push({ label: LABELS.phone, value: view.doctor.phone });
  if (view.doctor.email !== null) contact.push({ label: LABELS.email, value: view.doctor.email });
  if (view.doctor.address !== null) contact.push({ label: LABELS.address, value: view.doctor.address });
  report.keyValues(contact);
  return report.finish();
}
