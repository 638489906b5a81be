/*
 * Samples of the legal-trajectory documents for the fictitious worker of sampleCase.ts: the
 * probleemanalyse (employer's version, Dutch), the Belgian re-integration assessment form and the
 * Fedris request, each in the letterhead of the sample practice.
 */
import type { Locale } from '../../src/shared/i18n';
import { poortwachterDocumentSchema, fedrisRequestSchema } from '../../src/shared/model';
import { belgianTrajectoryTerms, trajectoryRulesFor } from '../../src/shared/rules';
import { renderFedrisRequest } from '../../src/main/services/reports/fedrisRequest/render';
import { renderPoortwachterDocument } from '../../src/main/services/reports/poortwachterDocument/render';
import { toPoortwachterEmployerView } from '../../src/main/services/reports/poortwachterDocument/view';
import { renderReintegrationAssessment } from '../../src/main/services/reports/reintegrationAssessment/render';
import { SAMPLE_ISSUED_AT, sampleConsultationInput } from './sampleCase';

/** The doctor's probleemanalyse of the sample worker, with a medical note that must never reach the employer. */
export const SAMPLE_PROBLEEMANALYSE = poortwachterDocumentSchema.parse({
  kind: 'probleemanalyse',
  madeOn: '2026-02-02',
  possibilities: 'Licht werk in wisselende houding: administratie, orderverwerking, korte looprondes. Vier uur per dag, opbouwend.',
  limitations: 'Niet tillen of dragen boven 5 kg; niet langer dan 30 minuten achtereen staan of zitten; geen werk met trillingen van het hele lichaam.',
  prognosis: 'fullRecovery',
  expectedReturn: '2026-04-13',
  workOutlook: 'ownWorkAdapted',
  workAdaptations: 'Tijdelijk orderverwerking aan een zit-sta-bureau; de heftruck en het zware inpakwerk voorlopig niet.',
  actionPlanAdvice: 'Elke twee weken vier uur per week erbij; na zes weken samen evalueren; daarna het eigen werk stap voor stap hervatten.',
  medicalNote: 'Lumbosacraal radiculair syndroom L5 links, geen rode vlaggen; STarT Back middelmatig risico; fysiotherapie loopt.',
});

export async function probleemanalyseSample(): Promise<Buffer> {
  const input = sampleConsultationInput({ language: 'nl', jurisdiction: 'NL' });
  return renderPoortwachterDocument(
    toPoortwachterEmployerView({
      document: SAMPLE_PROBLEEMANALYSE,
      letterhead: { practiceName: input.practice.name, logo: input.practice.logo },
      issuedAt: SAMPLE_ISSUED_AT,
      worker: input.worker,
      firstSickDay: input.intake.complaint.sickLeaveStart ?? SAMPLE_PROBLEEMANALYSE.madeOn,
      week: 3,
      nextDate: '2026-02-16',
      doctor: { name: input.signingDoctorName, phone: input.practice.phone, email: input.practice.email, address: input.practice.address },
    }),
  );
}

export async function reintegrationAssessmentSample(locale: Locale): Promise<Buffer> {
  const belgian: Locale = { language: locale.language, jurisdiction: 'BE' };
  const input = sampleConsultationInput(belgian);
  const firstDayOfIncapacity = '2025-09-01';
  const terms = belgianTrajectoryTerms({
    firstDayOfIncapacity,
    requestDate: '2025-11-03',
    initiator: 'worker',
    assessment: { decision: 'A', date: '2025-12-01' },
  });
  return renderReintegrationAssessment({
    locale: belgian,
    letterhead: { practiceName: input.practice.name, logo: input.practice.logo },
    issuedAt: SAMPLE_ISSUED_AT,
    issuedOn: '2025-12-01',
    worker: { name: `${input.worker.firstName} ${input.worker.lastName}`, personnelNumber: input.worker.personnelNumber, jobTitle: input.worker.jobTitle },
    employer: { name: input.worker.employerName },
    firstDayOfIncapacity,
    requestDate: '2025-11-03',
    initiator: 'worker',
    assessmentDate: '2025-12-01',
    decision: 'A',
    possibilities: 'Administratief werk en orderverwerking, afwisselend zittend en staand, halve dagen.',
    limitations: 'Niet tillen boven 5 kg; geen heftruck; niet langer dan 30 minuten in dezelfde houding.',
    terms: terms.terms.map((term) => ({ code: term.code, date: term.date })),
    rulesSource: trajectoryRulesFor('2025-11-03').source,
    doctor: { name: input.signingDoctorName, phone: input.practice.phone, email: input.practice.email },
  });
}

export async function fedrisRequestSample(locale: Locale): Promise<Buffer> {
  const belgian: Locale = { language: locale.language, jurisdiction: 'BE' };
  const input = sampleConsultationInput(belgian);
  return renderFedrisRequest({
    locale: belgian,
    letterhead: { practiceName: input.practice.name, logo: input.practice.logo },
    issuedAt: SAMPLE_ISSUED_AT,
    request: fedrisRequestSchema.parse({
      route: 'incapacity',
      requestDate: '2026-02-23',
      healthSurveillance: true,
      treatingDoctorAgrees: true,
      workerAgrees: true,
      decisionDate: '2026-03-02',
    }),
    worker: {
      name: `${input.worker.firstName} ${input.worker.lastName}`,
      birthDate: input.worker.birthDate,
      personnelNumber: input.worker.personnelNumber,
      jobTitle: input.worker.jobTitle,
      employerName: input.worker.employerName,
    },
    sector: 'private',
    exposures: ['manualHandling', 'ergonomicBackLoad'],
    incapacityStart: input.intake.complaint.sickLeaveStart ?? '2026-01-13',
    lastDayOfIncapacity: null,
    relapseRuleApplied: false,
    doctor: { name: input.signingDoctorName, phone: input.practice.phone, email: input.practice.email, address: input.practice.address },
  });
}
