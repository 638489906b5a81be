/*
 * Clinical rules of Ruggensteun: the rules of docs/clinical-rules.md plus the catalogues and
 * texts around it. Pure TypeScript: no Node, DOM or Electron, no I/O, no clock.
 */

export { type Country, type Language, LANGUAGES, type LocalizedText, textIn } from './language';
export { RuleInputError } from './ruleInputError';

export {
  type IsoDate,
  addCalendarMonths,
  addDays,
  addWorkingDays,
  ageInYears,
  assertIsoDate,
  daysBetween,
  isIsoDate,
} from './dates';
export {
  addWorkingDaysIn,
  easterSunday,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  proposedWorkingDay,
  publicHolidays,
} from './publicHolidays';
export {
  type PlanProgressInput,
  type StepOn,
  type WorkSituation,
  type WorkStatus,
  fullReturnDate,
  nextEvaluationDate,
  nextPlanReview,
  nextPlanStep,
  planStepOn,
  workSituationOn,
} from './planProgress';
export {
  type DeadlineStatus,
  type MilestoneInput,
  type MilestoneKind,
  type MilestoneState,
  type PoortwachterRecords,
  type TimelineMilestone,
  BELGIAN_MILESTONE_KINDS,
  DUE_SOON_DAYS,
  FOLD_AFTER_MONTHS,
  TRAJECTORY_TERM_KINDS,
  deadlineStatus,
  trajectoryTermInputs,
  POORTWACHTER_MILESTONE_KINDS,
  poortwachterMilestoneInputs,
  poortwachterRecordsOf,
  legalTimeline,
  milestoneState,
  nextLegalMilestone,
} from './legalTimeline';

export { type ConsultationDeadline, consultationDeadlines } from './consultationDeadlines';

export { type ComplaintPhase, type ComplaintPhaseResult, COMPLAINT_PHASES, CHRONIC_FROM_WEEK, SUBACUTE_FROM_WEEK, complaintPhase } from './phase';

export {
  type RedFlag,
  type RedFlagAction,
  type RedFlagCode,
  type RedFlagFindings,
  type RedFlagObservations,
  type RedFlagScreening,
  type RedFlagStatus,
  type SuspectedCondition,
  type Urgency,
  RADICULAR_SIGNAL,
  RED_FLAG_ACTIONS,
  RED_FLAG_CHECKLIST_FIELDS,
  RED_FLAG_RULES,
  URGENCY_ORDER,
  DERIVED_RED_FLAG_CODES,
  canBeEvaluated,
  isUrgentReferral,
  redFlagAction,
  redFlagCodeAction,
  screenRedFlags,
  urgencyRank,
} from './redFlags';
export {
  RADICULAR_TEXT,
  RED_FLAG_ACTION_TEXTS,
  RED_FLAG_CODE_ACTION_TEXTS,
  RED_FLAG_LABELS,
  RED_FLAG_STATUS_LABELS,
  SUSPECTED_CONDITION_LABELS,
  URGENCY_LABELS,
} from './texts/redFlags';

export {
  type AnswerFormat,
  type AnswerOption,
  type OrebroDefinition,
  type OrebroFactor,
  type QuestionnaireDefinition,
  type QuestionnaireItem,
  type QuestionnaireLicence,
  type ScaleAnswerFormat,
  type StartBackDefinition,
  type StartBackGroup,
  OREBRO_DEFINITION,
  START_BACK_DEFINITION,
  loadOfficialWording,
  scoreItem,
} from './questionnaires';
export { type StartBackAnswers, type StartBackResult, type StartBackRisk, scoreStartBack } from './startBack';
export { type OrebroResult, type OrebroRisk, type OrebroShortAnswers, OREBRO_DEFAULT_CUT_OFF, scoreOrebroShort } from './orebro';
export {
  type RolandMorrisAnswers,
  type RolandMorrisDefinition,
  type RolandMorrisItemId,
  ROLAND_MORRIS_DEFINITION,
  ROLAND_MORRIS_ITEM_COUNT,
  scoreRolandMorris,
} from './rolandMorris';
export {
  type ChangeDirection,
  type ImprovementAssessment,
  type MeasureChange,
  type OutcomeMeasure,
  type OutcomeMeasureId,
  type OutcomeSnapshot,
  type PskActivity,
  MAX_HOURS_WORKED_PER_WEEK,
  MAX_PSK_ACTIVITIES,
  OUTCOME_MEASURES,
  OUTCOME_MEASURE_IDS,
  assessImprovement,
  comparablePsk,
  measureChange,
  outcomeChanges,
  scorePsk,
} from './outcomeMeasures';
export { APPLIES_LABEL, CHANGE_LABELS, DOES_NOT_APPLY_LABEL, NO_IMPROVEMENT_TEXT } from './texts/outcomeMeasures';

export {
  type ChronicityLevel,
  type ChronicityResult,
  type StratifiedCare,
  CHRONICITY_LEVELS,
  STRATIFIED_CARE,
  chronicityLevelRank,
  chronicityRisk,
  stratifiedCare,
} from './chronicity';
export { type YellowFlag, type YellowFlagCode, YELLOW_FLAGS, YELLOW_FLAG_CODES } from './yellowFlags';
export { CHRONICITY_LEVEL_LABELS, STRATIFIED_CARE_TEXTS, YELLOW_FLAG_LABELS } from './texts/chronicity';

export { type RiskFactor, type RiskFactorCategory, type RiskFactorCode, RISK_FACTORS, riskFactor } from './riskFactors';
export { RISK_FACTOR_CATEGORY_LABELS, RISK_FACTOR_LABELS } from './texts/riskFactors';

