import { describe, expect, it } from 'vitest';
import { intakeSchema, workerAnswersSchema, type WorkerAnswers } from '../../../src/shared/model';
import { intakeFormOf, orebroAnswersOf, startBackAnswersOf, type IntakeForm } from '../../../src/renderer/features/intake/intakeForm';
import { withWorkerAnswers } from '../../../src/renderer/features/intake/workerAnswersForm';
import { acuteIntake } from '../../integration/clinicalFixture';
import { OREBRO_DEFINITION, scoreOrebroShort, scoreStartBack, START_BACK_DEFINITION } from '../../../src/shared/rules';

/** A saved consultation's form: pain 6, Roland-Morris with the first 10 statements ticked, one PSK activity. */
function doctorsForm(): IntakeForm {
  const intake = intakeSchema.parse(
    acuteIntake({ outcomes: { workAbility: 4, rolandMorris: Array.from({ length: 24 }, (_, i) => i < 10), psk: [{ activity: 'Dozen tillen', score: 7 }] } }),
  );
  return intakeFormOf(intake);
}

const answers = (value: WorkerAnswers) => workerAnswersSchema.parse(value);

describe('the worker’s answers taken over by the form', () => {
  it('writes only the Roland-Morris statements the worker answered; the others keep what the doctor entered', () => {
    const ticks: Array<boolean | null> = Array.from({ length: 24 }, () => null);
    ticks[0] = false;
    ticks[20] = true;
    const form = withWorkerAnswers(doctorsForm(), answers({ rolandMorris: ticks }));
    expect(form.outcomes.rolandMorris.slice(0, 3)).toEqual(['false', 'true', 'true']);
    expect(form.outcomes.rolandMorris.slice(19, 22)).toEqual(['false', 'true', 'false']);
    expect(form.outcomes.rolandMorris.filter((a) => a === '')).toHaveLength(0);
    expect(form.outcomes.filledInByWorker).toEqual(['rolandMorris']);
  });

  it('takes over a second round of answers to a questionnaire already marked as the worker’s', () => {
    const first = withWorkerAnswers(doctorsForm(), answers({ painNow: 4 }));
    expect(first.complaint.painScore).toBe('4');
    const second = withWorkerAnswers(first, answers({ painNow: 7 }));
    expect(second.complaint.painScore).toBe('7');
    expect(second.outcomes.filledInByWorker).toEqual(['painNow']);
  });

  it('puts STarT Back and Örebro answers into the form as typed by the doctor, scored by the same rules', () => {
    const startBack = { legPain: true, shoulderOrNeckPain: false, walkedOnlyShortDistances: true, dressedMoreSlowly: true, notSafeToBeActive: true, worryingThoughts: true, painTerribleNeverBetter: false, notEnjoyingThings: true, bothersomeness: 'veryMuch' } as const;
    const orebro = { durationCategory: 3, painLastWeek: 6, canDoLightWorkForAnHour: 4, canSleepAtNight: 7, tenseOrAnxious: 5, botheredByDepression: 3, riskPainBecomesPersistent: 6, chanceWorkingInThreeMonths: 8, stopWhenPainIncreases: 7, shouldNotWorkWithCurrentPain: 4 };
    const form = withWorkerAnswers(doctorsForm(), answers({ startBack, orebro }));
    expect(form.outcomes.filledInByWorker).toEqual(['startBack', 'orebro']);
    // The doctor's own typing: String(option value) for STarT Back, the number for Örebro.
    expect(form.startBack.bothersomeness).toBe('veryMuch');
    expect(form.startBack.legPain).toBe('true');
    expect(form.orebro.durationCategory).toBe('3');
    const startBackAnswers = startBackAnswersOf(form);
    const orebroAnswers = orebroAnswersOf(form);
    expect(startBackAnswers).toEqual(startBack);
    expect(orebroAnswers).toEqual(orebro);
    expect(scoreStartBack(startBackAnswers ?? startBack)).toEqual({ total: 7, psychosocial: 4, risk: 'high' });
    // 3 + 6 + (10-4) + (10-7) + 5 + 3 + 6 + (10-8) + 7 + 4 = 45
    expect(scoreOrebroShort(orebroAnswers ?? orebro).total).toBe(45);
  });

  it('leaves open STarT Back items open and keeps the form’s answer to an item the worker skipped', () => {
    const base = { ...doctorsForm(), startBack: { legPain: 'false' } };
    const form = withWorkerAnswers(base, answers({ startBack: { shoulderOrNeckPain: true } }));
    expect(form.startBack).toEqual({ legPain: 'false', shoulderOrNeckPain: 'true' });
    expect(startBackAnswersOf(form)).toBeNull();
  });

  it('refuses an answer that is not one of the item’s options or outside its scale', () => {
    expect(workerAnswersSchema.safeParse({ startBack: { bothersomeness: 'a lot' } }).success).toBe(false);
    expect(workerAnswersSchema.safeParse({ startBack: { legPain: 'true' } }).success).toBe(false);
    expect(workerAnswersSchema.safeParse({ orebro: { painLastWeek: 11 } }).success).toBe(false);
    expect(workerAnswersSchema.safeParse({ orebro: { durationCategory: 0 } }).success).toBe(false);
    expect(workerAnswersSchema.safeParse({ orebro: { unknownItem: 1 } }).success).toBe(false);
    expect(START_BACK_DEFINITION.items.length + OREBRO_DEFINITION.items.length).toBe(19);
  });
});
