import type { Locale } from '../../../../shared/i18n';
import type { FedrisRequest, Sector } from '../../../../shared/model';
import { type FedrisExposure, fedrisEmployerClaimDeadline, fedrisProgramme } from '../../../../shared/rules';
import { createDocumentReport, documentText } from '../documentText';
import type { KeyValue, Letterhead } from '../layout';

/*
 * The occupational physician's request to Fedris for the low-back-pain programme, filled in from the
 * dossier: the worker, the employer and sector, the job's exposures, the incapacity, the route and
 * the three confirmations. It goes to Fedris under medical confidentiality.
 */

export interface FedrisRequestView {
  locale: Locale;
  letterhead: Letterhead;
  issuedAt: string;
  request: FedrisRequest;
  worker: { name: string; birthDate: string; personnelNumber: string; jobTitle: string | null; employerName: string };
  sector: Sector;
  exposures: FedrisExposure[];
  incapacityStart: string;
  lastDayOfIncapacity: string | null;
  relapseRuleApplied: boolean;
  doctor: { name: string; phone: string | null; email: string | null; address: string | null };
}

export function renderFedrisRequest(view: FedrisRequestView): Promise<Buffer> {
  const text = documentText(view.locale);
  const r = view.request;
  const title = text.t('legal.fedrisPdf.title');
  const report = createDocumentReport(text, {
    title,
    subject: text.t('legal.fedris.title'),
    letterhead: view.letterhead,
    confidentiality: text.t('documents.confidential.medical'),
    issuedAt: view.issuedAt,
  });
  report.title(title, `${view.worker.name} · ${text.date(r.requestDate)}`);

  report.heading(text.t('legal.fedrisPdf.worker'));
  const worker: KeyValue[] = [
    { label: text.t('documents.field.worker'), value: view.worker.name },
    { label: text.t('legal.fedrisPdf.birthDate'), value: text.date(view.worker.birthDate) },
    { label: text.t('documents.field.personnelNumber'), value: view.worker.personnelNumber },
    { label: text.t('documents.field.employer'), value: view.worker.employerName },
    { label: text.t('legal.fedrisPdf.sector'), value: text.t(`legal.fedrisPdf.sector.${view.sector}`) },
  ];
  if (view.worker.jobTitle !== null) worker.push({ label: text.t('documents.field.job'), value: view.worker.jobTitle });
  report.keyValues(worker);
  report.heading(text.t('legal.fedrisPdf.exposures'));
  report.bulletList(view.exposures.length === 0 ? ['—'] : view.exposures.map((exposure) => text.t(`legal.fedrisPdf.exposure.${exposure}`)));

  report.heading(text.t('legal.fedrisPdf.incapacity'));
  const incapacity: KeyValue[] = [
    { label: text.t('legal.fedrisPdf.incapacityStart'), value: text.date(view.incapacityStart) },
    { label: text.t('legal.fedrisPdf.incapacityEnd'), value: view.lastDayOfIncapacity === null ? text.t('legal.fedrisPdf.ongoing') : text.date(view.lastDayOfIncapacity) },
    { label: text.t('legal.fedrisPdf.route'), value: text.t(`legal.fedris.route.${r.route}`) },
  ];
  if (r.surgeryDate !== null) incapacity.push({ label: text.t('legal.fedris.surgeryDate'), value: text.date(r.surgeryDate) });
  if (view.relapseRuleApplied) incapacity.push({ label: text.t('legal.fedrisPdf.relapse'), value: text.t('legal.fedrisPdf.yes') });
  report.keyValues(incapacity);

  report.heading(text.t('legal.fedrisPdf.confirmations'));
  report.bulletList([text.t('legal.fedris.check.healthSurveillance'), text.t('legal.fedris.check.treatingDoctorAgrees'), text.t('legal.fedris.check.workerAgrees')]);

  const programme = fedrisProgramme();
  report.heading(text.t('legal.fedrisPdf.programme'));
  report.paragraph(text.t('legal.fedrisPdf.programmeText', { sessions: programme.maxSessions, months: programme.maxMonths }));
  if (r.decisionDate !== null) {
    report.keyValues([
      { label: text.t('legal.fedris.decisionDate'), value: text.date(r.decisionDate) },
      { label: text.t('legal.fedris.claimDeadline'), value: text.date(fedrisEmployerClaimDeadline(r.decisionDate)) },
    ]);
  }

  report.heading(text.t('documents.field.contact'));
  const contact: KeyValue[] = [{ label: text.t('documents.field.doctor'), value: `${view.doctor.name}, ${view.letterhead.practiceName}` }];
  if (view.doctor.phone !== null) contact.push({ label: text.t('documents.field.phone'), value: view.doctor.phone });
  if (view.doctor.email !== null) contact.push({ label: text.t('documents.field.email'), value: view.doctor.email });
  if (view.doctor.address !== null) contact.push({ label: text.t('documents.field.address'), value: view.doctor.address });
  report.keyValues(contact);
  return report.finish();
}
