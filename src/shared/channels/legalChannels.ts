import { z } from 'zod';
import {
  id,
  isoDate,
  jurisdiction,
  poortwachterDocumentSchema,
  reintegrationTrajectorySchema,
  savedPoortwachterDocumentSchema,
  fedrisRequestSchema,
  savedFedrisRequestSchema,
  savedTrajectorySchema,
} from '../model';
import { channel } from './channel';
import { generatedDocumentSchema } from './documentChannels';
import { legalMilestoneLineSchema } from './dossierChannels';

const poortwachterCode = z.enum(['probleemanalyse', 'planVanAanpak', 'ziekmelding42', 'eerstejaarsevaluatie', 'wiaAanvraag', 'eindeLoondoorbetaling']);

/** A worker's Poortwachter case across episodes (rules: poortwachterCase). */
export const poortwachterCaseSchema = z.object({
  periods: z.array(z.object({ firstSickDay: isoDate, recoveredOn: isoDate.nullable(), sickDays: z.number().int() })),
  recoveryGaps: z.array(z.number().int()),
  recoveredOn: isoDate.nullable(),
  open: z.boolean(),
  sickDays: z.number().int(),
  week: z.number().int(),
  milestones: z.array(z.object({ code: poortwachterCode, week: z.number().int(), due: isoDate })),
  ziekmelding42: z.object({ legal: isoDate, uwvFirstWorkingDay: isoDate }),
  nextEvaluationAdvice: isoDate.nullable(),
});

const verification = z.enum(['secondarySources', 'sourcesDisagree']);
const termRule = z.object({ days: z.number().optional(), months: z.number().optional(), source: z.string(), verification });

/** BE: one version of the re-integration rules, with the source and verification of each term. */
export const trajectoryRulesSchema = z.object({
  version: z.enum(['2022-10', '2026-01']),
  effectiveFrom: isoDate,
  source: z.string(),
  employerMayStart: termRule.extend({ withWorkerConsent: z.boolean() }),
  assessment: termRule,
  planAfterA: termRule,
  planAfterB: termRule,
  appeal: termRule,
  appealDecision: termRule,
  newTrajectoryAfterC: termRule,
  workerReplyToPlan: termRule,
  unansweredInvitations: z.object({ count: z.number(), source: z.string(), verification }),
  medicalForceMajeure: termRule,
  workCapacityEstimate: termRule.nullable(),
  mandatoryStart: termRule.extend({ workersThreshold: z.number(), thresholdNote: z.string() }).nullable(),
});

export const belgianMilestoneCode = z.enum([
  'contactAfter4Weeks',
  'employerMayStartReintegration',
  'workCapacityEstimate',
  'medicalForceMajeurePossible',
  'fedrisWindowOpens',
  'fedrisWindowCloses',
  'healthFundQuestionnaire',
]);

export const trajectoryTermCode = z.enum(['assessmentDue', 'planDueAfterA', 'planDueAfterB', 'appealUntil', 'newTrajectoryFrom', 'workerReplyUntil']);

/** BE: the incapacity's milestones and the re-integration trajectory with its terms. */
export const belgianCaseSchema = z.object({
  firstDayOfIncapacity: isoDate,
  /** The return date, when recorded. */
  incapacityEnded: isoDate.nullable(),
  /** The rules of the trajectory's request date, or of the incapacity's first day without a trajectory. */
  rules: trajectoryRulesSchema,
  milestones: z.array(z.object({ code: belgianMilestoneCode, date: isoDate })),
  trajectory: savedTrajectorySchema.nullable(),
  terms: z
    .object({
      employerMayStartFrom: isoDate,
      refusals: z.array(z.enum(['employerTooEarly', 'workerConsentMissing'])),
      terms: z.array(z.object({ code: trajectoryTermCode, date: isoDate, source: z.string(), verification })),
    })
    .nullable(),
});
export type BelgianCase = z.infer<typeof belgianCaseSchema>;

const fedrisRouteReason = z.enum(['tooEarly', 'tooLate', 'noQualifyingExposure', 'sectorNotCovered', 'notARelapse', 'noSurgery', 'incapacityNotEnded', 'notAdaptedWork']);

