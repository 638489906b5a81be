import type { AgendaHorizon } from '../../../shared/channels/agendaChannels';
import { jobExposuresOf, type AgendaItem, type AgendaItemKind, type Jurisdiction } from '../../../shared/model';
import {
  addDays,
  belgianMilestones,
  daysBetween,
  fedrisEligibility,
  fedrisExposuresOf,
  HEALTH_FUND_QUESTIONNAIRE_DAYS,
  belgianTrajectoryTerms,
  legalTimeline,
  poortwachterCase,
  poortwachterMilestoneInputs,
  poortwachterRecordsOf,
  returnToWorkExamDeadline,
} from '../../../shared/rules';
import type { OpenEpisode } from '../store/agendaRepository';
import type { Repositories } from '../store/store';

/** The period the agenda looks at: items due up to `until`, and overdue ones (see OVERDUE_LOOKBACK_DAYS). */
export interface AgendaWindow {
  today: string;
  until: string;
}

/** Items overdue for longer than this are no longer listed. */
export const OVERDUE_LOOKBACK_DAYS = 42;
/** The agenda reminds of the Fedris request this many days before the window closes. */
const FEDRIS_LAST_CALL_DAYS = 14;
/** A closing Fedris window is announced this many days ahead, whatever the period shown. */
export const FEDRIS_WARNING_DAYS = 28;
/** Return-to-work examination: compulsory after an absence of 4 weeks or more (BE). */
const RETURN_TO_WORK_EXAM_MIN_ABSENCE_DAYS = 28;
/** Days shown by the 'four weeks' period, today included. */
const FOUR_WEEKS_DAYS = 28;
/** How far ahead the dossier shows open actions. */
const OPEN_ACTIONS_DAYS_AHEAD = 27;

/** The last day (Sunday) of the ISO week that contains `today`. */
export function endOfWeek(today: string): string {
  const mondayBased = ((daysBetween('1970-01-05', today) % 7) + 7) % 7;
  return addDays(today, 6 - mondayBased);
}

/**
 * What is due in one open episode: follow-ups, legal milestones (Poortwachter in NL; the 4-week
 * contact and other re-integration milestones, the return-to-work examination and the Fedris
 * window in BE) and plan reviews. Every date comes from the rules module.
 */
