import { describe, expect, it } from 'vitest';
import type { HandlerMap } from '../../src/main/ipc/handlerMap';
import { practiceWithDoctor, valueOf } from '../support/practiceFixture';
import { acuteIntake, warehouseWorker } from './clinicalFixture';

async function consult(handlers: HandlerMap, workerId: number, changes: { consultationDate: string; onsetDate: string; sickLeaveStart: string | null; followUpDate: string | null }) {
  const base = acuteIntake({ consultationDate: changes.consultationDate, followUpDate: changes.followUpDate });
  return valueOf(
    await handlers.call('consultations.save', {
      workerId,
      consultationId: null,
      intake: {
        ...base,
        complaint: {
          ...base.complaint,
          onsetDate: changes.onsetDate,
          sickLeaveStart: changes.sickLeaveStart,
          workStatus: changes.sickLeaveStart === null ? 'working' : 'offWork',
        },
      },
    }),
  );
}

// The fixed clock stands on Monday 16-03-2026: this week runs to Sunday 22-03-2026.
describe('the agenda of the signed-in doctor', () => {
  it('lists follow-ups and Poortwachter milestones due this week, and overdue follow-ups (NL)', async () => {
    const { handlers } = await practiceWithDoctor({ jurisdiction: 'NL' });
    const sick = await warehouseWorker(handlers, 'A-1');
    const other = await warehouseWorker(handlers, 'A-2');
    // Sick since 05-02-2026: problem analysis due on day 41 = 18-03-2026; action plan on day 55 = 01-04-2026.
    await consult(handlers, sick.id, { consultationDate: '2026-03-09', onsetDate: '2026-02-04', sickLeaveStart: '2026-02-05', followUpDate: '2026-03-20' });
    await consult(handlers, other.id, { consultationDate: '2026-03-02', onsetDate: '2026-02-27', sickLeaveStart: null, followUpDate: '2026-03-10' });

    const week = valueOf(await handlers.call('agenda.list', { horizon: 'thisWeek' }));
    expect(week.until).toBe('2026-03-22');
    expect(week.items.map((i) => [i.personnelNumber, i.kind, i.code, i.due, i.overdue])).toEqual([
      ['A-2', 'followUp', '', '2026-03-10', true],
      ['A-1', 'poortwachter', 'probleemanalyse', '2026-03-18', false],
      ['A-1', 'followUp', '', '2026-03-20', false],
    ]);

    const fourWeeks = valueOf(await handlers.call('agenda.list', { horizon: 'fourWeeks' }));
    expect(fourWeeks.until).toBe('2026-04-12');
    expect(fourWeeks.items.map((i) => `${i.kind}:${i.code}:${i.due}`)).toContain('poortwachter:planVanAanpak:2026-04-01');
  });

  it('shows the Belgian 4-week contact and a Fedris window that closes soon', async () => {
    const { handlers } = await practiceWithDoctor({ jurisdiction: 'BE' });
    const recent = await warehouseWorker(handlers, 'B-1');
    const longer = await warehouseWorker(handlers, 'B-2');
    // Incapacity since 16-02-2026: contact after 4 weeks = +28 days = 16-03-2026 (today).
    await consult(handlers, recent.id, { consultationDate: '2026-03-02', onsetDate: '2026-02-15', sickLeaveStart: '2026-02-16', followUpDate: null });
    // Incapacity since 20-09-2025: Fedris window closes after 6 calendar months = 20-03-2026; lifting job, private sector.
    await consult(handlers, longer.id, { consultationDate: '2026-03-13', onsetDate: '2025-09-19', sickLeaveStart: '2025-09-20', followUpDate: null });

    const week = valueOf(await handlers.call('agenda.list', { horizon: 'thisWeek' }));
    // The Fedris window of B-1 opens after 4 weeks too (warehouse job, private sector).
    expect(week.items.map((i) => [i.personnelNumber, i.kind, i.code, i.due])).toEqual([
      ['B-1', 'belgianMilestone', 'contactAfter4Weeks', '2026-03-16'],
      ['B-1', 'belgianMilestone', 'fedrisWindowOpens', '2026-03-16'],
      ['B-2', 'fedrisWindowCloses', '', '2026-03-20'],
    ]);
  });

  it('shows only the doctor’s own workers and records each listed worker in the access log', async () => {
    const practice = await practiceWithDoctor();
    const worker = await warehouseWorker(practice.handlers, 'C-1');
    await consult(practice.handlers, worker.id, { consultationDate: '2026-03-16', onsetDate: '2026-03-10', sickLeaveStart: null, followUpDate: '2026-03-19' });

    expect(valueOf(await practice.handlers.call('agenda.list', { horizon: 'thisWeek' })).items).toHaveLength(1);
    expect((await practice.store.accessLog.forWorker(worker.id))[0]).toMatchObject({ channel: 'agenda.list', outcome: 'allowed' });

    await practice.as('doctor', 'Dr. Tweede Arts');
    expect(valueOf(await practice.handlers.call('agenda.list', { horizon: 'thisWeek' })).items).toEqual([]);
  });
});
