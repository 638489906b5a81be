import type { Consultation, Intake, User } from '../../../shared/model';
import { InvalidInputError, notFound } from '../domainError';
import { holdPlanWhileUrgent } from '../plans/returnToWorkPlans';
import type { Store } from '../store/store';
import { episodeEvaluations, stampEvaluations } from '../episodes/episodeHistory';
import { evaluateIntake } from './evaluateIntake';
import { requireEvaluationContext, requireWorkerConsultation } from './workerConsultation';

export interface ConsultationToSave {
  workerId: number;
  /** The saved consultation being changed; null for a new one. */
  consultationId: number | null;
  intake: Intake;
}

/**
 * Saves a consultation as `author`, in one transaction: main evaluates the intake itself with
 * the rules; the consultation starts an episode or continues the one it names (whose dates and
 * work status follow the latest consultation); red flags evaluated earlier in the episode stay
 * evaluated and new evaluations get the author's name and the date; an immediate red flag must be
 * acknowledged; a running return-to-work plan goes on hold while an urgent red flag is open; the
 * draft is removed.
 */
export function saveConsultation(
  store: Store,
  { workerId, consultationId, intake: submitted }: ConsultationToSave,
  author: Pick<User, 'id' | 'name'>,
): Consultation {
  const doctorId = author.id;
  const { episodes, consultations, clock } = store;
  return store.transaction(() => {
    const context = requireEvaluationContext(store, workerId);
    const existing = requireWorkerConsultation(store, workerId, consultationId);
    if (submitted.consultationDate > clock.today()) {
      throw InvalidInputError.field(['intake', 'consultationDate'], 'consultationInFuture');
    }
    const continued = submitted.episodeId === null ? null : episodes.get(submitted.episodeId);
    if (submitted.episodeId !== null && (!continued || continued.workerId !== workerId)) {
      throw InvalidInputError.field(['intake', 'episodeId'], 'invalid');
    }
    const carried = continued
      ? episodeEvaluations(consultations.intakesOfWorker(workerId), continued.id, { upTo: submitted.consultationDate, except: consultationId })
      : [];
    const intake = {
      ...submitted,
      redFlagEvaluations: stampEvaluations(submitted, carried, existing?.consultation.intake.redFlagEvaluations ?? [], author.name),
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
        latest === null || latest.consultation.id === consultationId || latest.consultation.consultationDate <= intake.consultationDate;
      if (isLatest) episodes.update(episodeId, episodeFields);
    } else {
      episodeId = episodes.start(episodeFields, intake.consultationDate);
    }

    const saved = { ...intake, episodeId, acknowledgedRedFlags: intake.acknowledgedRedFlags.filter((code) => immediate.includes(code)) };
    const id = consultations.save({
      ...(existing ? { id: existing.consultation.id } : {}),
      workerId,
      episodeId,
      doctorId: existing?.doctorId ?? doctorId,
      intake: saved,
      evaluation,
    });
    holdPlanWhileUrgent(store, { workerId, episodeId, evaluation }, doctorId);
    consultations.deleteDraft(workerId, doctorId, consultationId);
    const result = consultations.get(id);
    if (!result) throw notFound();
    return result.consultation;
  });
}
