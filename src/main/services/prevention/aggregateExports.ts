import { translate } from '../../../shared/i18n';
import type { AggregatesRequest, Language } from '../../../shared/model';
import { renderWorkplaceReport } from '../reports/workplaceReport/render';
import { InvalidInputError } from '../domainError';
import type { Repositories } from '../store/store';
import { aggregatesCsv } from './aggregatesCsv';
import { exportFileName } from './exportFileName';
import { workplaceAggregates } from './workplaceAggregates';

type Request = Required<Pick<AggregatesRequest, 'employerId' | 'from' | 'to' | 'unit'>>;

/** The suppressed aggregates: the only form in which health figures reach an advisor. */
export async function aggregatesFor(store: Repositories, request: Request) {
  // Only months that are over: the same period asked today and tomorrow must give the same answer.
  if (request.to >= `${store.clock.today().slice(0, 8)}01`) throw InvalidInputError.field(['to'], 'periodNotOver');
  return workplaceAggregates(store, request.employerId, { from: request.from, to: request.to }, request.unit);
}

export async function aggregatesCsvFile(store: Repositories, request: Request, language: Language) {
  return aggregatesCsv(await aggregatesFor(store, request), language);
}

/** The workplace report (PDF, base64) of the aggregates, on the practice's letterhead. */
export async function workplaceReportFile(store: Repositories, request: Request, language: Language) {
  const aggregates = await aggregatesFor(store, request);
  const pdf = await renderWorkplaceReport(aggregates, {
    language,
    practiceName: (await store.practice.settings())?.name ?? '',
    logo: await store.practice.logo(),
    issuedAt: store.clock.now(),
  });
  const stem = translate({ language, jurisdiction: aggregates.jurisdiction }, 'prevention.report.fileName');
  return { fileName: exportFileName(aggregates, stem, 'pdf'), content: pdf.toString('base64') };
}
