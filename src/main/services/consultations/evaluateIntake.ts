import { evaluationInputOf, type EvaluationContext, type Intake } from '../../../shared/model';
import { RuleInputError, evaluateConsultation, type ConsultationEvaluation } from '../../../shared/rules';
import { InvalidInputError } from '../domainError';

/** Where the field a RuleInputError names is in the intake form. */
const FIELD_PATHS: Record<string, Array<string>> = {
  onsetDate: ['intake', 'complaint', 'onsetDate'],
  birthDate: ['intake', 'complaint', 'onsetDate'],
  consultationDate: ['intake', 'consultationDate'],
  sickLeaveStart: ['intake', 'complaint', 'sickLeaveStart'],
  returnDate: ['intake', 'complaint', 'sickLeaveEnd'],
  planVanAanpakDate: ['intake', 'complaint', 'planVanAanpakDate'],
  probleemanalyseDate: ['intake', 'complaint', 'probleemanalyseDate'],
  lbpIncapacityDaysPrevious12Months: ['intake', 'complaint', 'lbpIncapacityDaysPrevious12Months'],
  ageAtFirstEverOnset: ['intake', 'complaint', 'ageAtFirstEverOnset'],
};

/** Main's own evaluation of an intake with the rules module; a RuleInputError becomes a field message. */
export function evaluateIntake(intake: Intake, context: EvaluationContext): ConsultationEvaluation {
  try {
    return evaluateConsultation(evaluationInputOf(intake, context));
  } catch (error) {
    if (!(error instanceof RuleInputError)) throw error;
    throw InvalidInputError.field(FIELD_PATHS[error.field] ?? ['intake'], 'notEvaluable');
  }
}
