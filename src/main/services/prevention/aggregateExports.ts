import { translate } from '../../../shared/i18n';
import type { AggregatesRequest, Language } from '../../../shared/model';
import { renderWorkplaceReport } from '../reports/workplaceReport/render';
import { InvalidInputError } from '../domainError';
import type { Store } from '../store/store';
import { aggregatesCsv } from './aggregatesCsv';
import { exportFileName } from './exportFileName';
import { workplaceAggregates } from './workplaceAggregates';

type Request = Required<Pick<AggregatesRequest, 'employerId' | 'from' | 'to' | 'unit'>>;

/** The suppressed aggregates: the only form in which health figures reach an advisor. */
export function aggregatesFor(store: Store, request: Request) {
  // Only months that are over: the same period asked today and tomorrow must give the same answer.
  if (request.to >= `${store.clock.today().slice(0, 8)}01`) throw InvalidInputError.field(['to'], 'periodNotOver');
  return workplaceAggregates(store, request.employerId, { from: request.from, to: request.to }, request.unit);
}

export function aggregatesCsvFile(store: Store, request: Request, language: Language) {
  return aggregatesCsv(aggregatesFor(store, request), language);
}

/** The workplace report (PDF, base64) of the aggregates, on the practice's letterhead. */
export async function workplaceReportFile(store: Store, request: Request, language: Language) {
  const aggregates = aggregatesFor(store, request);
  const pdf = await renderWorkplaceReport(aggregates, {
    language,
    practiceName: store.practice.settings()?.name ?? '',
    logo: store.practice.logo(),
    issuedAt: store.clock.now(),
  });
  const stem = translate({ language, jurisdiction: aggregates.jurisdiction }, 'prevention.report.fileName');
  return { fileName: exportFileName(aggregates, stem, 'pdf'), content: pdf.toString('base64') };
}
