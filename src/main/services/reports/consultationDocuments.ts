import { consultationDocumentKind, type ConsultationDocumentKind } from '../../../shared/channels/documentChannels';
import type { ConsultationDocumentInput } from './consultationDocumentInput';
import { renderConsultationRecord } from './consultationRecord/render';
import { buildConsultationRecordView } from './consultationRecord/view';
import { renderEmployerAdvice } from './employerAdvice/render';
import { toEmployerAdviceView } from './employerAdvice/view';
import { renderReferralLetter } from './referralLetter/render';
import { buildReferralLetterView } from './referralLetter/view';
import { renderWorkerLeaflet } from './workerLeaflet/render';
import { buildWorkerLeafletView } from './workerLeaflet/view';

/** The documents of one consultation, by file name (the contract's list). */
export const CONSULTATION_DOCUMENT_KINDS = consultationDocumentKind.options;
export type { ConsultationDocumentKind };

/**
 * Builds the document's own view model from the consultation and renders it: the one entry point
 * for the handlers, the samples script and the benchmark. A referral letter needs a referral.
 */
export function renderConsultationDocument(kind: ConsultationDocumentKind, input: ConsultationDocumentInput): Promise<Buffer> {
  switch (kind) {
    case 'consultation-record':
      return renderConsultationRecord(buildConsultationRecordView(input));
    case 'employer-advice':
      return renderEmployerAdvice(toEmployerAdviceView(input));
    case 'referral-letter':
      return renderReferralLetter(buildReferralLetterView(input));
    case 'worker-leaflet':
      return renderWorkerLeaflet(buildWorkerLeafletView(input));
  }
}
