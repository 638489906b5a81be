import type { GeneratedDocument } from '../../../shared/channels/documentChannels';
import type { BelgianCase } from '../../../shared/channels/legalChannels';
import { translate } from '../../../shared/i18n';
import type { ValidationIssue } from '../../../shared/ipc';
import type { ReintegrationTrajectory, SavedTrajectory } from '../../../shared/model';
import {
  HEALTH_FUND_QUESTIONNAIRE_DAYS,
  addDays,
  belgianMilestones,
  belgianTrajectoryTerms,
  trajectoryRulesFor,
  type TrajectoryTerms,
} from '../../../shared/rules';
import type { User } from '../../../shared/model';
import { InvalidInputError, RefusedError, notFound } from '../domainError';
import { asciiSlug } from '../reports/documentFileName';
import { renderReintegrationAssessment } from '../reports/reintegrationAssessment/render';
import type { Repositories } from '../store/store';

/** The milestone code of the health fund's questionnaire around week 10. */
const HEALTH_FUND_QUESTIONNAIRE = 'healthFundQuestionnaire' as const;

/** The worker's newest episode with an incapacity for work. */
async function incapacityEpisode(store: Repositories, workerId: number) {
  return (await store.episodes.forWorker(workerId)).find((episode) => episode.sickLeaveStart !== null) ?? null;
}

function termsOf(firstDayOfIncapacity: string, saved: SavedTrajectory): TrajectoryTerms {
  const t = saved.trajectory;
  return belgianTrajectoryTerms({
    firstDayOfIncapacity,
    requestDate: t.requestDate,
    initiator: t.initiator,
    definitiveUnfitnessCertificate: t.definitiveUnfitnessCertificate,
    workerConsent: t.workerConsent,
    assessment: t.decision !== null && t.assessmentDate !== null ? { decision: t.decision, date: t.assessmentDate } : null,
    planReceivedOn: t.planReceivedOn,
  });
}

/**
 * BE: the milestones of the worker's incapacity under the rules of its first day (with the health
 * fund's questionnaire around week 10) and the re-integration trajectory with every term under the
 * rules of its request date; null when the worker never had an incapacity.
 */
export async function belgianCaseOf(store: Repositories, workerId: number): Promise<BelgianCase | null> {
  const episode = await incapacityEpisode(store, workerId);
  const start = episode?.sickLeaveStart ?? null;
  if (episode === null || start === null) return null;
  const trajectory = await store.legalDocuments.trajectory(workerId);
  const terms = trajectory === null ? null : termsOf(start, trajectory);
  const rules = terms?.rules ?? trajectoryRulesFor(start);
  return {
    firstDayOfIncapacity: start,
    incapacityEnded: episode.sickLeaveEnd,
    rules,
    milestones: [
      ...belgianMilestones(start).map((m) => ({ code: m.code, date: m.date })),
      { code: HEALTH_FUND_QUESTIONNAIRE, date: addDays(start, HEALTH_FUND_QUESTIONNAIRE_DAYS) },
    ].sort((a, b) => a.date.localeCompare(b.date)),
    trajectory,
    terms: terms === null ? null : { employerMayStartFrom: terms.employerMayStartFrom, refusals: terms.refusals, terms: terms.terms },
  };
}

/**
 * Saves a version of the trajectory in a Belgian practice: for a worker with an incapacity, requested
 * on or after its first day and not in the future, and by the employer only when the rules of the
 * request date allow it.
 */
export async function saveTrajectory(
  store: Repositories,
  input: { workerId: number; trajectory: ReintegrationTrajectory },
  user: User,
): Promise<BelgianCase> {
  // The doctor writes and files these documents; a nurse may read them.
  if (user.role !== 'doctor') throw new RefusedError('doctorSignatureRequired');
  return store.transaction(async (tx) => {
    if ((await tx.workers.get(input.workerId)) === null) throw notFound();
    const t = input.trajectory;
    const issues: ValidationIssue[] = [];
    if ((await tx.practice.settings())?.jurisdiction !== 'BE') issues.push({ path: ['trajectory', 'requestDate'], code: 'belgianPracticeOnly' });
    const episode = await incapacityEpisode(tx, input.workerId);
    const start = episode?.sickLeaveStart ?? null;
    const today = tx.clock.today();
    if (t.requestDate > today) issues.push({ path: ['trajectory', 'requestDate'], code: 'madeOnInFuture' });
    if (t.assessmentDate !== null && t.assessmentDate > today) issues.push({ path: ['trajectory', 'assessmentDate'], code: 'madeOnInFuture' });
    if (episode === null || start === null) issues.push({ path: ['trajectory', 'requestDate'], code: 'noIncapacity' });
    else if (t.requestDate < start) issues.push({ path: ['trajectory', 'requestDate'], code: 'requestBeforeIncapacity' });
    else {
      const terms = belgianTrajectoryTerms({
        firstDayOfIncapacity: start,
        requestDate: t.requestDate,
        initiator: t.initiator,
        definitiveUnfitnessCertificate: t.definitiveUnfitnessCertificate,
        workerConsent: t.workerConsent,
      });
      for (const refusal of terms.refusals) issues.push({ path: ['trajectory', refusal === 'employerTooEarly' ? 'requestDate' : 'workerConsent'], code: refusal });
    }
    if (issues.length > 0 || episode === null) throw new InvalidInputError(issues);
    await tx.legalDocuments.addTrajectory({ workerId: input.workerId, episodeId: episode.id, trajectory: t, createdBy: user.id });
    const saved = await belgianCaseOf(tx, input.workerId);
    if (saved === null) throw notFound();
    return saved;
  });
}

/** The re-integration assessment form of the worker's trajectory, as PDF in the practice's language. */
export async function reintegrationAssessmentPdf(store: Repositories, workerId: number): Promise<GeneratedDocument> {
  const worker = await store.workers.get(workerId);
  const settings = await store.practice.settings();
  const belgian = await belgianCaseOf(store, workerId);
  const saved = belgian?.trajectory ?? null;
  if (worker === null || settings === null || belgian === null || saved === null) throw notFound();
  const t = saved.trajectory;
  const locale = { language: settings.language, jurisdiction: settings.jurisdiction };
  const pdf = await renderReintegrationAssessment({
    locale,
    letterhead: { practiceName: settings.name, logo: await store.practice.logo() },
    issuedAt: store.clock.now(),
    issuedOn: store.clock.today(),
    worker: { name: `${worker.firstName} ${worker.lastName}`, personnelNumber: worker.personnelNumber, jobTitle: worker.jobTitle },
    employer: { name: worker.employerName },
    firstDayOfIncapacity: belgian.firstDayOfIncapacity,
    requestDate: t.requestDate,
    initiator: t.initiator,
    assessmentDate: t.assessmentDate,
    decision: t.decision,
    possibilities: t.possibilities,
    limitations: t.limitations,
    terms: (belgian.terms?.terms ?? []).map((term) => ({ code: term.code, date: term.date })),
    rulesSource: belgian.rules.source,
    doctor: { name: saved.createdByName, phone: settings.phone, email: settings.email },
  });
  return {
    fileName: `${asciiSlug(translate(locale, 'legal.assessmentPdf.title'))}-${asciiSlug(worker.lastName)}-${store.clock.today()}.pdf`,
    mimeType: 'application/pdf',
    base64: pdf.toString('base64'),
  };
}
