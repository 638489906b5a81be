import type { MessageKey, MessageParams } from '../i18n';
import { RED_FLAG_LABELS, RISK_FACTOR_LABELS, type LocalizedText, type RedFlagCode } from '../rules';
import type { Intake, RedFlagObservationField } from './consultation';

/** The name of each checklist finding: the rules' red-flag name, or a label for the signs that are not flags by themselves. */
export const RED_FLAG_OBSERVATION_LABEL: Record<RedFlagObservationField, RedFlagCode | MessageKey> = {
  saddleAnaesthesia: 'saddleAnaesthesia',
  bladderOrBowelDysfunction: 'bladderOrBowelDysfunction',
  severeOrProgressiveMotorDeficit: 'motorDeficit',
  widespreadNeurologicalSymptoms: 'widespreadNeurological',
  vascularSigns: 'vascularSigns',
  significantTrauma: 'significantTrauma',
  osteoporosisOrLongTermCorticosteroids: 'osteoporosisOrCorticosteroids',
  historyOfCancer: 'historyOfCancer',
  unexplainedWeightLoss: 'weightLoss',
  constantNonMechanicalPain: 'nonMechanicalPain',
  fever: 'fever',
  immunosuppressionOrIvDrugUse: 'immunosuppression',
  numbnessOrTingling: 'intake.sign.numbnessOrTingling',
  morningStiffnessOver30Min: 'intake.sign.morningStiffnessOver30Min',
  improvesWithExerciseNotRest: 'intake.sign.improvesWithExerciseNotRest',
  wakesInSecondHalfOfNight: 'intake.sign.wakesInSecondHalfOfNight',
  alternatingButtockPain: 'intake.sign.alternatingButtockPain',
};

/** Words and dates in the reader's language: the screen's translator or a document's text. */
export interface ChangeWords {
  t(key: MessageKey, params?: MessageParams): string;
  date(iso: string): string;
  rule(text: LocalizedText): string;
}

export interface IntakeChange {
  label: string;
  before: string;
  after: string;
}

export function redFlagObservationLabel(field: RedFlagObservationField, words: Pick<ChangeWords, 't' | 'rule'>): string {
  const key = RED_FLAG_OBSERVATION_LABEL[field];
  return key in RED_FLAG_LABELS ? words.rule(RED_FLAG_LABELS[key as RedFlagCode]) : words.t(key as MessageKey);
}

/** Each recorded item of an intake, as a label and a readable value, in record order. */
function items(intake: Intake, words: ChangeWords): Array<[MessageKey, string]> {
  const c = intake.complaint;
  const date = (iso: string | null) => (iso === null ? '' : words.date(iso));
  const ticked = (Object.keys(intake.redFlags) as RedFlagObservationField[]).filter((field) => intake.redFlags[field]);
  return [
    ['intake.consultationDate', date(intake.consultationDate)],
    ['documents.field.onset', date(c.onsetDate)],
    ['documents.field.painScore', String(c.painScore)],
    ['documents.field.radiation', words.t(`documents.radiation.${c.radiation}`)],
    ['documents.field.course', words.t(`documents.course.${c.course}`)],
    ['documents.field.previousEpisodes', words.t(`documents.previousEpisodes.${c.previousEpisodes}`)],
    ['documents.field.workStatus', words.t(`documents.workStatus.${c.workStatus}`)],
    ['documents.field.sickLeaveStart', date(c.sickLeaveStart)],
    ['documents.field.returnDate', date(c.sickLeaveEnd)],
    ['documents.record.screening', words.t(intake.redFlagsScreened ? 'documents.record.screened' : 'documents.record.notScreened')],
    ['documents.record.redFlags', ticked.map((field) => redFlagObservationLabel(field, words)).join('; ')],
    ['acknowledgement.referredTo', intake.immediateReferral?.referredTo ?? ''],
    ['documents.record.riskFactors', intake.riskFactors.map((code) => words.rule(RISK_FACTOR_LABELS[code])).join('; ')],
    ['documents.record.findings', intake.findings ?? ''],
    ['documents.record.conclusion', intake.conclusion ?? ''],
    ['documents.record.advice', intake.advice.map((key) => words.t(`intake.advice.${key}`)).join('; ')],
    ['documents.field.nextAppointment', date(intake.followUpDate)],
  ];
}

/**
 * What an amendment changed, item by item, with the earlier and the later value (the earlier text
 * stays readable in the record's history). Items not shown here (questionnaire answers, outcome
 * measures) are still kept in full with the amendment.
 */
export function intakeChanges(before: Intake, after: Intake, words: ChangeWords): IntakeChange[] {
  const earlier = items(before, words);
  const later = items(after, words);
  const changes: IntakeChange[] = [];
  earlier.forEach(([key, value], index) => {
    const next = later[index]?.[1] ?? '';
    if (value !== next) changes.push({ label: words.t(key), before: value, after: next });
  });
  return changes;
}
