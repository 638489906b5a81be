import type { GeneratedDocument } from '../../../shared/channels/documentChannels';
import type { FedrisCase } from '../../../shared/channels/legalChannels';
import type { ValidationIssue } from '../../../shared/ipc';
import type { FedrisRequest } from '../../../shared/model';
import {
  FEDRIS_ROUTES,
  addDays,
  fedrisEligibility,
  fedrisEmployerClaimDeadline,
  fedrisExposuresOf,
  fedrisRouteEligibility,
  type FedrisRouteInput,
} from '../../../shared/rules';
import type { User } from '../../../shared/model';
import { InvalidInputError, RefusedError, notFound } from '../domainError';
import { asciiSlug } from '../reports/documentFileName';
import { renderFedrisRequest } from '../reports/fedrisRequest/render';
import type { Repositories } from '../store/store';

/** What the Fedris rules need from the dossier, judged on `on`; null without an incapacity. */
async function routeInputOf(store: Repositories, workerId: number, on: string) {
  const episode = (await store.episodes.forWorker(workerId)).find((e) => e.sickLeaveStart !== null) ?? null;
  const context = await store.consultations.evaluationContext(workerId);
  const start = episode?.sickLeaveStart ?? null;
  if (episode === null || start === null || context === null) return null;
  const latest = await store.consultations.latestInEpisode(episode.id);
  // The incapacity has ended when the worker is back: its last day is the day before the return.
  const ended = episode.sickLeaveEnd !== null && episode.sickLeaveEnd <= on && episode.sickLeaveEnd > start;
  const input: FedrisRouteInput = {
    incapacityStart: start,
    on: on < start ? start : on,
    ...(ended && episode.sickLeaveEnd !== null ? { lastDayOfIncapacity: addDays(episode.sickLeaveEnd, -1) } : {}),
    lbpIncapacityDaysPrevious12Months: latest?.consultation.intake.complaint.lbpIncapacityDaysPrevious12Months ?? 0,
    exposures: fedrisExposuresOf(context.job.exposures),
    sector: context.job.sector,
  };
  return { episode, input };
}

/** BE: Fedris eligibility of the worker's incapacity today, each route, and the saved request. */
export async function fedrisCaseOf(store: Repositories, workerId: number): Promise<FedrisCase | null> {
  const today = store.clock.today();
  const found = await routeInputOf(store, workerId, today);
  if (found === null) return null;
  const request = await store.legalDocuments.fedrisRequest(workerId);
  const input = {
    ...found.input,
    surgeryDate: request?.request.surgeryDate ?? null,
    resumesAdaptedOrOtherWork: request?.request.resumesAdaptedOrOtherWork ?? false,
  };
  const eligibility = fedrisEligibility(input);
  const decision = request?.request.decisionDate ?? null;
  return {
    incapacityStart: input.incapacityStart,
    lastDayOfIncapacity: input.lastDayOfIncapacity ?? null,
    eligible: eligibility.eligible,
    reasons: eligibility.reasons,
    windowOpens: eligibility.windowOpens,
    windowCloses: eligibility.windowCloses,
    relapseRuleApplied: eligibility.relapseRuleApplied,
    routes: FEDRIS_ROUTES.map((route) => ({ route, ...fedrisRouteEligibility(route, input) })),
    request,
    employerClaimDeadline: decision === null ? null : fedrisEmployerClaimDeadline(decision),
  };
}

/**
 * Saves the request (or its decision date) in a Belgian practice: the checklist is complete (the
 * schema requires it) and the chosen route is open on the request date.
 */
export async function saveFedrisRequest(
  store: Repositories,
  input: { workerId: number; request: FedrisRequest },
  user: User,
): Promise<FedrisCase> {
  // The doctor writes and files these documents; a nurse may read them.
  if (user.role !== 'doctor') throw new RefusedError('doctorSignatureRequired');
  return store.transaction(async (tx) => {
    if ((await tx.workers.get(input.workerId)) === null) throw notFound();
    const r = input.request;
    const issues: ValidationIssue[] = [];
    if ((await tx.practice.settings())?.jurisdiction !== 'BE') issues.push({ path: ['request', 'route'], code: 'belgianPracticeOnly' });
    const today = tx.clock.today();
    if (r.requestDate > today) issues.push({ path: ['request', 'requestDate'], code: 'madeOnInFuture' });
    if (r.decisionDate !== null && r.decisionDate > today) issues.push({ path: ['request', 'decisionDate'], code: 'madeOnInFuture' });
    const found = await routeInputOf(tx, input.workerId, r.requestDate);
    if (found === null) issues.push({ path: ['request', 'requestDate'], code: 'noIncapacity' });
    else if (r.requestDate < found.input.incapacityStart) issues.push({ path: ['request', 'requestDate'], code: 'requestBeforeIncapacity' });
    else {
      const route = fedrisRouteEligibility(r.route, { ...found.input, surgeryDate: r.surgeryDate, resumesAdaptedOrOtherWork: r.resumesAdaptedOrOtherWork });
      if (!route.eligible) issues.push({ path: ['request', 'route'], code: 'fedrisRouteClosed' });
    }
    if (issues.length > 0 || found === null) throw new InvalidInputError(issues);
    await tx.legalDocuments.addFedrisRequest({ workerId: input.workerId, episodeId: found.episode.id, request: r, createdBy: user.id });
    const saved = await fedrisCaseOf(tx, input.workerId);
    if (saved === null) throw notFound();
    return saved;
  });
}

/** The Fedris request as a PDF filled in from the dossier, in the practice's language. */
export async function fedrisRequestPdf(store: Repositories, workerId: number): Promise<GeneratedDocument> {
  const worker = await store.workers.get(workerId);
  const settings = await store.practice.settings();
  const fedris = await fedrisCaseOf(store, workerId);
  const context = await store.consultations.evaluationContext(workerId);
  const saved = fedris?.request ?? null;
  if (worker === null || settings === null || fedris === null || saved === null || context === null) throw notFound();
  const locale = { language: settings.language, jurisdiction: settings.jurisdiction };
  const pdf = await renderFedrisRequest({
    locale,
    letterhead: { practiceName: settings.name, logo: await store.practice.logo() },
    issuedAt: store.clock.now(),
    request: saved.request,
    worker: {
      name: `${worker.firstName} ${worker.lastName}`,
      birthDate: worker.birthDate,
      personnelNumber: worker.personnelNumber,
      jobTitle: worker.jobTitle,
      employerName: worker.employerName,
    },
    sector: context.job.sector,
    exposures: fedrisExposuresOf(context.job.exposures),
    incapacityStart: fedris.incapacityStart,
    lastDayOfIncapacity: fedris.lastDayOfIncapacity,
    relapseRuleApplied: fedris.relapseRuleApplied,
    doctor: { name: saved.createdByName, phone: settings.phone, email: settings.email, address: settings.address },
  });
  return {
    fileName: `fedris-${asciiSlug(worker.lastName)}-${saved.request.requestDate}.pdf`,
    mimeType: 'application/pdf',
    base64: pdf.toString('base64'),
  };
}
