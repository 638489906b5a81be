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
    expect(text).toMatch(/Uitstraling Tot onder de knie, met( \S+){0,6} radiculaire klachten/);
    // Written to the colleague: that advice was given is said; the worker's leaflet is not reprinted.
    expect(text).toContain('Uitleg gegeven over het beloop, met adviezen voor zelfzorg en werk.');
    expect(text).not.toMatch(/Blijf in beweging|in beweging blijven|geen bedrust|tip:/i);
    expect(text).not.toMatch(/\b(uw rug|u kunt)\b/i);
    expect(text).toContain('De werknemer stemt in met deze verwijzing.');
    expect(text).toContain('Met collegiale groet, Dr. Ellen Denkbeeld, bedrijfsarts BIG-nummer 12345678901 Verzonnenstraat 12');
    expect(pdfInfo(pdf).Title).toBe('Verwijsbrief');
  });

  it('fits on one page, routine or urgent, in every language', async () => {
    for (const locale of [
      { language: 'nl', jurisdiction: 'NL' },
      { language: 'nl', jurisdiction: 'BE' },
      { language: 'fr', jurisdiction: 'BE' },
      { language: 'en', jurisdiction: 'NL' },
    ] as const) {
      for (const input of [sampleConsultationInput(locale), sampleUrgentConsultationInput(locale)]) {
        const pdf = await renderReferralLetter(buildReferralLetterView(input));
        expect(pdfInfo(pdf).Pages, `${locale.language}-${locale.jurisdiction} ${input.evaluation.redFlags.urgency}`).toBe('1');
      }
    }
  });

  it('prints the RIZIV number the Belgian way under the doctor’s name, and no number line without one', async () => {
    const fr = flatText(await renderReferralLetter(buildReferralLetterView(sampleConsultationInput({ language: 'fr', jurisdiction: 'BE' }))));
    expect(fr).toContain('Dr. Ellen Denkbeeld, médecin du travail Numéro INAMI 1-98765-43-210');
    expect(fr).toContain('Le travailleur a donné son accord pour cette orientation.');
    const nl = flatText(await renderReferralLetter(buildReferralLetterView(sampleConsultationInput({ language: 'nl', jurisdiction: 'BE' }))));
    expect(nl).toContain('Dr. Ellen Denkbeeld, arbeidsarts RIZIV-nummer 1-98765-43-210');
    const without = flatText(
      await renderReferralLetter(buildReferralLetterView({ ...sampleConsultationInput({ language: 'nl', jurisdiction: 'NL' }), signingDoctorRegistration: null })),
    );
    expect(without).toContain('Dr. Ellen Denkbeeld, bedrijfsarts Verzonnenstraat 12');
    expect(without).not.toContain('BIG-nummer');
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
