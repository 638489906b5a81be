import type { GeneratedDocument } from '../../../shared/channels/documentChannels';
import type { ValidationIssue } from '../../../shared/ipc';
import type { PoortwachterDocument, SavedPoortwachterDocument } from '../../../shared/model';
import type { User } from '../../../shared/model';
import { InvalidInputError, RefusedError, notFound } from '../domainError';
import { asciiSlug } from '../reports/documentFileName';
import { renderPoortwachterDocument } from '../reports/poortwachterDocument/render';
import { toPoortwachterEmployerView } from '../reports/poortwachterDocument/view';
import type { Repositories } from '../store/store';
import { poortwachterCaseOfWorker } from './poortwachterCaseOfWorker';

/**
 * Saves a Poortwachter document the doctor made: in a Dutch practice, for a worker with sick leave,
 * dated on a day of the case (not before its first sick day, not in the future). It belongs to the
 * worker's newest episode with sick leave.
 */
export async function savePoortwachterDocument(
  store: Repositories,
  input: { workerId: number; document: PoortwachterDocument },
  user: User,
): Promise<SavedPoortwachterDocument> {
  // The doctor writes and files these documents; a nurse may read them.
  if (user.role !== 'doctor') throw new RefusedError('doctorSignatureRequired');
  return store.transaction(async (tx) => {
    if ((await tx.workers.get(input.workerId)) === null) throw notFound();
    const { madeOn } = input.document;
    const issues: ValidationIssue[] = [];
    if ((await tx.practice.settings())?.jurisdiction !== 'NL') issues.push({ path: ['document', 'kind'], code: 'dutchPracticeOnly' });
    const episode = (await tx.episodes.forWorker(input.workerId)).find((e) => e.sickLeaveStart !== null);
    const today = tx.clock.today();
    if (madeOn > today) issues.push({ path: ['document', 'madeOn'], code: 'madeOnInFuture' });
    if (episode === undefined) issues.push({ path: ['document', 'madeOn'], code: 'noSickLeave' });
    else {
      const poortwachter = await poortwachterCaseOfWorker(tx, input.workerId, today);
      const first = poortwachter?.periods[0]?.firstSickDay ?? episode.sickLeaveStart;
      if (first !== null && madeOn < first) issues.push({ path: ['document', 'madeOn'], code: 'madeOnBeforeSickLeave' });
    }
    if (issues.length > 0 || episode === undefined) throw new InvalidInputError(issues);
    const id = await tx.legalDocuments.addPoortwachter({ workerId: input.workerId, episodeId: episode.id, document: input.document, createdBy: user.id });
    const saved = await tx.legalDocuments.poortwachterDocument(input.workerId, id);
    if (saved === null) throw notFound();
    return saved;
  });
}

/** The date the employer's version names as the next step: the action plan's deadline, or UWV's advised evaluation. */
function nextDateOf(saved: SavedPoortwachterDocument, poortwachter: Awaited<ReturnType<typeof poortwachterCaseOfWorker>>): string | null {
  if (poortwachter === null) return null;
  if (saved.document.kind === 'probleemanalyse') return poortwachter.milestones.find((m) => m.code === 'planVanAanpak')?.due ?? null;
  if (saved.document.kind === 'evaluatieAdvies') return poortwachter.nextEvaluationAdvice;
  return null;
}

/** The employer's version of a saved Poortwachter document, as a Dutch PDF on the practice's letterhead. */
export async function poortwachterDocumentPdf(store: Repositories, input: { workerId: number; documentId: number }): Promise<GeneratedDocument> {
  const saved = await store.legalDocuments.poortwachterDocument(input.workerId, input.documentId);
  const worker = await store.workers.get(input.workerId);
  const settings = await store.practice.settings();
  if (saved === null || worker === null || settings === null) throw notFound();
  const poortwachter = await poortwachterCaseOfWorker(store, input.workerId, saved.document.madeOn);
  const view = toPoortwachterEmployerView({
    document: saved.document,
    letterhead: { practiceName: settings.name, logo: await store.practice.logo() },
    issuedAt: store.clock.now(),
    worker,
    firstSickDay: poortwachter?.periods[0]?.firstSickDay ?? saved.document.madeOn,
    week: poortwachter?.week ?? 1,
    nextDate: nextDateOf(saved, poortwachter),
    doctor: { name: saved.createdByName, phone: settings.phone, email: settings.email, address: settings.address },
  });
  const pdf = await renderPoortwachterDocument(view);
  return {
    fileName: `${asciiSlug(saved.document.kind)}-${asciiSlug(worker.lastName)}-${saved.document.madeOn}.pdf`,
    mimeType: 'application/pdf',
    base64: pdf.toString('base64'),
  };
}
