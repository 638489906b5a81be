import type { GeneratedDocument } from '../../../shared/channels/documentChannels';
import type { Language } from '../../../shared/model';
import { notFound } from '../domainError';
import { documentFileName } from '../reports/documentFileName';
import { renderQuestionnaireForm } from '../reports/questionnaireForm/render';
import { buildQuestionnaireFormView } from '../reports/questionnaireForm/view';
import type { Repositories } from '../store/store';

/**
 * The paper questionnaire of a worker in `language`: what is due follows from the latest
 * consultation of the open episode (STarT Back and Örebro once answered are not asked again; the
 * PSK activities named then are rated again). Only the name and today's date come from the dossier.
 */
export async function generateQuestionnaireForm(store: Repositories, workerId: number, language: Language): Promise<GeneratedDocument> {
  const worker = await store.workers.get(workerId);
  const settings = await store.practice.settings();
  if (worker === null || settings === null) throw notFound();
  const episode = await store.episodes.current(workerId);
  const latest = episode === null ? null : await store.consultations.latestInEpisode(episode.id);
  const intake = latest?.consultation.intake ?? null;
  const locale = { language, jurisdiction: settings.jurisdiction };
  const today = store.clock.today();
  const pdf = await renderQuestionnaireForm(
    buildQuestionnaireFormView({
      locale,
      letterhead: { practiceName: settings.name, logo: await store.practice.logo() },
      issuedOn: today,
      issuedAt: store.clock.now(),
      workerName: `${worker.firstName} ${worker.lastName}`,
      startBackAnswered: (intake?.startBack ?? null) !== null,
      orebroAnswered: (intake?.orebro ?? null) !== null,
      pskActivities: intake?.outcomes.psk.map((row) => row.activity) ?? [],
    }),
  );
  return {
    fileName: documentFileName('questionnaire', locale, worker.lastName, today),
    mimeType: 'application/pdf',
    base64: pdf.toString('base64'),
  };
}
