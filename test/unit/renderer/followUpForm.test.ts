import { describe, expect, it } from 'vitest';
import { intakeSchema, redFlagObservationFields, type Intake } from '../../../src/shared/model';
import { followUpForm, HISTORY_RED_FLAGS } from '../../../src/renderer/features/intake/followUpForm';
import { intakeInputOf, validateIntakeForm } from '../../../src/renderer/features/intake/intakeForm';

/** A previous consultation with every field recorded (no field at its default). */
const previous: Intake = intakeSchema.parse({
  consultationDate: '2026-03-16',
  episodeId: 7,
  complaint: {
    onsetDate: '2026-03-02',
    painScore: 6,
    radiation: 'buttockOrThigh',
    course: 'worsening',
    previousEpisodes: 'several',
    workStatus: 'partlyWorking',
    sickLeaveStart: '2026-03-03',
    sickLeaveEnd: '2026-04-20',
    lbpIncapacityDaysPrevious12Months: 12,
    planVanAanpakDate: '2026-04-10',
    probleemanalyseDate: '2026-03-16',
    ageAtFirstEverOnset: 35,
  },
  redFlags: Object.fromEntries(redFlagObservationFields.map((field) => [field, true])),
  redFlagsScreened: true,
  immediateReferral: { referredTo: 'SEH Martini Ziekenhuis', acknowledgedBy: 'Dr. Test Arts', acknowledgedAt: '2026-03-16T09:30:00.000Z' },
  redFlagEvaluations: [{ code: 'historyOfCancer', note: 'Verwezen, uitgesloten', evaluatedBy: 'Dr. Test Arts', evaluatedOn: '2026-03-16' }],
  riskFactors: ['heavyLifting', 'smoking'],
  yellowFlags: ['fearOfMovement'],
  startBack: {
    legPain: true,
    shoulderOrNeckPain: false,
    walkedOnlyShortDistances: true,
    dressedMoreSlowly: false,
    notSafeToBeActive: true,
    worryingThoughts: true,
    painTerribleNeverBetter: false,
    notEnjoyingThings: true,
    bothersomeness: 'veryMuch',
  },
  orebro: {
    durationCategory: 3,
    painLastWeek: 6,
    canDoLightWorkForAnHour: 4,
    canSleepAtNight: 5,
    tenseOrAnxious: 6,
    botheredByDepression: 3,
    riskPainBecomesPersistent: 7,
    chanceWorkingInThreeMonths: 6,
    stopWhenPainIncreases: 8,
    shouldNotWorkWithCurrentPain: 5,
  },
  outcomes: {
    workAbility: 4,
    hoursWorkedPerWeek: 16,
    rolandMorris: Array.from({ length: 24 }, (_, i) => i % 3 === 0),
    psk: [
      { activity: 'Tillen van dozen', score: 8 },
      { activity: 'Fietsen', score: 5 },
    ],
    filledInByWorker: ['workAbility'],
  },
  findings: 'Lasègue negatief',
  conclusion: 'Aspecifieke lage rugpijn',
  advice: ['stayActive'],
  followUpDate: '2026-03-30',
});

/** Each leaf of a plain object by its dotted path (lists are one leaf). */
function leaves(value: unknown, path = ''): Array<[string, unknown]> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, inner]) => leaves(inner, path === '' ? key : `${path}.${key}`));
  }
  return [[path, value]];
}

const today = '2026-03-30';
/** What describes the worker today and is asked again. */
const ASKED_AGAIN = new Set([
  'complaint.painScore',
  'complaint.course',
  'complaint.radiation',
  ...redFlagObservationFields.filter((f) => !HISTORY_RED_FLAGS.includes(f)).map((f) => `redFlags.${f}`),
  'redFlagsScreened',
  'acknowledgedRedFlags',
  'immediateReferral.referredTo',
  'immediateReferral.acknowledgedBy',
  'immediateReferral.acknowledgedAt',
  'outcomes.workAbility',
  'outcomes.rolandMorris',
  'outcomes.psk',
  'outcomes.filledInByWorker',
]);
/** What belongs to one consultation. */
const OWN = new Set(['consultationDate', 'findings', 'conclusion', 'advice', 'followUpDate']);

