import { evaluationInputOf, type EvaluationContext, type Intake } from '../../../shared/model';
import { RuleInputError, evaluateConsultation, isUrgentReferral, type ConsultationEvaluation } from '../../../shared/rules';
import { episodeHistory } from '../../services/consultations/episodeOutcomes';
import { episodeEvaluations, knownAgeAtFirstEverOnset, stampEvaluations } from '../../services/episodes/episodeHistory';
import type { Store } from '../../services/store/store';
import { InvalidInputError, notFound } from '../../services/domainError';
import type { Handlers } from '../handler';

type ConsultationChannels = 'consultations.open' | 'consultations.saveDraft' | 'consultations.discardDraft' | 'consultations.save';

/** Where the field a RuleInputError names is in the intake form. */
const FIELD_PATHS: Record<string, Array<string>> = {
  onsetDate: ['intake', 'complaint', 'onsetDate'],
  birthDate: ['intake', 'complaint', 'onsetDate'],
  consultationDate: ['intake', 'consultationDate'],
  sickLeaveStart: ['intake', 'complaint', 'sickLeaveStart'],
  returnDate: ['intake', 'complaint', 'sickLeaveEnd'],
  planVanAanpakDate: ['intake', 'complaint', 'planVanAanpakDate'],
  probleemanalyseDate: ['intake', 'complaint', 'probleemanalyseDate'],
  lbpIncapacityDaysPrevious12Months: ['intake', 'complaint', 'lbpIncapacityDaysPrevious12Months'],
  ageAtFirstEverOnset: ['intake', 'complaint', 'ageAtFirstEverOnset'],
};

/** Main's own evaluation of an intake with the rules module; a RuleInputError becomes a field message. */
export function evaluateIntake(intake: Intake, context: EvaluationContext): ConsultationEvaluation {
  try {
    return evaluateConsultation(evaluationInputOf(intake, context));
  } catch (error) {
    if (!(error instanceof RuleInputError)) throw error;
    throw InvalidInputError.field(FIELD_PATHS[error.field] ?? ['intake'], 'notEvaluable');
  }
}

