import { parseDate } from '../../../shared/i18n/format';
import { EMPTY_OUTCOMES, evaluationInputOf, type EvaluationContext, type Intake } from '../../../shared/model';
import {
  RuleInputError,
  ageInYears,
  complaintPhase,
  evaluateConsultation,
  screenRedFlags,
  type RedFlagScreening,
} from '../../../shared/rules';
import type { LiveEvaluation } from '../clinicalPanel/LiveEvaluation';
import { orebroAnswersOf, startBackAnswersOf, type IntakeForm } from './intakeForm';

function dateOrNull(text: string, today: string): string | null {
  return text.trim() === '' ? null : parseDate(text, today);
}

function wholeNumber(text: string): number {
  const value = Number(text.trim());
  return Number.isInteger(value) ? value : 0;
}

/** A typed age, or null while it is empty or not a whole number yet (the rules then use the age at this onset). */
function ageOrNull(text: string): number | null {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(value) && value >= 0 ? value : null;
}

/** The form as far as it is filled in, with neutral values for what is still empty. */
function provisionalIntake(form: IntakeForm, today: string, onsetDate: string, consultationDate: string): Intake {
  const c = form.complaint;
  const sickLeaveStart = dateOrNull(c.sickLeaveStart, today);
  return {
    consultationDate,
    episodeId: form.episodeId,
    complaint: {
      onsetDate,
      painScore: 0,
      radiation: c.radiation === '' ? 'none' : c.radiation,
      course: c.course === '' ? 'improving' : c.course,
      previousEpisodes: c.previousEpisodes === '' ? 'none' : c.previousEpisodes,
      workStatus: c.workStatus === '' ? 'working' : c.workStatus,
      sickLeaveStart,
      sickLeaveEnd: sickLeaveStart === null ? null : dateOrNull(c.sickLeaveEnd, today),
      lbpIncapacityDaysPrevious12Months: wholeNumber(c.lbpIncapacityDaysPrevious12Months),
      planVanAanpakDate: dateOrNull(c.planVanAanpakDate, today),
      probleemanalyseDate: dateOrNull(c.probleemanalyseDate, today),
      ageAtFirstEverOnset: c.firstEverEpisode ? null : ageOrNull(c.ageAtFirstEverOnset),
    },
    redFlags: form.redFlags,
    redFlagsScreened: form.redFlagsScreened,
    acknowledgedRedFlags: [],
    immediateReferral: null,
    redFlagEvaluations: form.redFlagEvaluations,
    riskFactors: form.riskFactors as Intake['riskFactors'],
    yellowFlags: form.yellowFlags as Intake['yellowFlags'],
    startBack: startBackAnswersOf(form),
    orebro: orebroAnswersOf(form),
    outcomes: EMPTY_OUTCOMES,
    findings: null,
    conclusion: null,
    advice: [],
    followUpDate: null,
  };
}

/** Red flags from the checklist alone, as if the episode started on `onset` (or today). */
function redFlagsOnly(intake: Intake, context: EvaluationContext): RedFlagScreening {
  const input = evaluationInputOf(intake, context);
  const onset = input.onsetDate <= input.consultationDate ? input.onsetDate : input.consultationDate;
  let ageAtOnset = 0;
  try {
    ageAtOnset = ageInYears(context.birthDate, onset);
  } catch {
    ageAtOnset = 0;
  }
  const durationWeeks = complaintPhase(onset, input.consultationDate).weeks;
  const firstAge = input.ageAtFirstEverOnset;
  return screenRedFlags({
    ...input.redFlagFindings,
    ageAtOnset,
    ...(firstAge !== undefined && firstAge >= 0 && firstAge <= ageAtOnset ? { ageAtFirstEverOnset: firstAge } : {}),
    evaluated: input.evaluatedRedFlags ?? [],
    durationWeeks,
  });
}

/** The same evaluation main makes on save, recomputed from the form on every change. */
export function liveEvaluation(form: IntakeForm, context: EvaluationContext, today: string): LiveEvaluation {
  const consultationDate = parseDate(form.consultationDate, today) ?? today;
  const onset = dateOrNull(form.complaint.onsetDate, today);
  if (onset === null) {
    const intake = provisionalIntake(form, today, consultationDate, consultationDate);
    return { kind: 'partial', redFlags: redFlagsOnly(intake, context), problem: 'onsetMissing', field: null };
  }
  const intake = provisionalIntake(form, today, onset, consultationDate);
  try {
    return { kind: 'full', evaluation: evaluateConsultation(evaluationInputOf(intake, context)) };
  } catch (error) {
    if (!(error instanceof RuleInputError)) throw error;
    const field = error.field;
    const fallback = { ...intake, startBack: null, orebro: null };
    return { kind: 'partial', redFlags: redFlagsOnly(fallback, context), problem: 'notEvaluable', field };
  }
}