describe('a follow-up consultation', () => {
  it('starts from a previous consultation in which every field was recorded', () => {
    for (const [path, value] of leaves(previous)) {
      expect([null, undefined, '', 0], path).not.toContain(value);
      if (Array.isArray(value) && path !== 'acknowledgedRedFlags') expect(value.length, path).toBeGreaterThan(0);
    }
  });

  it('carries over every recorded fact unchanged; only what is asked again or new is empty', () => {
    const form = followUpForm(previous, today);
    const input = intakeInputOf(form, today, []);
    const carried = new Map(leaves(input));
    const checked: string[] = [];
    for (const [path, value] of leaves(previous)) {
      if (ASKED_AGAIN.has(path) || OWN.has(path)) continue;
      expect(carried.get(path), path).toEqual(value);
      checked.push(path);
    }
    // The persistent facts named by the follow-up rule are all among them.
    expect(checked).toEqual(
      expect.arrayContaining([
        'episodeId',
        'complaint.onsetDate',
        'complaint.sickLeaveStart',
        'complaint.sickLeaveEnd',
        'complaint.lbpIncapacityDaysPrevious12Months',
        'complaint.planVanAanpakDate',
        'complaint.probleemanalyseDate',
        'complaint.ageAtFirstEverOnset',
        'redFlagEvaluations',
        'complaint.previousEpisodes',
        'complaint.workStatus',
        'outcomes.hoursWorkedPerWeek',
        'riskFactors',
        'yellowFlags',
        'startBack.bothersomeness',
        'orebro.painLastWeek',
        ...HISTORY_RED_FLAGS.map((f) => `redFlags.${f}`),
      ]),
    );
  });

  it('asks again pain, course, radiation, today’s red-flag symptoms and the outcome questionnaires, keeping the PSK activities', () => {
    const form = followUpForm(previous, today);
    expect(form.consultationDate).toBe(today);
    expect([form.complaint.painScore, form.complaint.course, form.complaint.radiation]).toEqual(['', '', '']);
    expect(form.redFlags.saddleAnaesthesia).toBe(false);
    expect(form.redFlags.historyOfCancer).toBe(true);
    expect(form.outcomes.workAbility).toBe('');
    expect(form.outcomes.rolandMorris.every((a) => a === '')).toBe(true);
    expect(form.outcomes.psk).toEqual([
      { activity: 'Tillen van dozen', score: '' },
      { activity: 'Fietsen', score: '' },
    ]);
    expect([form.findings, form.conclusion, form.followUpDate, form.advice]).toEqual(['', '', '', []]);
  });

  it('saves once the questions asked again are answered, with the carried facts in the saved intake', () => {
    const form = followUpForm(previous, today);
    const answered = { ...form, complaint: { ...form.complaint, painScore: '4', course: 'improving' as const, radiation: 'none' as const } };
    // Carried history flags do not count as screened: today's red flags are gone through again.
    expect(form.redFlagsScreened).toBe(false);
    expect(validateIntakeForm(answered, today, []).errors).toEqual({ redFlagsScreened: 'redFlagsNotScreened' });
    const checked = validateIntakeForm({ ...answered, redFlagsScreened: true }, today, []);
    expect(checked.errors).toBeNull();
    expect(checked.intake?.complaint.planVanAanpakDate).toBe('2026-04-10');
    expect(checked.intake?.complaint.lbpIncapacityDaysPrevious12Months).toBe(12);
    expect(checked.intake?.outcomes.psk).toEqual([
      { activity: 'Tillen van dozen', score: null },
      { activity: 'Fietsen', score: null },
    ]);
  });
});
