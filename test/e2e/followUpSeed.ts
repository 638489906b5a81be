import { openPractice } from '../../src/main/openPractice';
import type { IntakeInput } from '../../src/shared/model';
import { fixedClock, ok, savePlan, seededPractice } from './clinicalHelpers';
import { doctor } from './harness';

const ticks = (count: number) => Array.from({ length: 24 }, (_, i) => i < count);

/** The four consultations of Sanne's episode: pain, function and work ability improve, hours go up. */
const VISITS: ReadonlyArray<{ date: string; pain: number; rm: number; was: number; psk: number; hours: number; status: 'offWork' | 'partlyWorking' }> = [
  { date: '2026-02-16', pain: 7, rm: 16, was: 2, psk: 9, hours: 0, status: 'offWork' },
  { date: '2026-02-23', pain: 6, rm: 13, was: 3, psk: 8, hours: 8, status: 'partlyWorking' },
  { date: '2026-03-02', pain: 5, rm: 10, was: 5, psk: 6, hours: 16, status: 'partlyWorking' },
  { date: '2026-03-09', pain: 4, rm: 8, was: 6, psk: 5, hours: 24, status: 'partlyWorking' },
];

/**
 * A seeded practice in which Sanne has an episode with `visits` consultations (1-4) and a return-to-work
 * plan of four steps; the last consultation recorded the plan van aanpak, the problem analysis, earlier
 * sick days and her first ever back pain at 35.
 */
export async function practiceWithEpisode(visits = VISITS.length): Promise<{ directory: string; workerId: number }> {
  const seeded = await seededPractice('NL');
  const practice = openPractice(seeded.directory, { clock: fixedClock });
  const { handlers } = practice;
  await ok(handlers.call('auth.signIn', { name: doctor.name, passphrase: doctor.passphrase }));
  let episodeId: number | null = null;
  for (const visit of VISITS.slice(0, visits)) {
    const intake: IntakeInput = {
      consultationDate: visit.date,
      episodeId,
      complaint: {
        onsetDate: '2026-02-12',
        painScore: visit.pain,
        radiation: 'buttockOrThigh',
        course: 'improving',
        previousEpisodes: 'once',
        workStatus: visit.status,
        sickLeaveStart: '2026-02-13',
        lbpIncapacityDaysPrevious12Months: 9,
        planVanAanpakDate: visit.date >= '2026-03-02' ? '2026-03-02' : null,
        probleemanalyseDate: visit.date >= '2026-02-23' ? '2026-02-23' : null,
        ageAtFirstEverOnset: 35,
      },
      redFlags: {},
      redFlagsScreened: true,
      riskFactors: ['heavyLifting', 'smoking'],
      outcomes: { workAbility: visit.was, hoursWorkedPerWeek: visit.hours, rolandMorris: ticks(visit.rm), psk: [{ activity: 'Dozen tillen', score: visit.psk }] },
    };
    const saved = await ok(handlers.call('consultations.save', { workerId: seeded.workerId, consultationId: null, intake }));
    episodeId = saved.episodeId;
  }
  if (episodeId !== null) {
    await savePlan(handlers, seeded.workerId, episodeId, [
      { start: '2026-02-23', review: '2026-03-01', hours: 8 },
      { start: '2026-03-02', review: '2026-03-08', hours: 16 },
      { start: '2026-03-09', review: '2026-03-22', hours: 24 },
      { start: '2026-03-23', review: '2026-04-05', hours: 38 },
    ]);
  }
  practice.close();
  return seeded;
}
