import type { Locale } from '../../../../shared/i18n';
import type { ImmediateReferral, Intake, OutcomePoint, PlanDocument, RedFlagEvaluation, Role } from '../../../../shared/model';
import type { AdviceContext, AdviceKey, ConsultationEvaluation, IsoDate, RedFlagCode, RiskFactorCode, YellowFlagCode } from '../../../../shared/rules';
import { type ConsultationDocumentInput, type ReferralRequest, workerDetailsOf, workerFullName, documentFrame, adviceContextOf } from '../consultationDocumentInput';
import type { Letterhead } from '../layout';

/** The doctor's file: everything recorded and concluded in one consultation. */
export interface ConsultationRecordView {
  locale: Locale;
  letterhead: Letterhead;
  issuedOn: IsoDate;
  issuedAt: string;
  /** Who recorded the consultation, named with their real role. */
  author: { name: string; role: Role };
  /** Who signed it and when, and its amendments (the earlier versions stay in the record). */
  signature: ConsultationDocumentInput['signature'];
  /** The intake as it stands now (the last version, for the amendments' changes). */
  intake: Intake;
  /** Whether the red flags were gone through in this consultation. */
  redFlagsScreened: boolean;
  /** Where an immediate red flag sent the worker, who acknowledged it and when. */
  immediateReferral: ImmediateReferral | null;
  worker: {
    name: string;
    birthDate: IsoDate;
    personnelNumber: string;
    employerName: string;
    departmentName: string | null;
    jobTitle: string | null;
    contractHoursPerWeek: number;
  };
  consultationDate: IsoDate;
  complaint: Intake['complaint'];
  evaluation: Pick<ConsultationEvaluation, 'phase' | 'ageAtOnset' | 'redFlags' | 'startBack' | 'orebro' | 'chronicity' | 'deadlines'>;
  orebroCutOff: number;
  acknowledgedRedFlags: RedFlagCode[];
  /** Red flags evaluated in the episode: what was done, by whom and when. */
  redFlagEvaluations: RedFlagEvaluation[];
  yellowFlags: YellowFlagCode[];
  riskFactors: RiskFactorCode[];
  findings: string | null;
  conclusion: string | null;
  advice: AdviceKey[];
  adviceContext: AdviceContext;
  plan: PlanDocument;
  /** The outcome values of the episode up to this consultation, oldest first. */
  episodeOutcomes: OutcomePoint[];
  referral: ReferralRequest | null;
  followUpDate: IsoDate | null;
}

export function buildConsultationRecordView(input: ConsultationDocumentInput): ConsultationRecordView {
  const { intake, evaluation, worker } = input;
  const { firstName: _firstName, lastName: _lastName, ...details } = workerDetailsOf(worker);
  return {
    ...documentFrame(input),
    author: input.author,
    signature: input.signature,
    intake,
    redFlagsScreened: intake.redFlagsScreened,
    immediateReferral: intake.immediateReferral,
    worker: { name: workerFullName(worker), ...details },
    consultationDate: intake.consultationDate,
    complaint: intake.complaint,
    evaluation: {
      phase: evaluation.phase,
      ageAtOnset: evaluation.ageAtOnset,
      redFlags: evaluation.redFlags,
      startBack: evaluation.startBack,
      orebro: evaluation.orebro,
      chronicity: evaluation.chronicity,
      deadlines: evaluation.deadlines,
    },
    orebroCutOff: input.practice.orebroCutOff,
    acknowledgedRedFlags: intake.acknowledgedRedFlags,
    redFlagEvaluations: intake.redFlagEvaluations,
    yellowFlags: intake.yellowFlags,
    riskFactors: intake.riskFactors,
    findings: intake.findings,
    conclusion: intake.conclusion,
    advice: intake.advice,
    adviceContext: adviceContextOf(input),
    plan: input.plan,
    episodeOutcomes: input.episodeOutcomes,
    referral: input.referral,
    followUpDate: intake.followUpDate,
  };
}
