import { describe, expect, it } from 'vitest';
import { SAMPLE_PROBLEEMANALYSE, fedrisRequestSample, probleemanalyseSample, reintegrationAssessmentSample } from '../../../scripts/samples/legalSamples';
import { renderPoortwachterDocument } from '../../../src/main/services/reports/poortwachterDocument/render';
import { poortwachterEmployerViewSchema } from '../../../src/main/services/reports/poortwachterDocument/view';
import { renderReintegrationAssessment } from '../../../src/main/services/reports/reintegrationAssessment/render';
import { flatText, pdfInfo } from './pdfText';

/** Words that point to medical data; none may appear in the employer's probleemanalyse. */
const MEDICAL_WORDS = ['rugpijn', 'pijn', 'diagnose:', 'radicul', 'lumbo', 'lumba', 'hernia', 'ischias', 'syndroom', 'rode vlag', 'gele vlag',
  'vragenlijst', 'start back', 'örebro', 'score', 'risico', 'fysiotherap', 'medicatie', 'huisarts', 'mri', 'zenuw', 'tinteling'];

describe('the probleemanalyse for the employer', () => {
  it('gives possibilities, limitations, prognosis in time, own or other work, advice and the action plan’s deadline, in Dutch', async () => {
    const text = flatText(await probleemanalyseSample());
    for (const part of [
      'Probleemanalyse',
      'Wat uw werknemer wel kan',
      'Licht werk in wisselende houding',
      'Niet tillen of dragen boven 5 kg',
      'Volledig herstel wordt verwacht.',
      '13-04-2026',
      'Uw werknemer kan het eigen werk doen, met aanpassingen.',
      'zit-sta-bureau',
      'Elke twee weken vier uur per week erbij',
      'uiterlijk op 16-02-2026',
      'Vertrouwelijk: voor de werkgever, zonder medische gegevens',
    ]) {
      expect(text).toContain(part);
    }
  });

  it('holds no medical term, not even from the doctor’s medical note', async () => {
    const text = flatText(await probleemanalyseSample()).toLowerCase();
    expect(SAMPLE_PROBLEEMANALYSE.medicalNote).toMatch(/radiculair/);
    for (const word of MEDICAL_WORDS) expect(text, word).not.toContain(word);
  });

  it('has no field for medical data: a view with one is refused', async () => {
    const view = poortwachterEmployerViewSchema.parse({
      letterhead: { practiceName: 'P', logo: null },
      issuedAt: '2026-03-16T09:30:00.000Z',
      kind: 'probleemanalyse',
      madeOn: '2026-03-16',
      worker: { name: 'A B', personnelNumber: '1', jobTitle: null, departmentName: null },
      employer: { name: 'E' },
      firstSickDay: '2026-03-01',
      week: 3,
      possibilities: 'x',
      limitations: 'y',
      prognosis: 'unclear',
      expectedReturn: null,
      workOutlook: 'noWorkYet',
      workAdaptations: null,
      actionPlanAdvice: null,
      nextDate: null,
      doctor: { name: 'D', phone: null, email: null, address: null },
    });
    const withNote = { ...view, medicalNote: 'hernia' };
    // @ts-expect-error the employer's view has no medicalNote
    expect(() => renderPoortwachterDocument(withNote)).toThrow();
    expect(pdfInfo(await renderPoortwachterDocument(view)).Pages).toBe('1');
  });
});

describe('the Belgian documents', () => {
  it('re-integration assessment form: decision, functional terms and every term of the trajectory with its source', async () => {
    const text = flatText(await reintegrationAssessmentSample({ language: 'nl', jurisdiction: 'BE' }));
    for (const part of ['Formulier re-integratiebeoordeling', 'A: tijdelijk ongeschikt', '22-12-2025', '02-02-2026', 'KB 11-09-2022', 'Niet tillen boven 5 kg']) {
      expect(text).toContain(part);
    }
    const french = flatText(await reintegrationAssessmentSample({ language: 'fr', jurisdiction: 'BE' }));
    expect(french).toContain('Formulaire d’évaluation de réintégration');
  });

  it('refuses a re-integration assessment view with a diagnosis', () => {
    const view = {
      locale: { language: 'nl', jurisdiction: 'BE' },
      letterhead: { practiceName: 'P', logo: null },
      issuedAt: '2026-03-16T09:30:00.000Z',
      issuedOn: '2026-03-16',
      worker: { name: 'A B', personnelNumber: '1', jobTitle: null },
      employer: { name: 'E' },
      firstDayOfIncapacity: '2026-01-05',
      requestDate: '2026-02-02',
      initiator: 'worker',
      assessmentDate: null,
      decision: null,
      possibilities: null,
      limitations: null,
      terms: [],
      rulesSource: 's',
      doctor: { name: 'D', phone: null, email: null },
    } as const;
    // @ts-expect-error the form has no diagnosis
    expect(() => renderReintegrationAssessment({ ...view, diagnosis: 'hernia' })).toThrow();
  });

  it('Fedris request: filled in from the dossier with the route, the confirmations and the employer’s claim deadline', async () => {
    const text = flatText(await fedrisRequestSample({ language: 'nl', jurisdiction: 'BE' }));
    for (const part of ['Aanvraag Fedris-programma lage rugpijn', 'Anouk Voorbeeld', 'Privésector', 'Manueel hanteren van lasten', '13-01-2026',
      'Arbeidsongeschikt door lage rugpijn, 4 weken tot 6 maanden', 'De behandelend arts is akkoord', '02-09-2026']) {
      expect(text).toContain(part);
    }
  });
});
