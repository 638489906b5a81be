import { planDocumentOf, type PlanDocument } from '../../../shared/model';
import { episodeOutcomePoints } from '../consultations/episodeOutcomes';
import type { Repositories } from '../store/store';
import { workerDetailsOf, type ConsultationDocumentInput } from './consultationDocumentInput';

/*
 * Gathers the documents' input of one saved consultation from the store: the consultation with
 * main's stored evaluation, the worker with employer, department and job, the practice settings,
 * the doctor who saw the worker and the episode's current return-to-work plan.
 */

export interface ConsultationDocumentSource {
  workerId: number;
  /** Without a referral: the doctor asks for one per letter (see the documents.generate handler). */
  input: ConsultationDocumentInput;
  /**
   * Whether `input.plan` is a plan the doctor has set: a saved plan version, or the hold an
   * immediate or within-48h red flag imposes. Otherwise the plan says "not planned yet".
   */
  planSet: boolean;
}

/**
 * The episode's current plan; without one the rules' hold of an urgent red flag, else an empty plan
 * ("not planned yet", looked at again at the follow-up). A suggestion the doctor has not confirmed
 * never goes on paper.
 */
async function planOf(
  store: Repositories,
  episodeId: number,
  input: Pick<ConsultationDocumentInput, 'evaluation' | 'intake'>,
  contractHoursPerWeek: number,
) {
  const saved = await store.plans.current(episodeId);
  if (saved !== null) return { plan: saved.plan, planSet: true };
  if (input.evaluation.plan.status === 'onHold') return { plan: planDocumentOf(input.evaluation.plan), planSet: true };
  const notPlanned: PlanDocument = { status: 'planned', contractHoursPerWeek, steps: [], reviewDate: input.intake.followUpDate };
  return { plan: notPlanned, planSet: false };
}

/**
 * The saved consultation's document source, or null when there is no such consultation.
 * `signingDoctorName`: the doctor making the document, who signs a letter or an advice, with their
 * BIG or RIZIV number when they gave one.
 */
export async function loadConsultationDocumentSource(
  store: Repositories,
  consultationId: number,
  options: { signingDoctorName: string; signingDoctorRegistration?: string | null },
): Promise<ConsultationDocumentSource | null> {
  const stored = await store.consultations.get(consultationId);
  if (stored === null || stored.consultation.status !== 'final') return null;
  const { consultation, evaluation } = stored;
  const worker = await store.workers.get(consultation.workerId);
  const settings = await store.practice.settings();
  if (worker === null || settings === null) return null;
  const employer = await store.workplaces.employer(worker.employerId);
  const { plan, planSet } = await planOf(store, consultation.episodeId, { evaluation, intake: consultation.intake }, worker.contractHoursPerWeek);
  return {
    workerId: worker.id,
    planSet,
    input: {
      practice: {
        name: settings.name,
        jurisdiction: settings.jurisdiction,
        language: settings.language,
        logo: await store.practice.logo(),
        address: settings.address,
        phone: settings.phone,
        email: settings.email,
        orebroCutOff: settings.orebroCutOff,
      },
      author: { name: consultation.authorName, role: consultation.authorRole },
      signingDoctorName: options.signingDoctorName,
      signingDoctorRegistration: options.signingDoctorRegistration ?? null,
      signature: { signedBy: consultation.signedBy, signedAt: consultation.signedAt, amendments: consultation.amendments },
      worker: workerDetailsOf(worker),
      employerContactName: employer?.contactName ?? null,
      intake: consultation.intake,
      evaluation,
      plan,
      episodeOutcomes: (await episodeOutcomePoints(store, consultation.episodeId, settings.orebroCutOff)).filter(
        (point) => point.date <= consultation.consultationDate,
      ),
      referral: null,
      issuedOn: store.clock.today(),
      issuedAt: store.clock.now(),
    },
  };
}
