import type { Locale } from '../../../../shared/i18n';
import {
  type Intake,
  type PlanDocument,
  type ProfessionalRegister,
  type RedFlagEvaluation,
  formatProfessionalRegistration,
  professionalRegisterOf,
} from '../../../../shared/model';
import type { AdviceKey, ChronicityLevel, ComplaintPhaseResult, IsoDate, RedFlag, Urgency } from '../../../../shared/rules';
import { type ConsultationDocumentInput, type ReferralRequest, workerFullName, documentFrame } from '../consultationDocumentInput';
import type { Letterhead } from '../layout';

/** A letter to the GP or a specialist: reason, urgency, relevant findings, what was done and advised. */
export interface ReferralLetterView {
  locale: Locale;
  letterhead: Letterhead;
  issuedOn: IsoDate;
  issuedAt: string;
  doctorName: string;
  /** The doctor's BIG (NL) or RIZIV (BE) number, written the register's way; null if not given. */
  doctorRegistration: { register: ProfessionalRegister; number: string } | null;
  practice: { name: string; address: string | null; phone: string | null; email: string | null };
  referral: ReferralRequest;
  worker: { name: string; birthDate: IsoDate };
  consultationDate: IsoDate;
  complaint: Pick<Intake['complaint'], 'onsetDate' | 'painScore' | 'radiation' | 'course' | 'previousEpisodes' | 'workStatus'>;
  phase: ComplaintPhaseResult;
  urgency: Urgency;
  redFlags: RedFlag[];
  radicular: boolean;
  /** Whether the red flags were gone through: the letter only says so when they were. */
  redFlagsScreened: boolean;
  chronicityLevel: ChronicityLevel;
  findings: string | null;
  conclusion: string | null;
  advice: AdviceKey[];
  redFlagEvaluations: RedFlagEvaluation[];
  plan: PlanDocument;
}

function registrationOf(input: ConsultationDocumentInput): ReferralLetterView['doctorRegistration'] {
  if (input.signingDoctorRegistration === null) return null;
  const register = professionalRegisterOf(input.practice.jurisdiction);
  return { register, number: formatProfessionalRegistration(input.signingDoctorRegistration, register) };
}

/** The referral letter of a consultation; throws when the doctor made no referral. */
export function buildReferralLetterView(input: ConsultationDocumentInput): ReferralLetterView {
  if (input.referral === null) throw new RangeError('referral: no referral was made in this consultation');
  const { intake, evaluation } = input;
  const c = intake.complaint;
  return {
    ...documentFrame(input),
    doctorName: input.signingDoctorName,
    doctorRegistration: registrationOf(input),
    practice: { name: input.practice.name, address: input.practice.address, phone: input.practice.phone, email: input.practice.email },
    referral: input.referral,
    worker: { name: workerFullName(input.worker), birthDate: input.worker.birthDate },
    consultationDate: intake.consultationDate,
    complaint: {
      onsetDate: c.onsetDate,
      painScore: c.painScore,
      radiation: c.radiation,
      course: c.course,
      previousEpisodes: c.previousEpisodes,
      workStatus: c.workStatus,
    },
    phase: evaluation.phase,
    urgency: evaluation.redFlags.urgency,
    redFlags: evaluation.redFlags.flags,
    radicular: evaluation.redFlags.radicular,
    redFlagsScreened: intake.redFlagsScreened,
    chronicityLevel: evaluation.chronicity.level,
    findings: intake.findings,
    conclusion: intake.conclusion,
    advice: intake.advice,
    redFlagEvaluations: intake.redFlagEvaluations,
    plan: input.plan,
  };
}
