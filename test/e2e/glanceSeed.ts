import { openPractice } from '../../src/main/openPractice';
import type { IntakeInput } from '../../src/shared/model';
import { fixedClock, ok, savePlan, seededPractice } from './clinicalHelpers';
import { doctor } from './harness';

/**
 * A seeded practice (today Monday 16-03-2026) in which Sanne has been off sick since 13-01-2026 with
 * pain since 05-12-2025. The consultation of 02-03-2026 recorded her as fully off work, STarT Back
 * and Örebro; the plan then saved has her at 19 of 38 hours in the week of 16-03-2026 and back in
 * full on 13-04-2026. No problem analysis was recorded: it was due on 23-02-2026 (overdue).
 */
export async function practiceMidPlan(jurisdiction: 'NL' | 'BE' = 'NL'): Promise<{ directory: string; workerId: number }> {
  const seeded = await seededPractice(jurisdiction);
  const practice = openPractice(seeded.directory, { clock: fixedClock });
  const { handlers } = practice;
  await ok(handlers.call('auth.signIn', { name: doctor.name, passphrase: doctor.passphrase }));
  const intake: IntakeInput = {
    consultationDate: '2026-03-02',
    episodeId: null,
    complaint: {
      onsetDate: '2025-12-05',
      painScore: 6,
      radiation: 'none',
      course: 'improving',
      previousEpisodes: 'once',
      workStatus: 'offWork',
      sickLeaveStart: '2026-01-13',
      lbpIncapacityDaysPrevious12Months: 0,
      ageAtFirstEverOnset: 35,
    },
    redFlags: {},
    redFlagsScreened: true,
    riskFactors: ['heavyLifting'],
    startBack: {
      legPain: true,
      shoulderOrNeckPain: false,
      walkedOnlyShortDistances: true,
      dressedMoreSlowly: true,
      notSafeToBeActive: true,
      worryingThoughts: false,
      painTerribleNeverBetter: false,
      notEnjoyingThings: false,
      bothersomeness: 'moderately',
    },
    orebro: {
      durationCategory: 7,
      painLastWeek: 6,
      canDoLightWorkForAnHour: 5,
      canSleepAtNight: 5,
      tenseOrAnxious: 5,
      botheredByDepression: 3,
      riskPainBecomesPersistent: 6,
      chanceWorkingInThreeMonths: 5,
      stopWhenPainIncreases: 6,
      shouldNotWorkWithCurrentPain: 6,
    },
    outcomes: { workAbility: 4, hoursWorkedPerWeek: 0 },
  };
  const saved = await ok(handlers.call('consultations.save', { workerId: seeded.workerId, consultationId: null, intake }));
  await savePlan(handlers, seeded.workerId, saved.episodeId, [
    { start: '2026-03-09', review: '2026-03-13', hours: 9.5 },
    { start: '2026-03-16', review: '2026-03-27', hours: 19 },
    { start: '2026-03-30', review: '2026-04-10', hours: 28.5 },
    { start: '2026-04-13', review: '2026-04-24', hours: 38 },
  ]);
  practice.close();
  return seeded;
}
