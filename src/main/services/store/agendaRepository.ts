import type { AgendaItem, AgendaItemKind } from '../../../shared/channels/agendaChannels';
import { z } from 'zod';
import {
  episodeSchema,
  exposureProfileSchema,
  jobExposuresOf,
  planDocumentSchema,
  reintegrationTrajectorySchema,
  sickPeriodOf,
  type Jurisdiction,
  type Sector,
} from '../../../shared/model';
import {
  addDays,
  HEALTH_FUND_QUESTIONNAIRE_DAYS,
  belgianMilestones,
  belgianTrajectoryTerms,
  daysBetween,
  fedrisEligibility,
  fedrisExposuresOf,
  poortwachterCase,
  returnToWorkExamDeadline,
} from '../../../shared/rules';
import type { Db } from './database';

interface OpenEpisodeRow {
  episode_id: number;
  worker_id: number;
  first_name: string;
  last_name: string;
  personnel_number: string;
  employer_name: string;
  sector: Sector;
  exposures: string | null;
  sick_leave_start: string | null;
  sick_leave_end: string | null;
  last_consultation: string;
  follow_up_date: string | null;
  plan_van_aanpak_date: string | null;
  lbp_days: number | null;
  plan_document: string | null;
  /** JSON: the worker's episodes with sick leave, for the Poortwachter case across episodes. */
  sick_periods: string;
  /** JSON: the days the worker's problem analyses were made. */
  analysis_dates: string;
  /** JSON: BE, the newest version of the worker's re-integration trajectory. */
  trajectory: string | null;
}

const sickPeriodsSchema = z.array(episodeSchema.pick({ sickLeaveStart: true, sickLeaveEnd: true, workStatus: true, closedOn: true }));

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

/** The last day (Sunday) of the ISO week that contains `today`. */
export function endOfWeek(today: string): string {
  const mondayBased = ((daysBetween('1970-01-05', today) % 7) + 7) % 7;
  return addDays(today, 6 - mondayBased);
}

const selectOpenEpisodes = `
  SELECT e.id AS episode_id, e.worker_id, w.first_name, w.last_name, w.personnel_number, em.name AS employer_name,
         em.sector, j.exposures, e.sick_leave_start, e.sick_leave_end,
         c.consultation_date AS last_consultation, c.follow_up_date,
         json_extract(c.intake, '$.complaint.planVanAanpakDate') AS plan_van_aanpak_date,
         json_extract(c.intake, '$.complaint.lbpIncapacityDaysPrevious12Months') AS lbp_days,
         (SELECT v.document FROM return_to_work_plans p JOIN return_to_work_plan_versions v ON v.plan_id = p.id
           WHERE p.episode_id = e.id ORDER BY v.version DESC LIMIT 1) AS plan_document,
         (SELECT json_group_array(json_object('sickLeaveStart', e2.sick_leave_start, 'sickLeaveEnd', e2.sick_leave_end,
                   'workStatus', e2.work_status, 'closedOn', e2.closed_on))
            FROM episodes e2 WHERE e2.worker_id = e.worker_id AND e2.sick_leave_start IS NOT NULL) AS sick_periods,
         (SELECT json_group_array(d.made_on) FROM legal_documents d
           WHERE d.worker_id = e.worker_id AND d.kind = 'probleemanalyse') AS analysis_dates,
         (SELECT d.document FROM legal_documents d
           WHERE d.worker_id = e.worker_id AND d.kind = 'reintegratietraject' ORDER BY d.id DESC LIMIT 1) AS trajectory
    FROM episodes e
    JOIN workers w ON w.id = e.worker_id
    JOIN employers em ON em.id = w.employer_id
    LEFT JOIN job_positions j ON j.id = w.job_position_id
    JOIN consultations c ON c.id = (
      SELECT c2.id FROM consultations c2 WHERE c2.episode_id = e.id AND c2.status = 'final'
       ORDER BY c2.consultation_date DESC, c2.id DESC LIMIT 1)
   WHERE e.closed_on IS NULL`;

/**
 * What is due per open episode: follow-ups, legal milestones (Poortwachter in NL; the 4-week
 * contact and other re-integration milestones, the return-to-work examination and the Fedris
 * window in BE) and plan reviews. Every date comes from the rules module.
 */