export {
  type AdviceContext,
  type AdviceInput,
  type AdviceKey,
  type NotRecommendedTreatment,
  ADVICE_KEYS,
  NOT_RECOMMENDED_TREATMENTS,
  adviceAllowed,
  adviceText,
  notRecommendedTreatments,
  selectAdvice,
} from './advice';
export { ADVICE_TEXTS, PAIN_RELIEF_TEXTS } from './texts/advice';

export { type JobExposure, JOB_EXPOSURES } from './jobExposures';
export {
  type Restriction,
  type RestrictionCode,
  type RestrictionDefinition,
  RESTRICTIONS,
  fullDutiesText,
  restrictionDefinition,
  restrictionText,
} from './restrictions';
export {
  type JobDemands,
  type PlanInvariant,
  type PlanViolation,
  type ReturnToWorkPlan,
  type ReturnToWorkPlanInput,
  type ReturnToWorkStep,
  DEFAULT_JOB_MAX_LIFT_KG,
  suggestReturnToWorkPlan,
  validateReturnToWorkPlan,
} from './returnToWorkPlan';
export { FULL_DUTIES_TEXT, JOB_EXPOSURE_LABELS, PLAN_ON_HOLD_TEXT, RESTRICTION_TEXTS } from './texts/returnToWork';

export {
  type EarlierSickPeriod,
  type PoortwachterCode,
  type PoortwachterEvaluationBasis,
  type PoortwachterMilestone,
  type PoortwachterOptions,
  ACTION_PLAN_EVALUATION_DAYS,
  PLAN_VAN_AANPAK_DAYS_AFTER_ANALYSIS,
  POORTWACHTER_SCHEDULE,
  RECOVERY_DAYS_SEPARATING_PERIODS,
  mergedSickRuns,
  nextPoortwachterEvaluation,
  poortwachterMilestones,
  ziekmelding42FirstWorkingDay,
} from './poortwachter';
export {
  type CountedSickPeriod,
  type PoortwachterCase,
  type RecordedSickPeriod,
  normalizeSickPeriods,
  poortwachterCase,
} from './poortwachterCase';
export {
  type BelgianCode,
  type BelgianMilestone,
  type BelgianRules,
  type BelgianRulesVersion,
  BELGIAN_RULES,
  belgianMilestones,
  belgianRulesFor,
  fedrisWindowOpensOffset,
  preResumptionVisitDeadline,
  returnToWorkExamDeadline,
} from './belgium';
export {
  type BelgianTrajectoryRules,
  type TermVerification,
  type TrajectoryDecision,
  type TrajectoryInitiator,
  type TrajectoryInput,
  type TrajectoryRefusal,
  type TrajectoryTerm,
  type TrajectoryTermCode,
  type TrajectoryTerms,
  HEALTH_FUND_QUESTIONNAIRE_DAYS,
  TRAJECTORY_RULES,
  belgianTrajectoryTerms,
  trajectoryRulesFor,
} from './belgianTrajectory';
export {
  type FedrisEligibility,
  type FedrisExposure,
  type FedrisInput,
  type FedrisProgramme,
  type FedrisReason,
  type FedrisSector,
  DEFAULT_FEDRIS_ERGONOMIC_INTERVENTION_EUR,
  FEDRIS_EXPOSURE_OF_JOB_EXPOSURE,
  fedrisEligibility,
  fedrisExposuresOf,
  fedrisProgramme,
} from './fedris';
export {
  type FedrisRoute,
  type FedrisRouteInput,
  type FedrisRouteReason,
  FEDRIS_EMPLOYER_CLAIM_MONTHS,
  FEDRIS_ROUTES,
  fedrisEmployerClaimDeadline,
  fedrisRouteEligibility,
} from './fedrisRoutes';
export {
  BELGIAN_LABELS,
  BELGIAN_RULES_LABELS,
  FEDRIS_PROGRAMME_TEXT,
  FEDRIS_REASON_TEXTS,
  FEDRIS_SOURCES_NOTE,
  POORTWACHTER_EVALUATION_LABEL,
  POORTWACHTER_LABELS,
  PRE_RESUMPTION_VISIT_LABEL,
  RETURN_TO_WORK_EXAM_LABEL,
  WORKING_DAYS_NOTE,
  ZIEKMELDING42_WORKING_DAY_LABEL,
} from './texts/legal';

export {
  type LiftingTask,
  type NioshBand,
  type NioshMultipliers,
  type NioshResult,
  FM_TABLE,
  NIOSH_LOAD_CONSTANT_KG,
  frequencyMultiplier,
  nioshBand,
  nioshLifting,
} from './niosh';
export { NIOSH_BAND_TEXTS, NIOSH_LIMITATIONS } from './texts/niosh';

export {
  type AggregateCell,
  type AggregateRow,
  type SuppressedCell,
  type SuppressedRow,
  type SuppressionReason,
  type SuppressionResult,
  type TableSuppressionResult,
  COMPLEMENTARY_MARK,
  DEFAULT_SUPPRESSION_K,
  MIN_SUPPRESSION_K,
  suppressSmallCells,
  suppressSmallCellsTable,
} from './suppression';
export { SUPPRESSION_NOTE } from './texts/suppression';

export {
  type BelgianDeadlines,
  type ConsultationEvaluation,
  type ConsultationEvaluationInput,
  type Jurisdiction,
  type NetherlandsDeadlines,
  evaluateConsultation,
} from './evaluateConsultation';