/** BE: Fedris eligibility of the incapacity, the routes Fedris lists and the saved request. */
export const fedrisCaseSchema = z.object({
  incapacityStart: isoDate,
  /** The last day of incapacity when it has ended: eligibility is judged on it. */
  lastDayOfIncapacity: isoDate.nullable(),
  eligible: z.boolean(),
  reasons: z.array(z.enum(['tooEarly', 'tooLate', 'noQualifyingExposure', 'sectorNotCovered'])),
  windowOpens: isoDate,
  windowCloses: isoDate,
  relapseRuleApplied: z.boolean(),
  routes: z.array(z.object({ route: z.enum(['incapacity', 'relapse', 'afterSurgery', 'returnToWorkExam']), eligible: z.boolean(), reasons: z.array(fedrisRouteReason) })),
  request: savedFedrisRequestSchema.nullable(),
  /** Within 6 months of Fedris' decision. */
  employerClaimDeadline: isoDate.nullable(),
});
export type FedrisCase = z.infer<typeof fedrisCaseSchema>;

export const legalTrajectorySchema = z.object({
  today: isoDate,
  jurisdiction,
  /** NL: the case, or null when the worker never had sick leave. */
  poortwachter: poortwachterCaseSchema.nullable(),
  /** NL: the documents the doctor wrote, oldest first. */
  poortwachterDocuments: z.array(savedPoortwachterDocumentSchema),
  /** BE: the incapacity and the re-integration trajectory, or null without an incapacity. */
  belgium: belgianCaseSchema.nullable(),
  /** BE: the Fedris programme, or null without an incapacity. */
  fedris: fedrisCaseSchema.nullable(),
  /**
   * The state of each milestone of the open case (NL) or the incapacity that lasts (BE), as on the
   * dossier (rules: legalTimeline); empty once the case is closed.
   */
  milestoneStates: z.array(legalMilestoneLineSchema),
});
export type LegalTrajectory = z.infer<typeof legalTrajectorySchema>;

/** The legal trajectory of a worker: the Dutch Poortwachter case and its documents. */
export const legalChannels = {
  'legal.get': channel({
    input: z.object({ workerId: id }).strict(),
    output: legalTrajectorySchema,
    access: 'dossier.read',
    dossier: 'read',
  }),
  /** Adds a Poortwachter document dated on the day it was made; a change is a new document. */
  'legal.savePoortwachterDocument': channel({
    input: z.object({ workerId: id, document: poortwachterDocumentSchema }).strict(),
    output: savedPoortwachterDocumentSchema,
    access: 'dossier.write',
    dossier: 'write',
  }),
  /** BE: saves a version of the re-integration trajectory (request, decision, plan received). */
  'legal.saveTrajectory': channel({
    input: z.object({ workerId: id, trajectory: reintegrationTrajectorySchema }).strict(),
    output: belgianCaseSchema,
    access: 'dossier.write',
    dossier: 'write',
  }),
  /** BE: the re-integration assessment form as PDF (functional terms only). */
  'legal.reintegrationAssessmentPdf': channel({
    input: z.object({ workerId: id }).strict(),
    output: generatedDocumentSchema,
    access: 'dossier.read',
    dossier: 'read',
  }),
  /** BE: saves the Fedris request (after the checklist) or its decision date. */
  'legal.saveFedrisRequest': channel({
    input: z.object({ workerId: id, request: fedrisRequestSchema }).strict(),
    output: fedrisCaseSchema,
    access: 'dossier.write',
    dossier: 'write',
  }),
  /** BE: the Fedris request as PDF, filled in from the dossier. */
  'legal.fedrisRequestPdf': channel({
    input: z.object({ workerId: id }).strict(),
    output: generatedDocumentSchema,
    access: 'dossier.read',
    dossier: 'read',
  }),
  /** The employer's version of a Poortwachter document as PDF, in Dutch. */
  'legal.poortwachterPdf': channel({
    input: z.object({ workerId: id, documentId: id }).strict(),
    output: generatedDocumentSchema,
    access: 'dossier.read',
    dossier: 'read',
  }),
} as const;