function itemsOf(episode: OpenEpisode, practiceJurisdiction: Jurisdiction, window: AgendaWindow): AgendaItem[] {
  const { today, until } = window;
  const overdueFrom = addDays(today, -OVERDUE_LOOKBACK_DAYS);
  const items: AgendaItem[] = [];
  const add = (kind: AgendaItemKind, due: string, code = '') => {
    const { workerId, workerName, personnelNumber, employerName, episodeId } = episode;
    items.push({ workerId, workerName, personnelNumber, employerName, episodeId, kind, code, due, overdue: due < today });
  };
  /** Due within the period, or overdue without a consultation since it fell due. */
  const pending = (due: string) => due <= until && (due >= today || (due >= overdueFrom && due > episode.lastConsultation));

  if (episode.followUpDate !== null && episode.followUpDate <= until && episode.followUpDate >= overdueFrom) {
    add('followUp', episode.followUpDate);
  }

  const start = episode.sickLeaveStart;
  if (practiceJurisdiction === 'NL' && start !== null && episode.sickPeriods.length > 0) {
    // The case spans the worker's episodes and runs until full recovery: a graded return does not stop it.
    const analyses = [...episode.probleemanalyseDates, ...(episode.probleemanalyseDate === null ? [] : [episode.probleemanalyseDate])];
    const poortwachter = poortwachterCase(episode.sickPeriods, {
      on: today,
      probleemanalyseDates: analyses,
      planVanAanpakDate: episode.planVanAanpakDate,
    });
    if (poortwachter.open) {
      // Overdue until recorded as done (problem analysis, action plan, first-year evaluation), as in the dossier.
      const records = poortwachterRecordsOf(poortwachter.periods[0]?.firstSickDay ?? start, {
        probleemanalyse: analyses,
        planVanAanpak: [episode.planVanAanpakDate],
        eerstejaarsevaluatie: episode.eerstejaarsevaluatieDates,
      });
      for (const milestone of legalTimeline(poortwachterMilestoneInputs(poortwachter.milestones, records), today, episode.lastConsultation)) {
        const shown = milestone.state === 'overdue' ? milestone.due >= overdueFrom : milestone.state === 'coming' && milestone.due <= until;
        if (shown) add('poortwachter', milestone.due, milestone.code);
      }
      const evaluation = poortwachter.nextEvaluationAdvice;
      if (evaluation !== null && evaluation <= until) add('actionPlanEvaluation', evaluation);
    }
  }
  const stillOff = start !== null && (episode.sickLeaveEnd === null || episode.sickLeaveEnd > today);
  if (start !== null && stillOff && practiceJurisdiction === 'BE') {
    for (const milestone of belgianMilestones(start)) {
      if (milestone.code === 'fedrisWindowOpens' || milestone.code === 'fedrisWindowCloses') continue;
      if (pending(milestone.date)) add('belgianMilestone', milestone.date, milestone.code);
    }
    const fedris = fedrisEligibility({
      incapacityStart: start,
      on: today,
      lbpIncapacityDaysPrevious12Months: episode.lbpIncapacityDaysPrevious12Months,
      exposures: fedrisExposuresOf(jobExposuresOf(episode.exposures)),
      sector: episode.sector,
    });
    const closesSoon = fedris.daysUntilWindowCloses >= 0 && fedris.daysUntilWindowCloses < FEDRIS_WARNING_DAYS;
    const couldApply = fedris.reasons.every((reason) => reason === 'tooEarly');
    if (closesSoon && couldApply) add('fedrisWindowCloses', fedris.windowCloses);
    if (couldApply) {
      // The day the request becomes possible, and two weeks before the window closes.
      if (pending(fedris.windowOpens)) add('belgianMilestone', fedris.windowOpens, 'fedrisWindowOpens');
      const twoWeeksLeft = addDays(fedris.windowCloses, -FEDRIS_LAST_CALL_DAYS);
      if (pending(twoWeeksLeft)) add('belgianMilestone', twoWeeksLeft, 'fedrisTwoWeeksLeft');
    }
    const questionnaire = addDays(start, HEALTH_FUND_QUESTIONNAIRE_DAYS);
    if (pending(questionnaire)) add('belgianMilestone', questionnaire, 'healthFundQuestionnaire');
    const t = episode.trajectory;
    if (t !== null) {
      const { terms } = belgianTrajectoryTerms({
        firstDayOfIncapacity: start,
        requestDate: t.requestDate,
        initiator: t.initiator,
        assessment: t.decision !== null && t.assessmentDate !== null ? { decision: t.decision, date: t.assessmentDate } : null,
        planReceivedOn: t.planReceivedOn,
      });
      for (const term of terms) if (pending(term.date)) add('belgianMilestone', term.date, term.code);
    }
  }
  if (practiceJurisdiction === 'BE' && start !== null && episode.sickLeaveEnd !== null) {
    if (daysBetween(start, episode.sickLeaveEnd) >= RETURN_TO_WORK_EXAM_MIN_ABSENCE_DAYS && episode.sickLeaveEnd <= until) {
      const latest = returnToWorkExamDeadline(episode.sickLeaveEnd);
      if (pending(latest)) add('returnToWorkExam', latest);
    }
  }

  if (episode.plan !== null) {
    const plan = episode.plan;
    const reviews = plan.status === 'onHold' ? [plan.reviewDate] : plan.steps.map((step) => step.reviewDate);
    // Only the first pending review: the next one follows once it has taken place.
    const next = reviews.filter((review): review is string => review !== null && pending(review)).sort()[0];
    if (next !== undefined) add('planReview', next);
  }
  return items;
}

async function collect(store: Repositories, episodes: OpenEpisode[], window: AgendaWindow): Promise<AgendaItem[]> {
  const practiceJurisdiction = (await store.practice.settings())?.jurisdiction ?? 'NL';
  return episodes
    .flatMap((episode) => itemsOf(episode, practiceJurisdiction, window))
    .sort((a, b) => a.due.localeCompare(b.due) || a.workerName.localeCompare(b.workerName));
}

/** What is due across the workers `doctorId` has seen, this week or in the coming four weeks. */
export async function doctorAgenda(store: Repositories, doctorId: number, horizon: AgendaHorizon) {
  const today = store.clock.today();
  const until = horizon === 'thisWeek' ? endOfWeek(today) : addDays(today, FOUR_WEEKS_DAYS - 1);
  return { today, until, items: await collect(store, await store.agenda.openEpisodesOfDoctor(doctorId), { today, until }) };
}

/** One worker's open actions in the coming weeks, for the dossier. */
export async function openActionsOfWorker(store: Repositories, workerId: number): Promise<AgendaItem[]> {
  const today = store.clock.today();
  return collect(store, await store.agenda.openEpisodesOfWorker(workerId), { today, until: addDays(today, OPEN_ACTIONS_DAYS_AHEAD) });
}
