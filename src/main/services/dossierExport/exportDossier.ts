import { translate, type Locale } from '../../../shared/i18n';
import { buildConsultationRecordView, createDocumentReport, documentText, writeConsultationRecordBody, type DocumentText } from '../reports';
import { loadConsultationDocumentSource } from '../reports/consultationDocumentSource';
import { asciiSlug } from '../reports/documentFileName';
import type { Repositories } from '../store/store';
import { collectDossier, type CollectedDossier } from './collectDossier';

export interface DossierExport {
  pdf: { fileName: string; bytes: Buffer };
  json: { fileName: string; text: string };
}

function accessAction(entry: CollectedDossier['accessLog'][number], text: DocumentText): string {
  if (entry.outcome === 'denied') return text.t('accessLog.action.refused');
  if (entry.action === 'write') return text.t('accessLog.action.write');
  if (entry.action === 'document') return text.t('accessLog.action.document');
  if (entry.action === 'export') return text.t('accessLog.action.export');
  return text.t('accessLog.action.read');
}

async function renderPdf(store: Repositories, dossier: CollectedDossier, locale: Locale): Promise<Buffer> {
  const text = documentText(locale);
  const { worker } = dossier;
  const name = `${worker.firstName} ${worker.lastName}`;
  const title = text.t('dossierExport.title');
  const report = createDocumentReport(text, {
    title,
    subject: text.t('dossierExport.subject'),
    letterhead: { practiceName: dossier.practice.name, logo: await store.practice.logo() },
    confidentiality: text.t('documents.confidential.medical'),
    issuedAt: dossier.exportedAt,
  });
  report.title(title, text.t('dossierExport.subtitle', { worker: name, date: text.date(store.clock.today()) }));
  report.paragraph(text.t('dossierExport.intro'));

  report.heading(text.t('dossierExport.personal'));
  report.keyValues(
    [
      { label: text.t('documents.field.worker'), value: name },
      { label: text.t('documents.field.birthDate'), value: text.date(worker.birthDate) },
      { label: text.t('documents.field.personnelNumber'), value: worker.personnelNumber },
      { label: text.t('documents.field.employer'), value: worker.employerName },
      { label: text.t('documents.field.department'), value: worker.departmentName ?? '—' },
      { label: text.t('documents.field.job'), value: worker.jobTitle ?? '—' },
      { label: text.t('documents.field.contractHours'), value: text.t('documents.hoursPerWeek', { hours: text.number(worker.contractHoursPerWeek) }) },
      { label: text.t('documents.field.email'), value: worker.email ?? '—' },
      { label: text.t('documents.field.phone'), value: worker.phone ?? '—' },
    ],
  );

  if (dossier.episodes.every((episode) => episode.consultations.length === 0)) report.paragraph(text.t('dossierExport.noConsultations'));
  for (const episode of dossier.episodes) {
    for (const consultation of episode.consultations) {
      const source = await loadConsultationDocumentSource(store, consultation.id, { signingDoctorName: consultation.authorName });
      if (!source) continue;
      report.newPage();
      report.heading(text.t('dossierExport.consultation', { date: text.date(consultation.consultationDate) }));
      report.keyValues([
        { label: text.t('dossierExport.episode', { onset: text.date(episode.onsetDate) }), value: episode.closedOn ? `${text.t('dossierExport.episodeClosed')} ${text.date(episode.closedOn)}` : text.t('dossierExport.episodeOpen') },
        { label: text.t(`role.${consultation.authorRole}`), value: consultation.authorName },
      ]);
      writeConsultationRecordBody(report, buildConsultationRecordView({ ...source.input, referral: null }), text);
    }
  }

  report.newPage();
  report.heading(text.t('dossierExport.accessLog'));
  if (dossier.accessLog.length === 0) report.paragraph(text.t('dossierExport.accessLogEmpty'));
  else
    report.table({
      columns: [
        { header: text.t('dossierExport.when'), weight: 3 },
        { header: text.t('dossierExport.who'), weight: 4 },
        { header: text.t('dossierExport.role'), weight: 3 },
        { header: text.t('dossierExport.what'), weight: 2 },
      ],
      rows: dossier.accessLog.map((entry) => [
        `${text.date(entry.at.slice(0, 10))} ${entry.at.slice(11, 16)}`,
        entry.userName ?? '—',
        entry.role ? text.t(`role.${entry.role}`) : '—',
        accessAction(entry, text),
      ]),
    });
  return report.finish();
}

/**
 * A worker's whole dossier as a PDF for the worker and a JSON file with the same data (for another
 * program), in the practice's language. Null when there is no such worker.
 */
export async function exportDossier(store: Repositories, workerId: number): Promise<DossierExport | null> {
  const dossier = await collectDossier(store, workerId);
  const settings = await store.practice.settings();
  if (!dossier || !settings) return null;
  const locale: Locale = { language: settings.language, jurisdiction: settings.jurisdiction };
  const base = [asciiSlug(translate(locale, 'dossierExport.title')), asciiSlug(dossier.worker.lastName), store.clock.today()].join('-');
  return {
    pdf: { fileName: `${base}.pdf`, bytes: await renderPdf(store, dossier, locale) },
    json: { fileName: `${base}.json`, text: `${JSON.stringify(dossier, null, 2)}\n` },
  };
}
