import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DUE_SOON_DAYS,
  type MilestoneInput,
  type MilestoneState,
  addDays,
  deadlineStatus,
  legalTimeline,
  milestoneState,
  nextLegalMilestone,
  trajectoryTermInputs,
} from '../../../src/shared/rules';

const today = '2026-03-16';
const milestones: Array<MilestoneInput<string>> = [
  { code: 'probleemanalyse', due: '2026-02-23', kind: 'recorded', doneOn: null },
  { code: 'planVanAanpak', due: '2026-03-09', kind: 'recorded', doneOn: '2026-03-05' },
  { code: 'ziekmelding42', due: '2026-11-03', kind: 'action', doneOn: null },
  { code: 'eerstejaarsevaluatie', due: '2027-01-11', kind: 'recorded', doneOn: null },
  { code: 'fedrisWindowOpens', due: '2026-02-10', kind: 'date', doneOn: null },
  { code: 'contactAfter4Weeks', due: '2026-04-20', kind: 'action', doneOn: null },
];

describe('milestoneState', () => {
  it('is done with a record, coming until its date, then overdue, passed or (for a mere date) passed', () => {
    expect(milestoneState({ code: 'a', due: '2026-03-01', kind: 'recorded', doneOn: '2026-02-27' }, today, null)).toBe('done');
    expect(milestoneState({ code: 'a', due: today, kind: 'recorded', doneOn: null }, today, null)).toBe('coming');
    expect(milestoneState({ code: 'a', due: '2026-03-15', kind: 'recorded', doneOn: null }, today, '2026-03-15')).toBe('overdue');
    expect(milestoneState({ code: 'a', due: '2026-03-15', kind: 'date', doneOn: null }, today, null)).toBe('passed');
    // An action the app does not record: overdue until a consultation on or after its date.
    expect(milestoneState({ code: 'a', due: '2026-03-10', kind: 'action', doneOn: null }, today, '2026-03-09')).toBe('overdue');
    expect(milestoneState({ code: 'a', due: '2026-03-10', kind: 'action', doneOn: null }, today, '2026-03-10')).toBe('passed');
  });
});

describe('deadlineStatus', () => {
  it('names a coming milestone due soon from 14 days ahead up to its day, and keeps every other state', () => {
    expect(deadlineStatus('coming', '2026-03-30', today)).toBe('dueSoon');
    expect(deadlineStatus('coming', today, today)).toBe('dueSoon');
    expect(deadlineStatus('coming', '2026-03-31', today)).toBe('coming');
    for (const state of ['done', 'overdue', 'passed'] as const) expect(deadlineStatus(state, '2026-03-20', today)).toBe(state);
  });

  it('is due soon exactly for a coming milestone at most DUE_SOON_DAYS ahead', () => {
    const day = fc.integer({ min: -400, max: 400 });
    const state = fc.constantFrom<MilestoneState>('done', 'overdue', 'passed', 'coming');
    fc.assert(
      fc.property(day, state, (ahead, s) => {
        const status = deadlineStatus(s, addDays(today, ahead), today);
        return status === 'dueSoon' ? s === 'coming' && ahead <= DUE_SOON_DAYS : status === s;
      }),
    );
  });
});

describe('trajectoryTermInputs', () => {
  const terms = [
    { code: 'assessmentDue' as const, date: '2026-03-20' },
    { code: 'planDueAfterA' as const, date: '2026-04-10' },
    { code: 'appealUntil' as const, date: '2026-03-01' },
  ];

  it('marks the assessment done on its recorded date and the plan on the day it came in; the appeal is a date', () => {
    expect(trajectoryTermInputs(terms, { assessmentDate: '2026-03-18', planReceivedOn: null })).toEqual([
      { code: 'assessmentDue', due: '2026-03-20', kind: 'recorded', doneOn: '2026-03-18' },
      { code: 'planDueAfterA', due: '2026-04-10', kind: 'recorded', doneOn: null },
      { code: 'appealUntil', due: '2026-03-01', kind: 'date', doneOn: null },
    ]);
    const states = trajectoryTermInputs(terms, { assessmentDate: null, planReceivedOn: '2026-04-01' }).map((m) => milestoneState(m, '2026-03-25', null));
    // Without the assessment on record it is overdue after its date; the appeal term has passed, not overdue.
    expect(states).toEqual(['overdue', 'done', 'passed']);
  });
});

describe('legalTimeline', () => {
  it('puts the overdue first, then the next ones, folds what is more than 3 months ahead and ends with what is done', () => {
    const timeline = legalTimeline(milestones, today, '2026-03-02');
    expect(timeline.map((m) => [m.code, m.state, m.folded])).toEqual([
      ['probleemanalyse', 'overdue', false],
      ['contactAfter4Weeks', 'coming', false],
      ['ziekmelding42', 'coming', true],
      ['eerstejaarsevaluatie', 'coming', true],
      ['planVanAanpak', 'done', false],
      ['fedrisWindowOpens', 'passed', false],
    ]);
    expect(nextLegalMilestone(timeline)?.code).toBe('probleemanalyse');
  });

  it('folds from the day after three calendar months', () => {
    const edge = legalTimeline(
      [
        { code: 'on', due: '2026-06-16', kind: 'action', doneOn: null },
        { code: 'after', due: '2026-06-17', kind: 'action', doneOn: null },
      ],
      today,
      null,
    );
    expect(edge.map((m) => m.folded)).toEqual([false, true]);
  });

  it('has no next milestone when everything is done or passed', () => {
    expect(nextLegalMilestone(legalTimeline([{ code: 'a', due: '2026-01-01', kind: 'date', doneOn: null }], today, null))).toBeNull();
  });
});
