import type { ConsultationAmendment, Intake, Jurisdiction, Language, OutcomePoint, PlanDocument, Role, Worker } from '../../../shared/model';
import type { Locale } from '../../../shared/i18n';
import type { AdviceContext, ConsultationEvaluation, IsoDate } from '../../../shared/rules';
import type { Letterhead } from './layout';

/*
 * Everything the documents of one consultation are built from: the stored intake
 * (shared/model/consultation.ts), main's own rules evaluation of it, the return-to-work plan as the
 * doctor confirmed it, and the practice, doctor and worker around them. Each document then copies
 * what it may show into its own view model (see the view.ts next to each renderer).
 */

export interface PracticeProfile {
  name: string;
  jurisdiction: Jurisdiction;
  language: Language;
  /** PNG or JPEG logo, or null. */
  logo: Uint8Array | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  /** Örebro cut-off the practice uses (shown with the score). */
  orebroCutOff: number;
}

export type WorkerDetails = Pick<
  Worker,
  'firstName' | 'lastName' | 'birthDate' | 'personnelNumber' | 'employerName' | 'departmentName' | 'jobTitle' | 'contractHoursPerWeek'
>;

/** The worker's details that documents show, picked from a fuller record (a stored worker has more). */
export function workerDetailsOf(worker: WorkerDetails): WorkerDetails {
  const { firstName, lastName, birthDate, personnelNumber, employerName, departmentName, jobTitle, contractHoursPerWeek } = worker;
  return { firstName, lastName, birthDate, personnelNumber, employerName, departmentName, jobTitle, contractHoursPerWeek };
}

/** A referral the doctor decided on (red flag or course). */
export interface ReferralRequest {
  recipient: 'gp' | 'specialist';
  /** Name (and specialty) of the colleague, when known. */
  recipientName: string | null;
  /** The doctor's own words on why; the red flags found are added by the letter itself. */
  reason: string | null;
  /** The worker agreed to the referral and to these details going to the colleague. */
  workerConsented: true;
}

export interface ConsultationDocumentInput {
  practice: PracticeProfile;
  /** Who recorded the consultation: a doctor, or a nurse who recorded the intake. */
  author: { name: string; role: Role };
  /**
   * The doctor who signs a referral letter or an employer advice: the doctor making the document.
   * Only a doctor may make those (documents.generate refuses anyone else).
   */
  signingDoctorName: string;
  /** That doctor's BIG (NL) or RIZIV (BE) number, 11 digits, printed under the name; null if not given. */
  signingDoctorRegistration: string | null;
  /** Who signed the consultation and when, and its amendments since (oldest first). */
  signature: { signedBy: string; signedAt: string; amendments: ConsultationAmendment[] };
  worker: WorkerDetails;
  /** Who receives the employer advice at the employer, when known. */
  employerContactName: string | null;
  intake: Intake;
  /** `evaluateConsultation(evaluationInputOf(intake, context))`, computed in main. */
  evaluation: ConsultationEvaluation;
  plan: PlanDocument;
  /** The outcome values of the episode's consultations up to this one, oldest first. */
  episodeOutcomes: OutcomePoint[];
  referral: ReferralRequest | null;
  /** The document's date (clock.today()) and creation instant (clock.now(), ISO). */
  issuedOn: IsoDate;
  issuedAt: string;
}

export function workerFullName(worker: Pick<WorkerDetails, 'firstName' | 'lastName'>): string {
  return `${worker.firstName} ${worker.lastName}`;
}

/** What every consultation document starts with: its language, the letterhead and its date. */
export function documentFrame(input: ConsultationDocumentInput): {
  locale: Locale;
  letterhead: Letterhead;
  issuedOn: IsoDate;
  issuedAt: string;
} {
  return {
    locale: { language: input.practice.language, jurisdiction: input.practice.jurisdiction },
    letterhead: { practiceName: input.practice.name, logo: input.practice.logo },
    issuedOn: input.issuedOn,
    issuedAt: input.issuedAt,
  };
}

/** The case the advice texts are written for: the practice's country, radicular pain and the phase. */
export function adviceContextOf(input: Pick<ConsultationDocumentInput, 'practice' | 'evaluation'>): AdviceContext {
  return {
    country: input.practice.jurisdiction,
    radicular: input.evaluation.redFlags.radicular,
    phase: input.evaluation.phase.phase,
  };
}
