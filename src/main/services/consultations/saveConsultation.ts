import type { Consultation, ImmediateReferral, Intake, User } from '../../../shared/model';
import { InvalidInputError, notFound } from '../domainError';
import { holdPlanWhileUrgent } from '../plans/returnToWorkPlans';
import type { Repositories } from '../store/store';
import { episodeEvaluations, stampEvaluations } from '../episodes/episodeHistory';
import { evaluateIntake } from './evaluateIntake';
import { requireEvaluationContext, requireWorkerConsultation } from './workerConsultation';

export interface ConsultationToSave {
  workerId: number;
  /** The saved consultation being changed; null for a new one. */
  consultationId: number | null;
  intake: Intake;
  /** Why a signed consultation is amended; null for a new consultation. */
  amendmentReason?: string | null;
  /** The version of the signed consultation the amendment was made from (consultationVersion); null for a new one. */
  basedOnVersion?: number | null;
}

/**
 * Where an immediate red flag sent the worker, stamped with who acknowledged it and when. An
 * amendment that keeps the destination keeps the original stamp.
 */
function stampImmediateReferral(
  submitted: ImmediateReferral | null,
  earlier: ImmediateReferral | null,
  authorName: string,
  now: string,
): ImmediateReferral | null {
  if (submitted === null) return null;
  if (earlier !== null && earlier.acknowledgedAt !== null && earlier.referredTo === submitted.referredTo) return earlier;
  return { referredTo: submitted.referredTo, acknowledgedBy: authorName, acknowledgedAt: now };
}

/**
 * Saves a consultation as `author`, in one transaction: main evaluates the intake itself with
 * the rules; the consultation starts an episode or continues the one it names (whose dates and
 * work status follow the latest consultation); red flags evaluated earlier in the episode stay
 * evaluated and new evaluations get the author's name and the date; the red flags must have been
 * screened (an amendment of a consultation stored unscreened may leave it so); an immediate red
 * flag must be acknowledged with where the worker was sent; a running return-to-work plan goes on
 * hold while an urgent red flag is open; the draft is removed. A new consultation is signed by its
 * author; a saved one changes only by an amendment with a reason, which keeps the earlier version,
 * and only from the version stored now ('changedMeanwhile' when someone amended it since; nothing is
 * written).
 */
export function saveConsultation(store: Repositories, consultation: ConsultationToSave, author: Pick<User, 'id' | 'name'>): Promise<Consultation> {
  return store.transaction((tx) => saveConsultationIn(tx, consultation, author));
}

/** The same inside the caller's transaction `tx` (the handler's, which writes the access log in it too). */
export async function saveConsultationIn(
  tx: Repositories,
  { workerId, consultationId, intake: submitted, amendmentReason = null, basedOnVersion = null }: ConsultationToSave,
  author: Pick<User, 'id' | 'name'>,
): Promise<Consultation> {
  const doctorId = author.id;
  const { episodes, consultations, clock } = tx;
  const context = await requireEvaluationContext(tx, workerId);
  const existing = await requireWorkerConsultation(tx, workerId, consultationId);
  if (existing !== null && amendmentReason === null) throw InvalidInputError.field(['amendmentReason'], 'required');
  if (existing === null && amendmentReason !== null) throw InvalidInputError.field(['amendmentReason'], 'invalid');
  if (existing !== null && basedOnVersion === null) throw InvalidInputError.field(['basedOnVersion'], 'required');
  if (existing === null && basedOnVersion !== null) throw InvalidInputError.field(['basedOnVersion'], 'invalid');
  const mayStayUnscreened = existing !== null && !existing.consultation.intake.redFlagsScreened;
  if (!submitted.redFlagsScreened && !mayStayUnscreened) throw InvalidInputError.field(['intake', 'redFlagsScreened'], 'redFlagsNotScreened');
  if (submitted.consultationDate > clock.today()) {
    throw InvalidInputError.field(['intake', 'consultationDate'], 'consultationInFuture');
  }
  const continued = submitted.episodeId === null ? null : await episodes.get(submitted.episodeId);
  if (submitted.episodeId !== null && (!continued || continued.workerId !== workerId)) {
    throw InvalidInputError.field(['intake', 'episodeId'], 'invalid');
  }
  const carried = continued
    ? episodeEvaluations(await consultations.intakesOfWorker(workerId), continued.id, { upTo: submitted.consultationDate, except: consultationId })
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
  if (immediate.length > 0 && intake.immediateReferral === null) {
    throw InvalidInputError.field(['intake', 'immediateReferral', 'referredTo'], 'required');
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
    const latest = await consultations.latestInEpisode(episodeId);
    const isLatest =
      latest === null || latest.consultation.id === consultationId || latest.consultation.consultationDate <= intake.consultationDate;
    if (isLatest) await episodes.update(episodeId, episodeFields);
  } else {
    episodeId = await episodes.start(episodeFields, intake.consultationDate);
  }

  const saved = {
    ...intake,
    episodeId,
    acknowledgedRedFlags: intake.acknowledgedRedFlags.filter((code) => immediate.includes(code)),
    immediateReferral:
      immediate.length === 0
        ? null
        : stampImmediateReferral(intake.immediateReferral, existing?.consultation.intake.immediateReferral ?? null, author.name, clock.now()),
  };
  const id = await consultations.save(
    {
      ...(existing ? { id: existing.consultation.id } : {}),
      workerId,
      episodeId,
      doctorId: existing?.doctorId ?? doctorId,
      intake: saved,
      evaluation,
    },
    existing && amendmentReason !== null && basedOnVersion !== null ? { amendedBy: doctorId, reason: amendmentReason, basedOnVersion } : undefined,
  );
  await holdPlanWhileUrgent(tx, { workerId, episodeId, evaluation }, doctorId);
  await consultations.deleteDraft(workerId, doctorId, consultationId);
  const result = await consultations.get(id);
  if (!result) throw notFound();
  return result.consultation;
}
