import type { ValidationIssue } from '../../../shared/ipc';
import { planDocumentOf, type PlanDocument } from '../../../shared/model';
import { validateReturnToWorkPlan } from '../../../shared/rules';
import type { Store } from '../../services/store/store';
import { InvalidInputError, notFound } from '../../services/domainError';
import type { Handlers } from '../handler';

type PlanChannels = 'plans.get' | 'plans.save';

export function planHandlers(store: Store): Pick<Handlers, PlanChannels> {
  const { workers, episodes, consultations, plans, clock } = store;

  function requireEpisode(workerId: number, episodeId: number) {
    const episode = episodes.get(episodeId);
    const worker = workers.get(workerId);
    const context = consultations.evaluationContext(workerId);
    if (!episode || !worker || episode.workerId !== workerId || !context) throw notFound();
    return { episode, worker, context };
  }

  return {
    'plans.get': ({ workerId, episodeId }, { audit }) => {
      const { episode, worker, context } = requireEpisode(workerId, episodeId);
      audit(workerId);
      const latest = consultations.latestInEpisode(episodeId);
      return {
        today: clock.today(),
        worker,
        episode,
        contractHoursPerWeek: context.job.contractHoursPerWeek,
        urgency: latest?.evaluation.redFlags.urgency ?? 'none',
        atWork: latest?.consultation.intake.complaint.workStatus === 'working',
        latestConsultationDate: latest?.consultation.consultationDate ?? null,
        suggestion: latest ? planDocumentOf(latest.evaluation.plan) : null,
        versions: plans.versions(episodeId),
      };
    },

    'plans.save': ({ workerId, episodeId, plan, basedOnVersion }, { audit, user }) =>
      store.transaction(() => {
        const { context } = requireEpisode(workerId, episodeId);
        const current = plans.current(episodeId);
        if ((current?.version ?? null) !== basedOnVersion) {
          throw InvalidInputError.field(['basedOnVersion'], 'planChangedMeanwhile');
        }
        // The contract hours are the worker's, not the form's.
        const document: PlanDocument = { ...plan, contractHoursPerWeek: context.job.contractHoursPerWeek };
        const latest = consultations.latestInEpisode(episodeId);
        const urgency = latest?.evaluation.redFlags.urgency ?? 'none';
        const atWork = latest?.consultation.intake.complaint.workStatus === 'working';
        const issues: ValidationIssue[] = validateReturnToWorkPlan(document, { urgency, atWork }).map((violation) => ({
          path: violation.step === undefined ? ['plan'] : ['plan', 'steps', violation.step],
          code: `plan.${violation.code}`,
        }));
        if (issues.length > 0) throw new InvalidInputError(issues);
        const version = plans.addVersion({ workerId, episodeId, plan: document, createdBy: user.id });
        audit(workerId);
        return version;
      }),
  };
}
