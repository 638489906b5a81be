import { describe, expect, it } from 'vitest';
import type { HandlerMap } from '../../src/main/ipc/handlerMap';
import type { PoortwachterDocumentInput, WorkStatus } from '../../src/shared/model';
import { addDays, poortwachterMilestones } from '../../src/shared/rules';
import { failingInserts } from '../support/failingWrite';
import { practiceWithDoctor, valueOf } from '../support/practiceFixture';
import { acuteIntake, warehouseWorker } from './clinicalFixture';
import { flatText } from './documents/pdfText';

interface Visit {
  consultationDate: string;
  episodeId: number | null;
  sickLeaveStart: string;
  sickLeaveEnd?: string;
  workStatus: WorkStatus;
}

async function consult(handlers: HandlerMap, workerId: number, visit: Visit) {
  const base = acuteIntake({ consultationDate: visit.consultationDate, followUpDate: null, episodeId: visit.episodeId });
  return valueOf(
    await handlers.call('consultations.save', {
      workerId,
      consultationId: null,
      intake: {
        ...base,
        complaint: {
          ...base.complaint,
          onsetDate: addDays(visit.sickLeaveStart, -1),
          sickLeaveStart: visit.sickLeaveStart,
          sickLeaveEnd: visit.sickLeaveEnd ?? null,
          workStatus: visit.workStatus,
        },
      },
    }),
  );
}

const analysis = (madeOn: string, overrides: Partial<PoortwachterDocumentInput> = {}): PoortwachterDocumentInput => ({
  kind: 'probleemanalyse',
  madeOn,
  possibilities: 'Licht werk in wisselende houding, 4 uur per dag.',
  limitations: 'Niet tillen boven 5 kg; niet langer dan 30 minuten achtereen staan.',
  prognosis: 'fullRecovery',
  expectedReturn: '2026-05-04',
  workOutlook: 'ownWorkAdapted',
  workAdaptations: 'Tijdelijk inpakwerk aan een verstelbare tafel.',
  actionPlanAdvice: 'Elke twee weken 4 uur per week erbij; evaluatie na 6 weken.',
  medicalNote: 'Lumbale hernia L5-S1 met radiculaire pijn; MRI aangevraagd.',
  ...overrides,
});

// The fixed clock stands on Monday 16-03-2026.
describe('the Poortwachter case across episodes', () => {
  it('keeps one merged timeline through a part-time return in week 5 and a relapse after 3 weeks of full recovery', async () => {
    const { handlers } = await practiceWithDoctor({ jurisdiction: 'NL' });
    const worker = await warehouseWorker(handlers, 'P-1');
    const first = await consult(handlers, worker.id, { consultationDate: '2026-01-07', episodeId: null, sickLeaveStart: '2026-01-05', workStatus: 'offWork' });
    // Week 5: back part-time (a graded return, not recovery); fully back on 23-02-2026.
    await consult(handlers, worker.id, { consultationDate: '2026-02-02', episodeId: first.episodeId, sickLeaveStart: '2026-01-05', sickLeaveEnd: '2026-02-02', workStatus: 'partlyWorking' });
    await consult(handlers, worker.id, { consultationDate: '2026-02-23', episodeId: first.episodeId, sickLeaveStart: '2026-01-05', sickLeaveEnd: '2026-02-23', workStatus: 'working' });
    // Sick again on 16-03-2026, 21 days after full recovery: a new episode, the same case.
    await consult(handlers, worker.id, { consultationDate: '2026-03-16', episodeId: null, sickLeaveStart: '2026-03-16', workStatus: 'offWork' });

    const trajectory = valueOf(await handlers.call('legal.get', { workerId: worker.id }));
    const poortwachter = trajectory.poortwachter;
    expect(poortwachter?.periods.map((p) => [p.firstSickDay, p.recoveredOn, p.sickDays])).toEqual([
      ['2026-01-05', '2026-02-23', 49],
      ['2026-03-16', null, 1],
    ]);
    expect(poortwachter?.recoveryGaps).toEqual([21]);
    expect(poortwachter?.open).toBe(true);
    const unbroken = poortwachterMilestones('2026-01-05');
    const due = (code: string) => poortwachter?.milestones.find((m) => m.code === code)?.due;
    // Day 41 fell in the first period; day 55 and later move by the 21 days of recovery.
    expect(due('probleemanalyse')).toBe('2026-02-15');
    expect(due('planVanAanpak')).toBe('2026-03-22');
    expect(due('ziekmelding42')).toBe(addDays(unbroken.find((m) => m.code === 'ziekmelding42')?.due ?? '', 21));
    expect(poortwachter?.ziekmelding42).toEqual({ legal: '2026-11-16', uwvFirstWorkingDay: '2026-11-16' });

    const agenda = valueOf(await handlers.call('agenda.list', { horizon: 'thisWeek' }));
    // No problem analysis was ever recorded: it stays in the agenda as overdue until it is.
    expect(agenda.items.map((i) => `${i.kind}:${i.code}:${i.due}:${i.overdue}`)).toEqual([
      'poortwachter:probleemanalyse:2026-02-15:true',
      'poortwachter:planVanAanpak:2026-03-22:false',
    ]);
  });

  it('keeps the milestones in the agenda after a graded return', async () => {
    const { handlers } = await practiceWithDoctor({ jurisdiction: 'NL' });
    const worker = await warehouseWorker(handlers, 'P-2');
    // Sick since 05-02-2026, working part-time since 09-03-2026: the analysis is still due on day 41 = 18-03-2026.
    await consult(handlers, worker.id, { consultationDate: '2026-03-09', episodeId: null, sickLeaveStart: '2026-02-05', sickLeaveEnd: '2026-03-09', workStatus: 'partlyWorking' });
    const agenda = valueOf(await handlers.call('agenda.list', { horizon: 'thisWeek' }));
    expect(agenda.items.map((i) => `${i.kind}:${i.code}:${i.due}`)).toEqual(['poortwachter:probleemanalyse:2026-03-18']);
  });
});

