import type { OpenedConsultation } from '../../../shared/channels/consultationChannels';
import { parseDate } from '../../../shared/i18n/format';
import {
  intakeSchema,
  redFlagObservationFields,
  type Course,
  type Intake,
  type IntakeInput,
  type Outcomes,
  type Radiation,
  type RedFlagObservationField,
  type IntakeDraft,
  type IntakeForm,
  type OutcomesForm,
  type WorkStatus,
} from '../../../shared/model';
import {
  OREBRO_DEFINITION,
  ROLAND_MORRIS_ITEM_COUNT,
  START_BACK_DEFINITION,
  type OrebroShortAnswers,
  type StartBackAnswers,
} from '../../../shared/rules';
import { parseNumber } from '../../i18n/typedNumber';

/** The intake as the form holds it (shared with main, which checks every autosaved draft against it). */
export type { IntakeForm, OutcomesForm };

export const emptyOutcomesForm = (): OutcomesForm => ({
  workAbility: '',
  hoursWorked: '',
  rolandMorris: Array.from({ length: ROLAND_MORRIS_ITEM_COUNT }, () => ''),
  psk: [],
  filledInByWorker: [],
});

const noRedFlags = Object.fromEntries(redFlagObservationFields.map((field) => [field, false])) as Record<RedFlagObservationField, boolean>;

/**
 * A new consultation, continuing the current episode when there is one, with the episode's evaluated
 * red flags and the age at the first ever episode when earlier consultations tell it.
 */
export function newIntakeForm(opened: OpenedConsultation): IntakeForm {
  const episode = opened.currentEpisode;
  const knownAge = opened.knownAgeAtFirstEverOnset;
  return {
    consultationDate: opened.today,
    episodeId: episode?.id ?? null,
    complaint: {
      onsetDate: episode?.onsetDate ?? '',
      painScore: '',
      radiation: '',
      course: '',
      previousEpisodes: '',
      workStatus: episode?.workStatus ?? '',
      sickLeaveStart: episode?.sickLeaveStart ?? '',
      sickLeaveEnd: episode?.sickLeaveEnd ?? '',
      lbpIncapacityDaysPrevious12Months: '0',
      planVanAanpakDate: '',
      probleemanalyseDate: '',
      firstEverEpisode: knownAge === null,
      ageAtFirstEverOnset: knownAge === null ? '' : String(knownAge),
    },
    redFlags: { ...noRedFlags },
    redFlagsScreened: false,
    acknowledgedRedFlags: [],
    immediateReferral: null,
    redFlagEvaluations: episode === null ? [] : opened.episodeRedFlagEvaluations.map((e) => ({ ...e })),
    riskFactors: [],
    yellowFlags: [],
    startBack: {},
    orebro: {},
    outcomes: emptyOutcomesForm(),
    findings: '',
    conclusion: '',
    advice: [],
    adviceEdited: false,
    followUpDate: '',
  };
}

/** The form of a saved consultation. */
export function intakeFormOf(intake: Intake): IntakeForm {
  const c = intake.complaint;
  return {
    consultationDate: intake.consultationDate,
    episodeId: intake.episodeId,
    complaint: {
      onsetDate: c.onsetDate,
      painScore: String(c.painScore),
      radiation: c.radiation,
      course: c.course,
      previousEpisodes: c.previousEpisodes,
      workStatus: c.workStatus,
      sickLeaveStart: c.sickLeaveStart ?? '',
      sickLeaveEnd: c.sickLeaveEnd ?? '',
      lbpIncapacityDaysPrevious12Months: String(c.lbpIncapacityDaysPrevious12Months),
      planVanAanpakDate: c.planVanAanpakDate ?? '',
      probleemanalyseDate: c.probleemanalyseDate ?? '',
      firstEverEpisode: c.ageAtFirstEverOnset === null,
      ageAtFirstEverOnset: c.ageAtFirstEverOnset === null ? '' : String(c.ageAtFirstEverOnset),
    },
    redFlags: { ...noRedFlags, ...intake.redFlags },
    redFlagsScreened: intake.redFlagsScreened,
    acknowledgedRedFlags: [...intake.acknowledgedRedFlags],
    immediateReferral: intake.immediateReferral === null ? null : { ...intake.immediateReferral },
    redFlagEvaluations: intake.redFlagEvaluations.map((e) => ({ ...e })),
    riskFactors: [...intake.riskFactors],
    yellowFlags: [...intake.yellowFlags],
    startBack: intake.startBack ? Object.fromEntries(Object.entries(intake.startBack).map(([k, v]) => [k, String(v)])) : {},
    orebro: intake.orebro ? Object.fromEntries(Object.entries(intake.orebro).map(([k, v]) => [k, String(v)])) : {},
    outcomes: outcomesFormOf(intake.outcomes),
    findings: intake.findings ?? '',
    conclusion: intake.conclusion ?? '',
    advice: [...intake.advice],
    adviceEdited: true,
    followUpDate: intake.followUpDate ?? '',
  };
}

