import type { OpenedConsultation } from '../../../shared/channels/consultationChannels';
import { parseDate } from '../../../shared/i18n/format';
import {
  intakeSchema,
  redFlagObservationFields,
  type Course,
  type Intake,
  type ImmediateReferral,
  type IntakeInput,
  type Outcomes,
  type Radiation,
  type RedFlagEvaluation,
  type RedFlagObservationField,
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

/** The intake as the form holds it: typed text for dates and numbers, '' for not answered yet. */
export interface IntakeForm {
  consultationDate: string;
  episodeId: number | null;
  complaint: {
    onsetDate: string;
    painScore: string;
    radiation: Radiation | '';
    course: Course | '';
    previousEpisodes: Intake['complaint']['previousEpisodes'] | '';
    workStatus: WorkStatus | '';
    sickLeaveStart: string;
    sickLeaveEnd: string;
    lbpIncapacityDaysPrevious12Months: string;
    planVanAanpakDate: string;
    probleemanalyseDate: string;
    /** True (the default) when this episode is the worker's first ever; otherwise the age is asked. */
    firstEverEpisode: boolean;
    ageAtFirstEverOnset: string;
  };
  redFlags: Record<RedFlagObservationField, boolean>;
  /** The doctor went through the checklist in this consultation (ticked a finding or confirmed none). */
  redFlagsScreened: boolean;
  acknowledgedRedFlags: string[];
  /** Where an immediate red flag sent the worker (stamped with who and when by main on save). */
  immediateReferral: ImmediateReferral | null;
  /** Red flags evaluated in this episode; those carried over from earlier consultations are stamped. */
  redFlagEvaluations: RedFlagEvaluation[];
  riskFactors: string[];
  yellowFlags: string[];
  /** Answer per item id: String(option value) for STarT Back, the number typed for Örebro. */
  startBack: Record<string, string>;
  orebro: Record<string, string>;
  outcomes: OutcomesForm;
  findings: string;
  conclusion: string;
  advice: string[];
  /** False while the advice simply follows the rules' selection. */
  adviceEdited: boolean;
  followUpDate: string;
}

/** The outcome measures as typed; Roland-Morris holds 'true' / 'false' / '' per item, in item order. */
export interface OutcomesForm {
  workAbility: string;
  hoursWorked: string;
  rolandMorris: string[];
  psk: Array<{ activity: string; score: string }>;
  filledInByWorker: string[];
}

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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isImmediateReferral(value: unknown): value is ImmediateReferral {
  return (
    isRecord(value) &&
    typeof value.referredTo === 'string' &&
    typeof value.acknowledgedBy === 'string' &&
    (value.acknowledgedAt === null || typeof value.acknowledgedAt === 'string')
  );
}

function isRedFlagEvaluation(value: unknown): value is RedFlagEvaluation {
  return (
    isRecord(value) &&
    typeof value.code === 'string' &&
    typeof value.note === 'string' &&
    typeof value.evaluatedBy === 'string' &&
    (value.evaluatedOn === null || typeof value.evaluatedOn === 'string')
  );
}

/**
 * An autosaved draft laid over a base form; anything of the wrong shape keeps the base value. The
 * base's stamped (saved) evaluations always stay: a draft cannot drop them.
 */
export function intakeFormFromDraft(document: Record<string, unknown>, base: IntakeForm): IntakeForm {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, baseValue] of Object.entries(base) as Array<[keyof IntakeForm, unknown]>) {
    const value = document[key];
    if (value === undefined) continue;
    if (key === 'redFlagEvaluations' && Array.isArray(value)) {
      const stamped = base.redFlagEvaluations.filter((e) => e.evaluatedOn !== null);
      const added = value.filter(isRedFlagEvaluation).filter((e) => !stamped.some((s) => s.code === e.code));
      merged[key] = [...stamped, ...added];
    } else if (key === 'immediateReferral') {
      if (value === null || isImmediateReferral(value)) merged[key] = value;
    } else if (isRecord(baseValue) && isRecord(value)) merged[key] = { ...baseValue, ...value };
    else if (Array.isArray(baseValue) && Array.isArray(value)) merged[key] = value.filter((v) => typeof v === 'string');
    else if (baseValue === null || typeof value === typeof baseValue) merged[key] = value;
  }
  return merged as unknown as IntakeForm;
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
