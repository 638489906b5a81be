import type { PlanOverview } from '../../../shared/channels/planChannels';
import type { ValidationIssue } from '../../../shared/ipc';
import { planDocumentOf, type PlanDocument, type PlanVersion } from '../../../shared/model';
import { isUrgentReferral, nextEvaluationDate, validateReturnToWorkPlan, type ConsultationEvaluation } from '../../../shared/rules';
import { InvalidInputError, notFound } from '../domainError';
import type { Repositories } from '../store/store';

/** The episode, which must be this worker's, with the worker and what the rules know of them. */
async function requireEpisode(store: Repositories, workerId: number, episodeId: number) {
  const episode = await store.episodes.get(episodeId);
  const worker = await store.workers.get(workerId);
  const context = await store.consultations.evaluationContext(workerId);
  if (!episode || !worker || episode.workerId !== workerId || !context) throw notFound();
  return { episode, worker, context };
}

/** The plan screen's start: the versions so far and the rules' suggestion from the latest consultation. */
export async function planOverview(store: Repositories, workerId: number, episodeId: number): Promise<PlanOverview> {
  const { episode, worker, context } = await requireEpisode(store, workerId, episodeId);
  const latest = await store.consultations.latestInEpisode(episodeId);
  const today = store.clock.today();
  const versions = await store.plans.versions(episodeId);
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
export async function savePlanVersion(store: Repositories, { workerId, episodeId, plan, basedOnVersion }: PlanToSave, doctorId: number): Promise<PlanVersion> {
  return store.transaction(async (tx) => {
    const { context } = await requireEpisode(tx, workerId, episodeId);
    // The contract hours are the worker's, not the form's.
    const document: PlanDocument = { ...plan, contractHoursPerWeek: context.job.contractHoursPerWeek };
    const latest = await tx.consultations.latestInEpisode(episodeId);
    const urgency = latest?.evaluation.redFlags.urgency ?? 'none';
    // A worker at work keeps the current hours: the plan adapts tasks.
    const atWork = latest?.consultation.intake.complaint.workStatus === 'working';
    const issues: ValidationIssue[] = validateReturnToWorkPlan(document, { urgency, atWork }).map((violation) => ({
      path: violation.step === undefined ? ['plan'] : ['plan', 'steps', violation.step],
      code: `plan.${violation.code}`,
    }));
    if (issues.length > 0) throw new InvalidInputError(issues);
    return tx.plans.addVersion({ workerId, episodeId, plan: document, createdBy: doctorId, basedOnVersion });
  });
}

/** No return to work while an immediate or within-48h red flag is open: a running plan goes on hold. */
export async function holdPlanWhileUrgent(
  store: Repositories,
  { workerId, episodeId, evaluation }: { workerId: number; episodeId: number; evaluation: ConsultationEvaluation },
  doctorId: number,
): Promise<void> {
  // Most consultations are not urgent: the plan is read only for one that is (a round trip less).
  if (!isUrgentReferral(evaluation.redFlags.urgency)) return;
  const plan = await store.plans.current(episodeId);
  if (plan !== null && plan.status === 'planned') {
    await store.plans.addVersion({
      workerId,
      episodeId,
      createdBy: doctorId,
      basedOnVersion: plan.version,
      plan: { ...plan.plan, status: 'onHold', reviewDate: evaluation.plan.reviewDate },
    });
  }
}