function outcomesFormOf(outcomes: Outcomes): OutcomesForm {
  return {
    workAbility: outcomes.workAbility === null ? '' : String(outcomes.workAbility),
    hoursWorked: outcomes.hoursWorkedPerWeek === null ? '' : String(outcomes.hoursWorkedPerWeek),
    rolandMorris: outcomes.rolandMorris ? outcomes.rolandMorris.map(String) : emptyOutcomesForm().rolandMorris,
    psk: outcomes.psk.map((a) => ({ activity: a.activity, score: a.score === null ? '' : String(a.score) })),
    filledInByWorker: [...outcomes.filledInByWorker],
  };
}

/**
 * An autosaved draft laid over a base form: what the draft holds replaces the base (a draft from an
 * older version may hold less). The base's stamped (saved) evaluations always stay: a draft cannot
 * drop them.
 */
export function intakeFormFromDraft(document: IntakeDraft, base: IntakeForm): IntakeForm {
  const { workerAnswers: _answers, redFlagEvaluations, ...fields } = document;
  const stamped = base.redFlagEvaluations.filter((e) => e.evaluatedOn !== null);
  const added = (redFlagEvaluations ?? []).filter((e) => !stamped.some((s) => s.code === e.code));
  return { ...base, ...fields, redFlagEvaluations: [...stamped, ...added] };
}

function isoOrText(text: string, today: string): string {
  return parseDate(text, today) ?? text;
}

function optionalDate(text: string, today: string): string | null {
  return text.trim() === '' ? null : isoOrText(text, today);
}

/** STarT Back answers when all nine items are answered; null otherwise. */
export function startBackAnswersOf(form: IntakeForm): StartBackAnswers | null {
  const answers: Record<string, boolean | string> = {};
  for (const item of START_BACK_DEFINITION.items) {
    const value = form.startBack[item.id];
    if (value === undefined || value === '') return null;
    answers[item.id] = value === 'true' ? true : value === 'false' ? false : value;
  }
  return answers as unknown as StartBackAnswers;
}

/** Örebro answers when all ten items hold a whole number; null otherwise (the scoring checks ranges). */
export function orebroAnswersOf(form: IntakeForm): OrebroShortAnswers | null {
  const answers: Record<string, number> = {};
  for (const item of OREBRO_DEFINITION.items) {
    const value = parseNumber(form.orebro[item.id] ?? '');
    if (!Number.isInteger(value)) return null;
    answers[item.id] = value;
  }
  return answers as unknown as OrebroShortAnswers;
}

export function countAnswered(answers: Record<string, string>): number {
  return Object.values(answers).filter((value) => value.trim() !== '').length;
}

/** The form as the intake schema's input; `advice` is the rules' selection while not edited. */
export function intakeInputOf(form: IntakeForm, today: string, suggestedAdvice: readonly string[]): IntakeInput {
  const c = form.complaint;
  const sickLeaveStart = optionalDate(c.sickLeaveStart, today);
  return {
    consultationDate: isoOrText(form.consultationDate, today),
    episodeId: form.episodeId,
    complaint: {
      onsetDate: isoOrText(c.onsetDate, today),
      painScore: parseNumber(c.painScore),
      radiation: c.radiation as Radiation,
      course: c.course as Course,
      previousEpisodes: c.previousEpisodes as Intake['complaint']['previousEpisodes'],
      workStatus: c.workStatus as WorkStatus,
      sickLeaveStart,
      sickLeaveEnd: sickLeaveStart === null ? null : optionalDate(c.sickLeaveEnd, today),
      lbpIncapacityDaysPrevious12Months: c.lbpIncapacityDaysPrevious12Months.trim() === '' ? 0 : parseNumber(c.lbpIncapacityDaysPrevious12Months),
      planVanAanpakDate: optionalDate(c.planVanAanpakDate, today),
      probleemanalyseDate: optionalDate(c.probleemanalyseDate, today),
      ageAtFirstEverOnset: c.firstEverEpisode ? null : parseNumber(c.ageAtFirstEverOnset),
    },
    redFlags: form.redFlags,
    redFlagsScreened: form.redFlagsScreened,
    acknowledgedRedFlags: form.acknowledgedRedFlags as IntakeInput['acknowledgedRedFlags'],
    immediateReferral: form.immediateReferral,
    redFlagEvaluations: form.redFlagEvaluations as IntakeInput['redFlagEvaluations'],
    riskFactors: form.riskFactors as IntakeInput['riskFactors'],
    yellowFlags: form.yellowFlags as IntakeInput['yellowFlags'],
    startBack: countAnswered(form.startBack) === 0 ? null : (startBackAnswersOf(form) ?? ({} as StartBackAnswers)),
    orebro: countAnswered(form.orebro) === 0 ? null : (orebroAnswersOf(form) ?? ({} as OrebroShortAnswers)),
    outcomes: outcomesInputOf(form.outcomes),
    findings: form.findings,
    conclusion: form.conclusion,
    advice: (form.adviceEdited ? form.advice : suggestedAdvice) as IntakeInput['advice'],
    followUpDate: optionalDate(form.followUpDate, today),
  };
}