export function createAgendaRepository(db: Db) {
  const forDoctor = db.prepare<[number], OpenEpisodeRow>(
    `${selectOpenEpisodes} AND e.worker_id IN (SELECT DISTINCT worker_id FROM consultations WHERE doctor_id = ?)`,
  );
  const forWorker = db.prepare<[number], OpenEpisodeRow>(`${selectOpenEpisodes} AND e.worker_id = ?`);
  const jurisdiction = db.prepare<[], { jurisdiction: Jurisdiction }>('SELECT jurisdiction FROM practice_settings WHERE id = 1');

  function itemsOf(row: OpenEpisodeRow, practiceJurisdiction: Jurisdiction, window: AgendaWindow): AgendaItem[] {
    const { today, until } = window;
    const overdueFrom = addDays(today, -OVERDUE_LOOKBACK_DAYS);
    const items: AgendaItem[] = [];
    const add = (kind: AgendaItemKind, due: string, code = '') => {
      items.push({
        workerId: row.worker_id,
        workerName: `${row.last_name}, ${row.first_name}`,
        personnelNumber: row.personnel_number,
        employerName: row.employer_name,
        episodeId: row.episode_id,
        kind,
        code,
        due,
        overdue: due < today,
      });
    };
    /** Due within the period, or overdue without a consultation since it fell due. */
    const pending = (due: string) => due <= until && (due >= today || (due >= overdueFrom && due > row.last_consultation));

    if (row.follow_up_date !== null && row.follow_up_date <= until && row.follow_up_date >= overdueFrom) {
      add('followUp', row.follow_up_date);
    }

    const start = row.sick_leave_start;
    if (practiceJurisdiction === 'NL' && start !== null) {
      // The case spans the worker's episodes and runs until full recovery: a graded return does not stop it.
      const periods = sickPeriodsSchema.parse(JSON.parse(row.sick_periods)).flatMap((episode) => sickPeriodOf(episode) ?? []);
      const poortwachter = poortwachterCase(periods, {
        on: today,
        probleemanalyseDates: z.array(z.string()).parse(JSON.parse(row.analysis_dates)),
        planVanAanpakDate: row.plan_van_aanpak_date,
      });
      if (poortwachter.open) {
        for (const milestone of poortwachter.milestones) {
          if (pending(milestone.due)) add('poortwachter', milestone.due, milestone.code);
        }
        const evaluation = poortwachter.nextEvaluationAdvice;
        if (evaluation !== null && evaluation <= until) add('actionPlanEvaluation', evaluation);
      }
    }
    const stillOff = start !== null && (row.sick_leave_end === null || row.sick_leave_end > today);
    if (start !== null && stillOff && practiceJurisdiction === 'BE') {
      for (const milestone of belgianMilestones(start)) {
        if (milestone.code === 'fedrisWindowOpens' || milestone.code === 'fedrisWindowCloses') continue;
        if (pending(milestone.date)) add('belgianMilestone', milestone.date, milestone.code);
      }
      const exposures = jobExposuresOf(exposureProfileSchema.parse(JSON.parse(row.exposures ?? '{}')));
      const fedris = fedrisEligibility({
        incapacityStart: start,
        on: today,
        lbpIncapacityDaysPrevious12Months: row.lbp_days ?? 0,
        exposures: fedrisExposuresOf(exposures),
        sector: row.sector,
      });
      const closesSoon = fedris.daysUntilWindowCloses >= 0 && fedris.daysUntilWindowCloses < FEDRIS_WARNING_DAYS;
      const couldApply = fedris.reasons.every((reason) => reason === 'tooEarly');
      if (closesSoon && couldApply) {
        add('fedrisWindowCloses', fedris.windowCloses);
      }
      if (couldApply) {
        // The day the request becomes possible, and two weeks before the window closes.
        if (pending(fedris.windowOpens)) add('belgianMilestone', fedris.windowOpens, 'fedrisWindowOpens');
        const twoWeeksLeft = addDays(fedris.windowCloses, -FEDRIS_LAST_CALL_DAYS);
        if (pending(twoWeeksLeft)) add('belgianMilestone', twoWeeksLeft, 'fedrisTwoWeeksLeft');
      }
      const questionnaire = addDays(start, HEALTH_FUND_QUESTIONNAIRE_DAYS);
      if (pending(questionnaire)) add('belgianMilestone', questionnaire, 'healthFundQuestionnaire');
      if (row.trajectory !== null) {
        const t = reintegrationTrajectorySchema.parse(JSON.parse(row.trajectory));
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
    if (practiceJurisdiction === 'BE' && start !== null && row.sick_leave_end !== null) {
      if (daysBetween(start, row.sick_leave_end) >= RETURN_TO_WORK_EXAM_MIN_ABSENCE_DAYS && row.sick_leave_end <= until) {
        const latest = returnToWorkExamDeadline(row.sick_leave_end);
        if (pending(latest)) add('returnToWorkExam', latest);
      }
    }

    if (row.plan_document !== null) {
      const plan = planDocumentSchema.parse(JSON.parse(row.plan_document));
      const reviews = plan.status === 'onHold' ? [plan.reviewDate] : plan.steps.map((step) => step.reviewDate);
      // Only the first pending review: the next one follows once it has taken place.
      const next = reviews.filter((review): review is string => review !== null && pending(review)).sort()[0];
      if (next !== undefined) add('planReview', next);
    }
    return items;
  }

  function collect(rows: OpenEpisodeRow[], window: AgendaWindow): AgendaItem[] {
    const practiceJurisdiction = jurisdiction.get()?.jurisdiction ?? 'NL';
    return rows
      .flatMap((row) => itemsOf(row, practiceJurisdiction, window))
      .sort((a, b) => a.due.localeCompare(b.due) || a.workerName.localeCompare(b.workerName));
  }

  return {
    /** Across the workers this doctor has seen. */
    forDoctor(doctorId: number, window: AgendaWindow): AgendaItem[] {
      return collect(forDoctor.all(doctorId), window);
    },
    /** One worker's open actions, for the dossier. */
    forWorker(workerId: number, window: AgendaWindow): AgendaItem[] {
      return collect(forWorker.all(workerId), window);
    },
  };
}
export type AgendaRepository = ReturnType<typeof createAgendaRepository>;
