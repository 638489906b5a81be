import type { Intake, RedFlagObservationField } from '../../../shared/model';
import { emptyOutcomesForm, intakeFormOf, type IntakeForm } from './intakeForm';

/*
 * A follow-up consultation starts from the previous consultation of the episode. Every recorded
 * fact is carried over and stays editable; only what describes the worker today is asked again, and
 * what belongs to one consultation (its date, findings, advice, next appointment) starts empty.
 */

/** Red-flag findings that are history rather than today's symptoms: they stay ticked. */
export const HISTORY_RED_FLAGS: readonly RedFlagObservationField[] = [
  'historyOfCancer',
  'osteoporosisOrLongTermCorticosteroids',
  'immunosuppressionOrIvDrugUse',
  'significantTrauma',
];

/**
 * The form of a follow-up. Asked again (cleared): pain now, course and radiation, today's red-flag
 * symptoms, their screening and acknowledgement, work ability, Roland-Morris and the PSK ratings (the PSK
 * activities stay). STarT Back and Örebro answers are carried; the doctor asks them again when
 * needed. Belonging to one consultation (new): the date, findings, conclusion, advice and next
 * appointment. Everything else is carried over as recorded.
 */
export function followUpForm(previous: Intake, today: string): IntakeForm {
  const carried = intakeFormOf(previous);
  const redFlags = { ...carried.redFlags };
  for (const field of Object.keys(redFlags) as RedFlagObservationField[]) {
    if (!HISTORY_RED_FLAGS.includes(field)) redFlags[field] = false;
  }
  return {
    ...carried,
    consultationDate: today,
    complaint: { ...carried.complaint, painScore: '', course: '', radiation: '' },
    redFlags,
    redFlagsScreened: false,
    acknowledgedRedFlags: [],
    immediateReferral: null,
    outcomes: {
      ...carried.outcomes,
      workAbility: '',
      rolandMorris: emptyOutcomesForm().rolandMorris,
      psk: carried.outcomes.psk.map((a) => ({ activity: a.activity, score: '' })),
      filledInByWorker: [],
    },
    findings: '',
    conclusion: '',
    advice: [],
    adviceEdited: false,
    followUpDate: '',
  };
}