describe('the probleemanalyse', () => {
  it('written in week 3 brings the action plan forward to 2 weeks after it', async () => {
    const { handlers, store } = await practiceWithDoctor({ jurisdiction: 'NL' });
    const worker = await warehouseWorker(handlers, 'P-3');
    await consult(handlers, worker.id, { consultationDate: '2026-03-02', episodeId: null, sickLeaveStart: '2026-02-23', workStatus: 'offWork' });
    const before = valueOf(await handlers.call('legal.get', { workerId: worker.id }));
    expect(before.poortwachter?.milestones.find((m) => m.code === 'planVanAanpak')?.due).toBe('2026-04-19');

    const saved = valueOf(await handlers.call('legal.savePoortwachterDocument', { workerId: worker.id, document: analysis('2026-03-10') }));
    expect(saved.createdByName).toBe('Dr. Test Arts');
    const after = valueOf(await handlers.call('legal.get', { workerId: worker.id }));
    expect(after.poortwachter?.milestones.find((m) => m.code === 'planVanAanpak')?.due).toBe('2026-03-24');
    expect(after.poortwachterDocuments.map((d) => d.document.kind)).toEqual(['probleemanalyse']);
    const agenda = valueOf(await handlers.call('agenda.list', { horizon: 'fourWeeks' }));
    expect(agenda.items.map((i) => `${i.code}:${i.due}`)).toContain('planVanAanpak:2026-03-24');

    // A revision does not move the deadline again.
    valueOf(await handlers.call('legal.savePoortwachterDocument', { workerId: worker.id, document: analysis('2026-03-16', { kind: 'bijstelling' }) }));
    const revised = valueOf(await handlers.call('legal.get', { workerId: worker.id }));
    expect(revised.poortwachter?.milestones.find((m) => m.code === 'planVanAanpak')?.due).toBe('2026-03-24');
    expect((await store.accessLog.forWorker(worker.id)).some((entry) => entry.channel === 'legal.savePoortwachterDocument')).toBe(true);
  });

  it('gives each milestone its state on the legal screen, and the consultation the steps on record, once the analysis is written', async () => {
    const { handlers } = await practiceWithDoctor({ jurisdiction: 'NL' });
    const worker = await warehouseWorker(handlers, 'P-4');
    // Sick since 26-01-2026: the analysis was due on 08-03 (day 41), the action plan is due on 22-03 (day 55).
    await consult(handlers, worker.id, { consultationDate: '2026-02-02', episodeId: null, sickLeaveStart: '2026-01-26', workStatus: 'offWork' });
    const state = async (code: string) => valueOf(await handlers.call('legal.get', { workerId: worker.id })).milestoneStates.find((m) => m.code === code);
    expect(await state('probleemanalyse')).toMatchObject({ scheme: 'poortwachter', due: '2026-03-08', state: 'overdue', doneOn: null });
    expect(await state('planVanAanpak')).toMatchObject({ due: '2026-03-22', state: 'coming' });
    expect(valueOf(await handlers.call('consultations.open', { workerId: worker.id, consultationId: null })).poortwachterRecords).toEqual({
      probleemanalyse: null,
      planVanAanpak: null,
      eerstejaarsevaluatie: null,
    });

    valueOf(await handlers.call('legal.savePoortwachterDocument', { workerId: worker.id, document: analysis('2026-03-12') }));
    expect(await state('probleemanalyse')).toMatchObject({ state: 'done', doneOn: '2026-03-12' });
    // Written on 12-03: the action plan is due 2 weeks later.
    expect(await state('planVanAanpak')).toMatchObject({ due: '2026-03-26', state: 'coming' });
    const opened = valueOf(await handlers.call('consultations.open', { workerId: worker.id, consultationId: null }));
    expect(opened.poortwachterRecords?.probleemanalyse).toBe('2026-03-12');
  });

  it('saves no document when its access-log row cannot be written', async () => {
    const { handlers, store } = await practiceWithDoctor({ jurisdiction: 'NL' });
    const worker = await warehouseWorker(handlers, 'P-3');
    await consult(handlers, worker.id, { consultationDate: '2026-03-02', episodeId: null, sickLeaveStart: '2026-02-23', workStatus: 'offWork' });
    const repaired = await failingInserts(store.sql, 'access_log_fails', 'access_log', "NEW.channel = 'legal.savePoortwachterDocument'", 'disk full');

    const refused = await handlers.call('legal.savePoortwachterDocument', { workerId: worker.id, document: analysis('2026-03-10') });
    await repaired();

    expect(refused.ok).toBe(false);
    const after = valueOf(await handlers.call('legal.get', { workerId: worker.id }));
    expect(after.poortwachterDocuments).toEqual([]);
  });

  it('gives the employer a Dutch PDF with possibilities, limitations, prognosis and advice, and no medical data', async () => {
    const { handlers } = await practiceWithDoctor({ jurisdiction: 'NL' });
    const worker = await warehouseWorker(handlers, 'P-4');
    await consult(handlers, worker.id, { consultationDate: '2026-03-02', episodeId: null, sickLeaveStart: '2026-02-23', workStatus: 'offWork' });
    const saved = valueOf(await handlers.call('legal.savePoortwachterDocument', { workerId: worker.id, document: analysis('2026-03-10') }));
    const pdf = valueOf(await handlers.call('legal.poortwachterPdf', { workerId: worker.id, documentId: saved.id }));
    expect(pdf.fileName).toBe('probleemanalyse-de-wit-2026-03-10.pdf');
    const text = flatText(Buffer.from(pdf.base64, 'base64'));
    for (const part of ['Probleemanalyse', 'Licht werk in wisselende houding', 'Niet tillen boven 5 kg', 'Volledig herstel wordt verwacht.', '04-05-2026', 'Tijdelijk inpakwerk', 'Elke twee weken', '24-03-2026', 'Testpraktijk']) {
      expect(text).toContain(part);
    }
    const lower = text.toLowerCase();
    for (const word of ['hernia', 'lumbal', 'radicul', 'mri', 'pijn', 'diagnose:', 'rode vlag', 'vragenlijst', 'score', 'start back', 'örebro']) {
      expect(lower).not.toContain(word);
    }
  });

  it('refuses a date in the future, before the first sick day, without sick leave, and in a Belgian practice', async () => {
    const { handlers } = await practiceWithDoctor({ jurisdiction: 'NL' });
    const worker = await warehouseWorker(handlers, 'P-5');
    const refused = async (workerId: number, madeOn: string) => {
      const result = await handlers.call('legal.savePoortwachterDocument', { workerId, document: analysis(madeOn, { expectedReturn: null }) });
      return result.ok ? [] : result.error.code === 'validation' ? result.error.issues.map((issue) => issue.code) : [result.error.code];
    };
    expect(await refused(worker.id, '2026-03-10')).toEqual(['noSickLeave']);
    await consult(handlers, worker.id, { consultationDate: '2026-03-02', episodeId: null, sickLeaveStart: '2026-02-23', workStatus: 'offWork' });
    expect(await refused(worker.id, '2026-03-17')).toEqual(['madeOnInFuture']);
    expect(await refused(worker.id, '2026-02-20')).toEqual(['madeOnBeforeSickLeave']);
    expect(valueOf(await handlers.call('legal.get', { workerId: worker.id })).poortwachterDocuments).toEqual([]);

    const belgian = await practiceWithDoctor({ jurisdiction: 'BE' });
    const other = await warehouseWorker(belgian.handlers, 'B-1');
    await consult(belgian.handlers, other.id, { consultationDate: '2026-03-02', episodeId: null, sickLeaveStart: '2026-02-23', workStatus: 'offWork' });
    const result = await belgian.handlers.call('legal.savePoortwachterDocument', { workerId: other.id, document: analysis('2026-03-10') });
    expect(result.ok ? [] : result.error.code === 'validation' ? result.error.issues.map((issue) => issue.code) : []).toEqual(['dutchPracticeOnly']);
  });
});

