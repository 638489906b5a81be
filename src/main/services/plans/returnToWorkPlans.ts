import type { PlanOverview } from '../../../shared/channels/planChannels';
import type { ValidationIssue } from '../../../shared/ipc';
import { planDocumentOf, type PlanDocument, type PlanVersion } from '../../../shared/model';
import { isUrgentReferral, nextEvaluationDate, validateReturnToWorkPlan, type ConsultationEvaluation } from '../../../shared/rules';
import { InvalidInputError, notFound } from '../domainError';
import type { Store } from '../store/store';

/** The episode, which must be this worker's, with the worker and what the rules know of them. */
function requireEpisode(store: Store, workerId: number, episodeId: number) {
  const episode = store.episodes.get(episodeId);
  const worker = store.workers.get(workerId);
  const context = store.consultations.evaluationContext(workerId);
  if (!episode || !worker || episode.workerId !== workerId || !context) throw notFound();
  return { episode, worker, context };
}

/** The plan screen's start: the versions so far and the rules' suggestion from the latest consultation. */
export function planOverview(store: Store, workerId: number, episodeId: number): PlanOverview {
  const { episode, worker, context } = requireEpisode(store, workerId, episodeId);
  const latest = store.consultations.latestInEpisode(episodeId);
  const today = store.clock.today();
  const versions = store.plans.versions(episodeId);
  return {
    today,
    worker,
    episode,
    contractHoursPerWeek: context.job.contractHoursPerWeek,
    urgency: latest?.evaluation.redFlags.urgency ?? 'none',
    atWork: latest?.consultation.intake.complaint.workStatus === 'working',
    latestConsultationDate: latest?.consultation.consultationDate ?? null,
    nextEvaluation: nextEvaluationDate({ followUpDate: latest?.consultation.intake.followUpDate ?? null, plan: versions[0]?.plan ?? null }, today),
    suggestion: latest ? planDocumentOf(latest.evaluation.plan) : null,
    versions,
  };
}

export interface PlanToSave {
  workerId: number;
  episodeId: number;
  plan: PlanDocument;
  /** The version the doctor started from (null: none yet); a newer version refuses the save ('changedMeanwhile'). */
  basedOnVersion: number | null;
}

/** Saves a new version of the episode's plan, checked against the plan rules with the worker's own contract hours. */
export function savePlanVersion(store: Store, { workerId, episodeId, plan, basedOnVersion }: PlanToSave, doctorId: number): PlanVersion {
  return store.transaction(() => {
    const { context } = requireEpisode(store, workerId, episodeId);
    // The contract hours are the worker's, not the form's.
    const document: PlanDocument = { ...plan, contractHoursPerWeek: context.job.contractHoursPerWeek };
    const latest = store.consultations.latestInEpisode(episodeId);
    const urgency = latest?.evaluation.redFlags.urgency ?? 'none';
    // A worker at work keeps the current hours: the plan adapts tasks.
    const atWork = latest?.consultation.intake.complaint.workStatus === 'working';
    const issues: ValidationIssue[] = validateReturnToWorkPlan(document, { urgency, atWork }).map((violation) => ({
      path: violation.step === undefined ? ['plan'] : ['plan', 'steps', violation.step],
      code: `plan.${violation.code}`,
    }));
    if (issues.length > 0) throw new InvalidInputError(issues);
    return store.plans.addVersion({ workerId, episodeId, plan: document, createdBy: doctorId, basedOnVersion });
  });
}

/** No return to work while an immediate or within-48h red flag is open: a running plan goes on hold. */
export function holdPlanWhileUrgent(
  store: Store,
  { workerId, episodeId, evaluation }: { workerId: number; episodeId: number; evaluation: ConsultationEvaluation },
  doctorId: number,
): void {
  const plan = store.plans.current(episodeId);
  if (isUrgentReferral(evaluation.redFlags.urgency) && plan !== null && plan.status === 'planned') {
    store.plans.addVersion({
      workerId,
      episodeId,
      createdBy: doctorId,
      basedOnVersion: plan.version,
      plan: { ...plan.plan, status: 'onHold', reviewDate: evaluation.plan.reviewDate },
    });
  }
}
