import type { z } from 'zod';
import type { GeneratedDocument, documentRequestSchema, referralRequestSchema } from '../../../shared/channels/documentChannels';
import type { User } from '../../../shared/model';
import type { ConsultationEvaluation } from '../../../shared/rules';
import { RefusedError, notFound } from '../domainError';
import { type ReferralRequest, renderConsultationDocument } from '../reports';
import { loadConsultationDocumentSource } from '../reports/consultationDocumentSource';
import { documentFileName } from '../reports/documentFileName';
import type { Repositories } from '../store/store';

type ReferralInput = z.output<typeof referralRequestSchema>;

/**
 * The referral the letter is for, which the worker consented to: a red flag is reason enough;
 * without one the doctor must give a reason.
 */
function referralOf(request: ReferralInput, evaluation: ConsultationEvaluation): ReferralRequest {
  if (evaluation.redFlags.flags.length === 0 && request.reason === null) throw new RefusedError('noReferralReason');
  return { recipient: request.recipient, recipientName: request.recipientName, reason: request.reason, workerConsented: request.workerConsented };
}

/** Documents a doctor signs: a nurse may record an intake and print its record, not these. */
const NEEDS_DOCTOR_SIGNATURE = new Set(['referral-letter', 'employer-advice']);

/**
 * A PDF of a saved consultation in the practice's language, with the worker it is about (for the
 * access log). A referral letter or an employer advice is made, and signed, by the doctor asking;
 * anyone else is refused, and the refusal logged.
 */
export async function generateConsultationDocument(
  store: Repositories,
  request: z.output<typeof documentRequestSchema>,
  user: User,
): Promise<{ workerId: number; document: GeneratedDocument }> {
  const source = await loadConsultationDocumentSource(store, request.consultationId, {
    signingDoctorName: user.name,
    signingDoctorRegistration: await store.users.professionalRegistration(user.id),
  });
  if (source === null) throw notFound();
  if (NEEDS_DOCTOR_SIGNATURE.has(request.kind) && user.role !== 'doctor') {
    await store.accessLog.record(user, { action: 'document', channel: 'documents.generate', workerId: source.workerId, outcome: 'denied' });
    throw new RefusedError('doctorSignatureRequired');
  }
  const { input } = source;
  if (request.kind === 'employer-advice' && !source.planSet) throw new RefusedError('noPlan');
  // The leaflet reassures the worker; without the red flags gone through that would be a false all-clear.
  if (request.kind === 'worker-leaflet' && !input.intake.redFlagsScreened) throw new RefusedError('leafletNeedsScreening');
  const referral = request.kind === 'referral-letter' ? referralOf(request.referral, input.evaluation) : null;
  const pdf = await renderConsultationDocument(request.kind, { ...input, referral });
  const locale = { language: input.practice.language, jurisdiction: input.practice.jurisdiction };
  return {
    workerId: source.workerId,
    document: {
      fileName: documentFileName(request.kind, locale, input.worker.lastName, input.intake.consultationDate),
      mimeType: 'application/pdf',
      base64: pdf.toString('base64'),
    },
  };
}
