/*
 * PDF documents of a consultation (consultation record, employer advice without medical data,
 * referral letter, worker leaflet) and the shared layout the workplace report uses too.
 * Each document is rendered from its own view model, built from a ConsultationDocumentInput.
 */
export * from './layout';
export { type ConsultationDocumentInput, type PracticeProfile, type ReferralRequest, type WorkerDetails } from './consultationDocumentInput';
export { type DocumentText, createDocumentReport, documentText, pdfLanguageTag } from './documentText';
export { type PlanForDisplay, type PlanStepForDisplay, writeReturnToWorkPlan } from './returnToWorkPlanSection';
export { type ConsultationRecordView, buildConsultationRecordView } from './consultationRecord/view';
export { renderConsultationRecord, writeConsultationRecordBody } from './consultationRecord/render';
export { type EmployerAdviceView, type ExactEmployerAdviceView, employerAdviceViewSchema, toEmployerAdviceView } from './employerAdvice/view';
export { renderEmployerAdvice } from './employerAdvice/render';
export { type ReferralLetterView, buildReferralLetterView } from './referralLetter/view';
export { renderReferralLetter } from './referralLetter/render';
export { type WorkerLeafletView, buildWorkerLeafletView } from './workerLeaflet/view';
export { renderWorkerLeaflet } from './workerLeaflet/render';
export { CONSULTATION_DOCUMENT_KINDS, type ConsultationDocumentKind, renderConsultationDocument } from './consultationDocuments';
