import type { Locale } from '../../../../shared/i18n';
import type { PlanDocument } from '../../../../shared/model';
import type { AdviceContext, AdviceKey, IsoDate, Urgency } from '../../../../shared/rules';
import { type ConsultationDocumentInput, documentFrame, adviceContextOf } from '../consultationDocumentInput';
import type { Letterhead } from '../layout';

/** The worker's own self-care leaflet: general explanation plus the advice, plan and appointment agreed. */
export interface WorkerLeafletView {
  locale: Locale;
  letterhead: Letterhead;
  issuedOn: IsoDate;
  issuedAt: string;
  firstName: string;
  consultationDate: IsoDate;
  /** Who saw the worker (a doctor or a nurse): the next appointment is with them. */
  authorName: string;
  practice: { name: string; phone: string | null; email: string | null };
  advice: AdviceKey[];
  /** The urgency of the open red flags: an immediate or within-48h one turns the leaflet into the referral version. */
  urgency: Urgency;
  adviceContext: AdviceContext;
  plan: PlanDocument;
  nextAppointment: IsoDate | null;
}

export function buildWorkerLeafletView(input: ConsultationDocumentInput): WorkerLeafletView {
  return {
    ...documentFrame(input),
    firstName: input.worker.firstName,
    consultationDate: input.intake.consultationDate,
    authorName: input.author.name,
    practice: { name: input.practice.name, phone: input.practice.phone, email: input.practice.email },
    advice: input.intake.advice,
    urgency: input.evaluation.redFlags.urgency,
    adviceContext: adviceContextOf(input),
    plan: input.plan,
    nextAppointment: input.intake.followUpDate,
  };
}
