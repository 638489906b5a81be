import type { CaseAtGlance, LegalMilestoneLine } from '../../../shared/channels/dossierChannels';
import type { Episode, PlanVersion } from '../../../shared/model';
import {
  BELGIAN_MILESTONE_KINDS,
  type MilestoneInput,
  daysBetween,
  fullReturnDate,
  legalTimeline,
  nextEvaluationDate,
  poortwachterMilestoneInputs,
  workSituationOn,
} from '../../../shared/rules';
import { belgianCaseOf } from '../legal/belgianCase';
import { poortwachterFileOfWorker } from '../legal/poortwachterCaseOfWorker';
import type { Store } from '../store/store';

/** What the dossier already has of the current episode. */
export interface CurrentEpisode {
  episode: Episode;
  /** Date and follow-up of the episode's latest consultation; null before the first one. */
  latest: { consultationDate: string; followUpDate: string | null } | null;
  plan: PlanVersion | null;
}

/** The week (1-based) that `today` falls in, counting from `first`. */
function weekSince(first: string, today: string): number {
  return Math.floor(Math.max(0, daysBetween(first, today)) / 7) + 1;
}

/** NL: the Poortwachter case across the worker's episodes, while it is open. */
export function netherlandsLegal(store: Store, workerId: number, today: string, lastConsultation: string | null) {
  const file = poortwachterFileOfWorker(store, workerId, today);
  if (file === null || !file.case.open) return { sickLeaveWeek: null, legal: [] };
  const weeks = new Map(file.case.milestones.map((m) => [m.code, m.week]));
  const legal = legalTimeline(poortwachterMilestoneInputs(file.case.milestones, file.records), today, lastConsultation).map(
    (m): LegalMilestoneLine => ({ scheme: 'poortwachter', code: m.code, due: m.due, week: weeks.get(m.code) ?? null, state: m.state, doneOn: m.doneOn, folded: m.folded }),
  );
  return { sickLeaveWeek: file.case.week, legal };
}

/** BE: the milestones of the incapacity, while it lasts. */
export function belgianLegal(store: Store, workerId: number, today: string, lastConsultation: string | null) {
  const found = belgianCaseOf(store, workerId);
  if (found === null || (found.incapacityEnded !== null && found.incapacityEnded <= today)) return { sickLeaveWeek: null, legal: [] };
  const inputs = found.milestones.map(
    (m): MilestoneInput<string> => ({
      code: m.code,
      due: m.date,
      kind: m.code === 'healthFundQuestionnaire' ? 'date' : BELGIAN_MILESTONE_KINDS[m.code],
      doneOn: null,
    }),
  );
  const legal = legalTimeline(inputs, today, lastConsultation).map(
    (m): LegalMilestoneLine => ({ scheme: 'belgian', code: m.code, due: m.due, week: null, state: m.state, doneOn: null, folded: m.folded }),
  );
  return { sickLeaveWeek: weekSince(found.firstDayOfIncapacity, today), legal };
}

/**
 * The current episode at a glance: the work status and hours from the plan's step in force, the next
 * evaluation and the full return from the rules' one source, the week of sick leave and the legal
 * milestones with their state.
 */
export function caseAtGlance(store: Store, workerId: number, today: string, current: CurrentEpisode): CaseAtGlance {
  const { episode, latest, plan } = current;
  const jurisdiction = store.practice.settings()?.jurisdiction ?? 'NL';
  const lastConsultation = latest?.consultationDate ?? null;
  const { sickLeaveWeek, legal } =
    episode.sickLeaveStart === null
      ? { sickLeaveWeek: null, legal: [] }
      : jurisdiction === 'NL'
        ? netherlandsLegal(store, workerId, today, lastConsultation)
        : belgianLegal(store, workerId, today, lastConsultation);
  const document = plan?.plan ?? null;
  return {
    sickLeaveWeek,
    work: workSituationOn(
      {
        recordedStatus: episode.workStatus,
        recordedOn: lastConsultation ?? episode.onsetDate,
        plan: document,
        planSavedOn: plan === null ? null : plan.createdAt.slice(0, 10),
      },
      today,
    ),
    nextEvaluation: nextEvaluationDate({ followUpDate: latest?.followUpDate ?? null, plan: document }, today),
    fullReturn: document === null ? null : fullReturnDate(document),
    legal,
  };
}
