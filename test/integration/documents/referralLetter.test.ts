import { describe, expect, it } from 'vitest';
import { sampleConsultationInput, sampleUrgentConsultationInput } from '../../../scripts/samples/sampleCase';
import { buildReferralLetterView, renderReferralLetter } from '../../../src/main/services/reports';
import { flatText, pdfInfo } from './pdfText';

describe('referral letter', () => {
  it('gives reason, urgency, relevant findings and what was done and advised', async () => {
    const input = sampleConsultationInput({ language: 'nl', jurisdiction: 'NL' });
    const pdf = await renderReferralLetter(buildReferralLetterView(input));
    const text = flatText(pdf);
    expect(text).toContain('Aan de huisarts');
    expect(text).toContain('Anouk Voorbeeld, geboren op 17-04-1988');
    expect(text).toContain('Urgentie Niet spoedeisend');
    expect(text).toContain('Geen verbetering na 6 weken ondanks de gebruikelijke aanpak: verdenking afwijkend beloop (niet spoedeisend)');
    expect(text).toContain('Graag uw beoordeling van de uitstraling');
    expect(text).toContain('Op 02-03-2026 zag ik Anouk Voorbeeld als bedrijfsarts voor lage rugpijn, begonnen op 12-01-2026.');
    expect(text).toContain('Tintelingen aan de buitenkant van het linker onderbeen');
    expect(text).toContain('Er zijn radiculaire klachten');
    // Written to the colleague: the advice to the worker is named, not copied.
    expect(text).toContain('Adviezen aan de werknemer: in beweging blijven;');
    expect(text).not.toContain('Blijf in beweging');
    expect(text).not.toMatch(/\b(uw rug|u kunt)\b/i);
    expect(text).toContain('Met collegiale groet, Dr. Ellen Denkbeeld bedrijfsarts Arbodienst Ruggensteun Zuid (fictief)');
    expect(pdfInfo(pdf).Title).toBe('Verwijsbrief');
  });

  it('renders in French and English', async () => {
    const fr = flatText(await renderReferralLetter(buildReferralLetterView(sampleConsultationInput({ language: 'fr', jurisdiction: 'BE' }))));
    expect(fr).toContain('Lettre d’orientation');
    expect(fr).toContain('Chère consœur, cher confrère,');
    expect(fr).toContain('en tant que médecin du travail');
    const en = flatText(await renderReferralLetter(buildReferralLetterView(sampleConsultationInput({ language: 'en', jurisdiction: 'NL' }))));
    expect(en).toContain('Referral letter');
    expect(en).toContain('Urgency Routine');
    expect(en).toContain('No improvement after 6 weeks despite the usual approach');
  });

  it('gives the course as the reason when there is no red flag', async () => {
    const input = sampleConsultationInput({ language: 'en', jurisdiction: 'NL' });
    const evaluation = { ...input.evaluation, redFlags: { flags: [], urgency: 'none' as const, radicular: true } };
    const text = flatText(await renderReferralLetter(buildReferralLetterView({ ...input, evaluation })));
    // 7 weeks since onset (subacute), combined chronicity level medium (STarT Back medium, Örebro low).
    expect(text).toContain('The course needs an assessment: the complaints have lasted 7 weeks (subacute); risk of chronic pain: medium risk.');
  });

  it('asks the receiving doctor for an emergency assessment without telling the reader to refer', async () => {
    for (const jurisdiction of ['NL', 'BE'] as const) {
      const text = flatText(await renderReferralLetter(buildReferralLetterView(sampleUrgentConsultationInput({ language: 'nl', jurisdiction }))));
      expect(text).toContain('Ik verwijs met spoed: beoordeling vandaag nog nodig.');
      expect(text).toContain('De werkhervatting wacht op uw beoordeling.');
      expect(text).not.toMatch(/Verwijs nu/);
      expect(text).not.toMatch(/Verwijs (nu )?door naar de spoedgevallendienst|naar de spoedeisende hulp/);
    }
  });

  it('keeps the capitals of proper nouns inside a sentence: ziekte van Bechterew', async () => {
    const input = sampleConsultationInput({ language: 'nl', jurisdiction: 'NL' });
    const evaluation = {
      ...input.evaluation,
      redFlags: {
        flags: [{ code: 'inflammatoryBackPain' as const, suspected: 'axialSpondyloarthritis' as const, urgency: 'routine' as const, status: 'open' as const }],
        urgency: 'routine' as const,
        radicular: false,
      },
    };
    const text = flatText(await renderReferralLetter(buildReferralLetterView({ ...input, evaluation })));
    expect(text).toContain('verdenking axiale spondyloartritis (ziekte van Bechterew)');
  });

  it('lists a flag evaluated before under what was done, not as a reason', async () => {
    const input = sampleConsultationInput({ language: 'nl', jurisdiction: 'NL' });
    const evaluation = {
      ...input.evaluation,
      redFlags: {
        flags: [{ code: 'historyOfCancer' as const, suspected: 'malignancy' as const, urgency: 'within48h' as const, status: 'evaluated' as const }],
        urgency: 'none' as const,
        radicular: false,
      },
    };
    const intake = {
      ...input.intake,
      redFlagEvaluations: [{ code: 'historyOfCancer' as const, note: 'verwezen, maligniteit uitgesloten', evaluatedBy: 'Dr. Ellen Denkbeeld', evaluatedOn: '2026-02-16' }],
    };
    const text = flatText(await renderReferralLetter(buildReferralLetterView({ ...input, intake, evaluation })));
    expect(text).toContain('Eerder geëvalueerd: Maligniteit in de voorgeschiedenis (16-02-2026: verwezen, maligniteit uitgesloten).');
    expect(text).not.toContain('verdenking maligniteit');
  });

  it('is only written when the doctor made a referral', () => {
    const input = sampleConsultationInput({ language: 'nl', jurisdiction: 'NL' });
    expect(() => buildReferralLetterView({ ...input, referral: null })).toThrow(RangeError);
  });
});