describe('the Belgian trajectory and the Fedris request through the handlers', () => {
  const codes = (result: { ok: boolean; error?: { code: string; issues?: Array<{ code: string }> } }) =>
    result.ok ? [] : (result.error?.issues?.map((issue) => issue.code) ?? [result.error?.code]);

  it('refuses an employer’s request before 3 months under the 2022 rules, then keeps every version and makes the form', async () => {
    const { handlers, store } = await practiceWithDoctor({ jurisdiction: 'BE' });
    const worker = await warehouseWorker(handlers, 'B-2');
    await consult(handlers, worker.id, { consultationDate: '2025-10-08', episodeId: null, sickLeaveStart: '2025-10-06', workStatus: 'offWork' });
    const early = await handlers.call('legal.saveTrajectory', { workerId: worker.id, trajectory: { requestDate: '2025-12-01', initiator: 'employer' } });
    expect(codes(early)).toEqual(['employerTooEarly']);
    const saved = valueOf(await handlers.call('legal.saveTrajectory', { workerId: worker.id, trajectory: { requestDate: '2026-01-06', initiator: 'employer', workerConsent: true } }));
    // Requested on 06-01-2026: the 2026 rules (the employer from day 1, with the worker's consent).
    expect(saved.rules.version).toBe('2026-01');
    expect(codes(await handlers.call('legal.saveTrajectory', { workerId: worker.id, trajectory: { requestDate: '2025-11-03', initiator: 'worker', decision: 'B', assessmentDate: '2025-12-01' } }))).toEqual([]);
    const latest = valueOf(await handlers.call('legal.get', { workerId: worker.id })).belgium;
    expect(latest?.rules.version).toBe('2022-10');
    expect(latest?.terms?.terms.map((t) => `${t.code}:${t.date}`)).toEqual(['assessmentDue:2025-12-22', 'appealUntil:2025-12-22', 'planDueAfterB:2026-06-01']);
    // The incapacity's milestones with their state: the 4-week contact was dealt with at no consultation since.
    const states = valueOf(await handlers.call('legal.get', { workerId: worker.id })).milestoneStates;
    expect(states.find((m) => m.code === 'contactAfter4Weeks')).toMatchObject({ scheme: 'belgian', due: '2025-11-03', state: 'overdue' });
    expect(states.find((m) => m.code === 'fedrisWindowCloses')).toMatchObject({ due: '2026-04-06', state: 'coming' });
    const pdf = valueOf(await handlers.call('legal.reintegrationAssessmentPdf', { workerId: worker.id }));
    expect(pdf.fileName).toBe('formulier-re-integratiebeoordeling-de-wit-2026-03-16.pdf');
    expect(flatText(Buffer.from(pdf.base64, 'base64'))).toContain('B: definitief ongeschikt voor het overeengekomen werk');
    expect((await store.accessLog.forWorker(worker.id)).filter((entry) => entry.channel === 'legal.saveTrajectory')).toHaveLength(2);
  });

  it('offers the Fedris request only with the checklist and on an open route; the employer’s claim follows the decision', async () => {
    const { handlers } = await practiceWithDoctor({ jurisdiction: 'BE' });
    const worker = await warehouseWorker(handlers, 'B-3');
    await consult(handlers, worker.id, { consultationDate: '2026-03-02', episodeId: null, sickLeaveStart: '2026-02-02', workStatus: 'offWork' });
    const request = { route: 'incapacity' as const, requestDate: '2026-03-16', healthSurveillance: true as const, treatingDoctorAgrees: true as const, workerAgrees: true as const };
    expect(codes(await handlers.call('legal.saveFedrisRequest', { workerId: worker.id, request: { ...request, workerAgrees: false as unknown as true } }))).toEqual(['fedrisChecklist']);
    expect(codes(await handlers.call('legal.saveFedrisRequest', { workerId: worker.id, request: { ...request, route: 'relapse' } }))).toEqual(['fedrisRouteClosed']);
    const fedris = valueOf(await handlers.call('legal.saveFedrisRequest', { workerId: worker.id, request: { ...request, decisionDate: '2026-03-16' } }));
    expect(fedris.routes.map((r) => [r.route, r.eligible])).toEqual([
      ['incapacity', true],
      ['relapse', false],
      ['afterSurgery', false],
      ['returnToWorkExam', false],
    ]);
    expect(fedris.employerClaimDeadline).toBe('2026-09-16');
    const pdf = valueOf(await handlers.call('legal.fedrisRequestPdf', { workerId: worker.id }));
    expect(flatText(Buffer.from(pdf.base64, 'base64'))).toContain('De werknemer is akkoord');
  });
});