export function consultationHandlers(store: Store): Pick<Handlers, ConsultationChannels> {
  const { workers, episodes, consultations, plans, clock } = store;

  function requireContext(workerId: number): EvaluationContext {
    const context = consultations.evaluationContext(workerId);
    if (!context) throw notFound();
    return context;
  }

  /** The saved consultation, which must belong to this worker. */
  function requireConsultation(workerId: number, consultationId: number | null) {
    if (consultationId === null) return null;
    const stored = consultations.get(consultationId);
    if (!stored || stored.consultation.workerId !== workerId) throw notFound();
    return stored;
  }

  return {
    'consultations.open': ({ workerId, consultationId }, { audit, user }) => {
      const worker = workers.get(workerId);
      const context = requireContext(workerId);
      const stored = requireConsultation(workerId, consultationId);
      if (!worker) throw notFound();
      audit(workerId);
      const currentEpisode = episodes.current(workerId);
      const history = episodeHistory(store, stored?.consultation.episodeId ?? currentEpisode?.id ?? null, stored?.consultation ?? null, context.orebroCutOff);
      const saved = consultations.intakesOfWorker(workerId);
      return {
        today: clock.today(),
        worker,
        context,
        currentEpisode,
        episodeRedFlagEvaluations: currentEpisode === null ? [] : episodeEvaluations(saved, currentEpisode.id),
        knownAgeAtFirstEverOnset: knownAgeAtFirstEverOnset(saved, worker.birthDate, currentEpisode?.id ?? null),
        consultation: stored?.consultation ?? null,
        previous: history.previous,
        previousRedFlags: history.previousRedFlags.map(({ code, urgency, status }) => ({ code, urgency, status })),
        episodeOutcomes: history.outcomes,
        plan: history.plan,
        draft: consultations.draft(workerId, user.id, consultationId),
      };
    },

    'consultations.saveDraft': ({ workerId, consultationId, document }, { audit, user }) =>
      store.transaction(() => {
        if (!workers.get(workerId)) throw notFound();
        requireConsultation(workerId, consultationId);
        const savedAt = consultations.saveDraft(workerId, user.id, consultationId, document);
        audit(workerId);
        return { savedAt };
      }),

    'consultations.discardDraft': ({ workerId, consultationId }, { audit, user }) =>
      store.transaction(() => {
        if (!workers.get(workerId)) throw notFound();
        consultations.deleteDraft(workerId, user.id, consultationId);
        audit(workerId);
        return null;
      }),

    'consultations.save': ({ workerId, consultationId, intake: submitted }, { audit, user }) =>
      store.transaction(() => {
        const context = requireContext(workerId);
        const existing = requireConsultation(workerId, consultationId);
        if (submitted.consultationDate > clock.today()) {
          throw InvalidInputError.field(['intake', 'consultationDate'], 'consultationInFuture');
        }
        const continued = submitted.episodeId === null ? null : episodes.get(submitted.episodeId);
        if (submitted.episodeId !== null && (!continued || continued.workerId !== workerId)) {
          throw InvalidInputError.field(['intake', 'episodeId'], 'invalid');
        }
        // Red flags evaluated earlier in the episode stay evaluated; new evaluations get the doctor and date.
        const carried = continued
          ? episodeEvaluations(consultations.intakesOfWorker(workerId), continued.id, { upTo: submitted.consultationDate, except: consultationId })
          : [];
        const intake = {
          ...submitted,
          redFlagEvaluations: stampEvaluations(submitted, carried, existing?.consultation.intake.redFlagEvaluations ?? [], user.name),
        };

        const evaluation = evaluateIntake(intake, context);
        const immediate = evaluation.redFlags.flags.filter((flag) => flag.urgency === 'immediate').map((flag) => flag.code);
        if (immediate.some((code) => !intake.acknowledgedRedFlags.includes(code))) {
          throw InvalidInputError.field(['intake', 'acknowledgedRedFlags'], 'redFlagNotAcknowledged');
        }

        const c = intake.complaint;
        const episodeFields = {
          workerId,
          onsetDate: c.onsetDate,
          sickLeaveStart: c.sickLeaveStart,
          sickLeaveEnd: c.sickLeaveEnd,
          workStatus: c.workStatus,
        };
        let episodeId: number;
        if (continued) {
          episodeId = continued.id;
          const latest = consultations.latestInEpisode(episodeId);
          const isLatest =
            latest === null ||
            latest.consultation.id === consultationId ||
            latest.consultation.consultationDate <= intake.consultationDate;
          if (isLatest) episodes.update(episodeId, episodeFields);
        } else {
          episodeId = episodes.start(episodeFields, intake.consultationDate);
        }

        const saved = { ...intake, episodeId, acknowledgedRedFlags: intake.acknowledgedRedFlags.filter((code) => immediate.includes(code)) };
        const id = consultations.save({
          ...(existing ? { id: existing.consultation.id } : {}),
          workerId,
          episodeId,
          doctorId: existing?.doctorId ?? user.id,
          intake: saved,
          evaluation,
        });

        // No return to work while an immediate or within-48h red flag is open: put a running plan on hold.
        const plan = plans.current(episodeId);
        if (isUrgentReferral(evaluation.redFlags.urgency) && plan !== null && plan.status === 'planned') {
          plans.addVersion({
            workerId,
            episodeId,
            createdBy: user.id,
            plan: { ...plan.plan, status: 'onHold', reviewDate: evaluation.plan.reviewDate },
          });
        }

        consultations.deleteDraft(workerId, user.id, consultationId);
        audit(workerId);
        const result = consultations.get(id);
        if (!result) throw notFound();
        return result.consultation;
      }),
  };
}
