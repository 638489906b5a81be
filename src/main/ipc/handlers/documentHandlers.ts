import type { z } from 'zod';
import type { referralRequestSchema } from '../../../shared/channels/documentChannels';
import type { ConsultationEvaluation } from '../../../shared/rules';
import { type ReferralRequest, renderConsultationDocument } from '../../services/reports';
import { loadConsultationDocumentSource } from '../../services/reports/consultationDocumentSource';
import { documentFileName } from '../../services/reports/documentFileName';
import type { Store } from '../../services/store/store';
import { RefusedError, notFound } from '../../services/domainError';
import type { Handlers } from '../handler';

type DocumentChannels = 'documents.generate';

/** Documents a doctor signs: a nurse may record an intake and print its record, not these. */
const NEEDS_DOCTOR_SIGNATURE = new Set(['referral-letter', 'employer-advice']);

/**
 * The referral the letter is about: with a red flag in the consultation the letter states it (the
 * doctor may add a reason); without one the doctor must say why.
 */
function referralOf(request: z.output<typeof referralRequestSchema> | undefined, evaluation: ConsultationEvaluation): ReferralRequest {
  const reason = request?.reason ?? null;
  if (evaluation.redFlags.flags.length === 0 && reason === null) throw new RefusedError('noReferralReason');
  return { recipient: request?.recipient ?? 'gp', recipientName: request?.recipientName ?? null, reason };
}

export function documentHandlers(store: Store): Pick<Handlers, DocumentChannels> {
  return {
    'documents.generate': async (request, { audit, user }) => {
      const source = loadConsultationDocumentSource(store, request.consultationId, { signingDoctorName: user.name });
      if (source === null) throw notFound();
      if (NEEDS_DOCTOR_SIGNATURE.has(request.kind) && user.role !== 'doctor') {
        store.accessLog.record({
          userId: user.id,
          userName: user.name,
          role: user.role,
          action: 'document',
          channel: 'documents.generate',
          workerId: source.workerId,
          outcome: 'denied',
        });
        throw new RefusedError('doctorSignatureRequired');
      }
      const { input } = source;
      if (request.kind === 'employer-advice' && !source.planSet) throw new RefusedError('noPlan');
      const referral = request.kind === 'referral-letter' ? referralOf(request.referral, input.evaluation) : null;
      const pdf = await renderConsultationDocument(request.kind, { ...input, referral });
      audit(source.workerId, 'document');
      const locale = { language: input.practice.language, jurisdiction: input.practice.jurisdiction };
      return {
        fileName: documentFileName(request.kind, locale, input.worker.lastName, input.intake.consultationDate),
        mimeType: 'application/pdf',
        base64: pdf.toString('base64'),
      };
    },
  };
}
