/**
 * `npm run documents:samples -- <folder>`: writes one of each document from a generated fictitious
 * case (consultation-record.pdf, employer-advice.pdf, referral-letter.pdf, worker-leaflet.pdf and
 * workplace-report.pdf), the leaflet and referral letter of the same worker with an open cauda
 * equina flag (worker-leaflet-urgent.pdf, referral-letter-urgent.pdf), the legal documents
 * (probleemanalyse.pdf for the employer, re-integratiebeoordeling.pdf, fedris-aanvraag.pdf), the paper questionnaire (questionnaire.pdf) plus samples.json listing the fictitious employer, departments and workers
 * used. Optional `--language nl|fr|en` and `--jurisdiction NL|BE` (default nl, NL).
 * Review them by eye with `pdftoppm -png -r 60 <file> <prefix>`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONSULTATION_DOCUMENT_KINDS, renderConsultationDocument } from '../src/main/services/reports';
import { renderQuestionnaireForm } from '../src/main/services/reports/questionnaireForm/render';
import { buildQuestionnaireFormView } from '../src/main/services/reports/questionnaireForm/view';
import type { Locale } from '../src/shared/i18n';
import { jurisdiction, language } from '../src/shared/model';
import { sampleConsultationInput, sampleUrgentConsultationInput, sampleWorkplace } from './samples/sampleCase';
import { fedrisRequestSample, probleemanalyseSample, reintegrationAssessmentSample } from './samples/legalSamples';
import { writeWorkplaceReportSample } from './samples/workplaceReportSample';

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const locale: Locale = {
    language: language.parse(option(args, '--language') ?? 'nl'),
    jurisdiction: jurisdiction.parse(option(args, '--jurisdiction') ?? 'NL'),
  };
  const optionValues = new Set([option(args, '--language'), option(args, '--jurisdiction')]);
  const folderArgument = args.find((arg) => !arg.startsWith('--') && !optionValues.has(arg));
  if (folderArgument === undefined) {
    console.error('Usage: npm run documents:samples -- <folder> [--language nl|fr|en] [--jurisdiction NL|BE]');
    process.exitCode = 2;
    return;
  }
  const folder = resolve(folderArgument);
  mkdirSync(folder, { recursive: true });

  const input = sampleConsultationInput(locale);
  const written: string[] = [];
  for (const kind of CONSULTATION_DOCUMENT_KINDS) {
    const path = join(folder, `${kind}.pdf`);
    writeFileSync(path, await renderConsultationDocument(kind, input));
    written.push(path);
  }
  const urgent = sampleUrgentConsultationInput(locale);
  for (const kind of ['worker-leaflet', 'referral-letter'] as const) {
    const path = join(folder, `${kind}-urgent.pdf`);
    writeFileSync(path, await renderConsultationDocument(kind, urgent));
    written.push(path);
  }

  // The legal documents: the probleemanalyse is always Dutch (NL); the Belgian ones in the chosen language.
  const legal: Array<[string, Promise<Buffer>]> = [
    ['probleemanalyse.pdf', probleemanalyseSample()],
    ['re-integratiebeoordeling.pdf', reintegrationAssessmentSample(locale)],
    ['fedris-aanvraag.pdf', fedrisRequestSample(locale)],
  ];
  for (const [file, pdf] of legal) {
    const path = join(folder, file);
    writeFileSync(path, await pdf);
    written.push(path);
  }

  // The paper questionnaire of a worker without earlier answers: every questionnaire, activities to name.
  const questionnairePath = join(folder, 'questionnaire.pdf');
  writeFileSync(
    questionnairePath,
    await renderQuestionnaireForm(
      buildQuestionnaireFormView({
        locale,
        letterhead: { practiceName: input.practice.name, logo: null },
        issuedOn: input.issuedOn,
        issuedAt: input.issuedAt,
        workerName: `${input.worker.firstName} ${input.worker.lastName}`,
        startBackAnswered: false,
        orebroAnswered: false,
        pskActivities: [],
      }),
    ),
  );
  written.push(questionnairePath);

  const workplace = sampleWorkplace();
  const workplaceReport = await writeWorkplaceReportSample(folder, workplace);
  if (workplaceReport !== null) written.push(workplaceReport);

  const samplesPath = join(folder, 'samples.json');
  const listing = {
    note: 'Every name in these samples is fictitious.',
    locale,
    employer: workplace.employer,
    departments: workplace.departments.map((department) => ({
      ...department,
      workerCount: workplace.workers.filter((worker) => worker.departmentKey === department.key).length,
    })),
    workers: workplace.workers.map((worker) => ({
      personnelNumber: worker.personnelNumber,
      firstName: worker.firstName,
      lastName: worker.lastName,
      birthDate: worker.birthDate,
      departmentKey: worker.departmentKey,
      jobKey: worker.jobKey,
      consultations: worker.consultations.length,
    })),
    consultationDocumentsWorker: input.worker,
  };
  writeFileSync(samplesPath, `${JSON.stringify(listing, null, 2)}\n`);
  written.push(samplesPath);
  for (const path of written) console.log(path);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
