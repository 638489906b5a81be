import { createDocumentReport, documentText } from '../documentText';
import type { KeyValue } from '../layout';
import {
  type ExactReintegrationAssessmentView,
  type ReintegrationAssessmentView,
  reintegrationAssessmentViewSchema,
} from './view';

/** The re-integration assessment form as PDF bytes, in the practice's language. Refuses any field beyond the view's. */
export function renderReintegrationAssessment<V extends ReintegrationAssessmentView>(input: ExactReintegrationAssessmentView<V>): Promise<Buffer> {
  const view = reintegrationAssessmentViewSchema.parse(input);
  const text = documentText(view.locale);
  const title = text.t('legal.assessmentPdf.title');
  const report = createDocumentReport(text, {
    title,
    subject: text.t('legal.trajectory.title'),
    letterhead: view.letterhead,
    confidentiality: text.t('documents.confidential.employer'),
    issuedAt: view.issuedAt,
  });
  report.title(title, `${view.worker.name} · ${text.date(view.issuedOn)}`);
  const details: KeyValue[] = [
    { label: text.t('documents.field.worker'), value: view.worker.name },
    { label: text.t('documents.field.personnelNumber'), value: view.worker.personnelNumber },
    { label: text.t('documents.field.employer'), value: view.employer.name },
  ];
  if (view.worker.jobTitle !== null) details.push({ label: text.t('documents.field.job'), value: view.worker.jobTitle });
  details.push({ label: text.t('legal.assessmentPdf.incapacitySince'), value: text.date(view.firstDayOfIncapacity) });
  details.push({ label: text.t('legal.trajectory.requestDate'), value: text.date(view.requestDate) });
  details.push({ label: text.t('legal.trajectory.initiator'), value: text.t(`legal.trajectory.initiator.${view.initiator}`) });
  if (view.assessmentDate !== null) details.push({ label: text.t('legal.trajectory.assessmentDate'), value: text.date(view.assessmentDate) });
  report.keyValues(details);

  report.heading(text.t('legal.trajectory.decision'));
  report.paragraph(view.decision === null ? text.t('legal.trajectory.decision.none') : text.t(`legal.trajectory.decision.${view.decision}`));
  if (view.possibilities !== null) {
    report.heading(text.t('legal.trajectory.possibilities'));
    report.paragraph(view.possibilities);
  }
  if (view.limitations !== null) {
    report.heading(text.t('legal.trajectory.limitations'));
    report.paragraph(view.limitations);
  }

  report.heading(text.t('legal.trajectory.terms'));
  report.keyValues(view.terms.map((term) => ({ label: text.t(`legal.trajectory.term.${term.code}`), value: text.date(term.date) })));
  report.smallPrint(text.t('legal.belgium.source', { source: view.rulesSource }));
  report.notice(text.t('legal.assessmentPdf.privacy'));

  report.heading(text.t('documents.field.contact'));
  const contact: KeyValue[] = [{ label: text.t('documents.field.doctor'), value: `${view.doctor.name}, ${view.letterhead.practiceName}` }];
  if (view.doctor.phone !== null) contact.push({ label: text.t('documents.field.phone'), value: view.doctor.phone });
  if (view.doctor.email !== null) contact.push({ label: text.t('documents.field.email'), value: view.doctor.email });
  report.keyValues(contact);
  return report.finish();
}