function optionalNumber(text: string): number | null {
  return text.trim() === '' ? null : parseNumber(text);
}

/** Roland-Morris answers when all 24 are answered; null otherwise. */
export function rolandMorrisAnswersOf(outcomes: OutcomesForm): boolean[] | null {
  if (outcomes.rolandMorris.length !== ROLAND_MORRIS_ITEM_COUNT || outcomes.rolandMorris.some((a) => a !== 'true' && a !== 'false')) return null;
  return outcomes.rolandMorris.map((a) => a === 'true');
}

function outcomesInputOf(outcomes: OutcomesForm): NonNullable<IntakeInput['outcomes']> {
  const answered = countAnswered(Object.fromEntries(outcomes.rolandMorris.map((a, i) => [String(i), a])));
  return {
    workAbility: optionalNumber(outcomes.workAbility),
    hoursWorkedPerWeek: optionalNumber(outcomes.hoursWorked),
    rolandMorris: answered === 0 ? null : (rolandMorrisAnswersOf(outcomes) ?? []),
    psk: outcomes.psk.filter((a) => a.activity.trim() !== '').map((a) => ({ activity: a.activity, score: optionalNumber(a.score) })),
    filledInByWorker: outcomes.filledInByWorker as NonNullable<IntakeInput['outcomes']>['filledInByWorker'],
  };
}

/** Fields that must be filled in, checked first so the message says 'required' rather than 'invalid'. */
const REQUIRED: Array<[string, (form: IntakeForm) => string]> = [
  ['consultationDate', (f) => f.consultationDate],
  ['complaint.onsetDate', (f) => f.complaint.onsetDate],
  ['complaint.painScore', (f) => f.complaint.painScore],
  ['complaint.radiation', (f) => f.complaint.radiation],
  ['complaint.course', (f) => f.complaint.course],
  ['complaint.previousEpisodes', (f) => f.complaint.previousEpisodes],
  ['complaint.workStatus', (f) => f.complaint.workStatus],
  ['complaint.ageAtFirstEverOnset', (f) => (f.complaint.firstEverEpisode ? 'n/a' : f.complaint.ageAtFirstEverOnset)],
];

/** Whether every required field of the complaint is filled in. */
export function complaintIsComplete(form: IntakeForm): boolean {
  return REQUIRED.every(([, read]) => read(form).trim() !== '');
}

/** Field path -> message code (under `validation.`), in form order. */
export type IntakeErrors = Record<string, string>;

/**
 * Validates the form as main will; returns the intake or the field errors. The red flags must have
 * been screened, unless `screeningRequired` is false (an amendment of a consultation stored unscreened).
 */
export function validateIntakeForm(
  form: IntakeForm,
  today: string,
  suggestedAdvice: readonly string[],
  { screeningRequired = true }: { screeningRequired?: boolean } = {},
): { intake: Intake; errors: null } | { intake: null; errors: IntakeErrors } {
  const errors: IntakeErrors = {};
  for (const [path, read] of REQUIRED) if (read(form).trim() === '') errors[path] = 'required';
  if (screeningRequired && !form.redFlagsScreened) errors.redFlagsScreened = 'redFlagsNotScreened';
  if (countAnswered(form.startBack) > 0 && startBackAnswersOf(form) === null) errors.startBack = 'questionnaireIncomplete';
  if (countAnswered(form.orebro) > 0 && orebroAnswersOf(form) === null) errors.orebro = 'questionnaireIncomplete';
  if (form.outcomes.rolandMorris.some((a) => a !== '') && rolandMorrisAnswersOf(form.outcomes) === null) {
    errors['outcomes.rolandMorris'] = 'questionnaireIncomplete';
  }
  const parsed = intakeSchema.safeParse(intakeInputOf(form, today, suggestedAdvice));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String);
      const key = path.join('.');
      const covered = key in errors || (path[0] !== undefined && path[0] in errors);
      if (!covered) errors[key] = issue.message;
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { intake: null, errors };
  return { intake: parsed.data, errors: null };
}
