import { describe, expect, it } from 'vitest';
import { sampleConsultationInput } from '../../../scripts/samples/sampleCase';
import type { ConsultationDocumentInput } from '../../../src/main/services/reports';
import { buildConsultationRecordView, renderConsultationRecord } from '../../../src/main/services/reports';
import { ADVICE_KEYS, RISK_FACTOR_LABELS, RISK_FACTORS, adviceText, textIn } from '../../../src/shared/rules';
import { adviceContextOf } from '../../../src/main/services/reports/consultationDocumentInput';
import { extractText, flatText, pageLabels, pdfInfo } from './pdfText';

const NL = { language: 'nl', jurisdiction: 'NL' } as const;

function record(input: ConsultationDocumentInput): Promise<Buffer> {
  return renderConsultationRecord(buildConsultationRecordView(input));
}

describe('consultation record', () => {
  it('holds everything recorded and concluded, with the questionnaire scores and their licence notices', async () => {
    const text = flatText(await record(sampleConsultationInput(NL)));
    expect(text).toContain('Anouk Voorbeeld');
    expect(text).toContain('17-04-1988');
    expect(text).toContain('7 weken (49 dagen): subacuut');
    expect(text).toContain('Tot onder de knie');
    expect(text).toContain('Tintelingen aan de buitenkant van het linker onderbeen sinds twee weken.');
    expect(text).toContain('Werkhervatting in aangepast werk volgens schema.');
    // STarT Back: items 1, 3, 4, 5, 6 agreed, bothersomeness 'moderately' -> total 5, psychosocial 2: medium.
    expect(text).toContain('Totaal 5/9, psychosociale subschaal 2/5: Gemiddeld risico');
    // Örebro: 5 + 6 + (10-5) + (10-6) + 4 + 2 + 5 + (10-7) + 6 + 4 = 44 -> low at cut-off 50.
    expect(text).toContain('Totaal 44/100 (grens 50): Laag risico');
    expect(text).toContain('© Keele University');
    expect(text).toContain('Linton SJ');
    expect(text).toContain('Angst om te bewegen');
  });

  it('shows the red flag, its urgency and the action taken', async () => {
    const text = flatText(await record(sampleConsultationInput(NL)));
    expect(text).toContain('Geen verbetering na 6 weken ondanks de gebruikelijke aanpak');
    expect(text).toContain('Niet spoedeisend');
    // The action of this flag (no improvement after 6 weeks), never another routine flag's.
    expect(text).toContain('Geen verbetering na 6 weken: heroverweeg de diagnose en de aanpak');
    expect(text).not.toContain('reumatoloog');
    expect(text).toContain('Verwijsbrief opgesteld voor de huisarts.');
    expect(text).toContain('Lumbosacraal radiculair syndroom (ischias)');
  });

  it('has the plan, the Poortwachter deadlines, the doctor, the date and page X of Y', async () => {
    const pdf = await record(sampleConsultationInput(NL));
    const text = flatText(pdf);
    expect(text).toContain('02-03-2026 13-03-2026 19 Aangepast');
    expect(text).toContain('Maximaal 5 kg tillen of dragen');
    expect(text).toContain('Probleemanalyse door de bedrijfsarts');
    // First sick day 13-01-2026: week 6 ends on day 41 -> 23-02-2026.
    expect(text).toContain('23-02-2026');
    // In date order: the plan van aanpak's evaluation between the plan and the report to UWV in week 42.
    expect(text).toContain('09-03-2026 Evaluatie van het plan van aanpak (minstens elke 6 weken) 20-04-2026 Ziekmelding bij UWV');
    expect(text).toContain('Opgesteld door Dr. Ellen Denkbeeld, bedrijfsarts, op 02-03-2026.');
    const pages = Number(pdfInfo(pdf).Pages);
    expect(pageLabels(pdf, /pagina \d+ van \d+/)).toEqual(Array.from({ length: pages }, (_, i) => `pagina ${i + 1} van ${pages}`));
  });

  it('shows the week-42 report on UWV’s reading too when the legal date is not a working day', async () => {
    const input = sampleConsultationInput({ language: 'nl', jurisdiction: 'NL' });
    const deadlines = input.evaluation.deadlines;
    if (deadlines === null || deadlines.jurisdiction !== 'NL') throw new Error('sample case has Dutch deadlines');
    const milestones = deadlines.milestones.map((m) => (m.code === 'ziekmelding42' ? { ...m, due: '2026-12-26' } : m));
    const evaluation = { ...input.evaluation, deadlines: { ...deadlines, milestones, ziekmelding42FirstWorkingDay: '2026-12-28' } };
    const text = flatText(await record({ ...input, evaluation }));
    expect(text).toContain('26-12-2026 (UWV noemt de eerste werkdag na 42 weken: 28-12-2026)');
  });

  it('is a tagged PDF with its language and metadata, and the same input gives the same bytes', async () => {
    const pdf = await record(sampleConsultationInput(NL));
    const info = pdfInfo(pdf);
    expect(info.Title).toBe('Consultverslag');
    expect(info.Author).toBe('Arbodienst Ruggensteun Zuid (fictief)');
    expect(info.Subject).toContain('lage rugpijn');
    expect(info.Tagged).toBe('yes');
    expect(info.CreationDate).toContain('2026');
    expect(pdf.toString('latin1')).toContain('/Lang (nl-NL)');
    expect(pdf.toString('latin1')).toContain('/DisplayDocTitle true');
    expect((await record(sampleConsultationInput(NL))).equals(pdf)).toBe(true);
  });

  it('renders in French and English, and with Belgian wording in Dutch', async () => {
    const fr = flatText(await record(sampleConsultationInput({ language: 'fr', jurisdiction: 'BE' })));
    expect(fr).toContain('Rapport de consultation');
    expect(fr).toContain('Enregistré par Dr. Ellen Denkbeeld, médecin du travail');
    expect(fr).toContain('Pas d’amélioration après 6 semaines');
    expect(fr).toContain('Fourmillements à la face externe de la jambe gauche');
    expect(fr).toContain('page 1 sur');
    const en = flatText(await record(sampleConsultationInput({ language: 'en', jurisdiction: 'NL' })));
    expect(en).toContain('Consultation record');
    expect(en).toContain('Total 5/9, psychosocial subscale 2/5: Medium risk');
    expect(en).toContain('page 1 of');
    const be = await record(sampleConsultationInput({ language: 'nl', jurisdiction: 'BE' }));
    const beText = flatText(be);
    expect(beText).toContain('Vastgelegd door Dr. Ellen Denkbeeld, arbeidsarts');
    expect(beText).toContain('Niet aan het werk (arbeidsongeschikt)');
    expect(beText).toContain('Fedris');
    expect(be.toString('latin1')).toContain('/Lang (nl-BE)');
  });

  it('paginates a long consultation without cutting any text off', async () => {
    const base = sampleConsultationInput(NL);
    const findings = Array.from({ length: 14 }, (_, i) => `Bevinding ${i + 1}: de werknemer beschrijft uitgebreid hoe de klachten in de loop van de dag veranderen en wat helpt.`).join(' ') + ' EINDEBEVINDINGEN';
    const conclusion = `${'De conclusie is uitvoerig besproken met de werknemer en met de leidinggevende afgestemd. '.repeat(18)}EINDECONCLUSIE`;
    const steps = Array.from({ length: 12 }, (_, i) => ({
      startDate: `2026-${String(3 + Math.floor(i / 4)).padStart(2, '0')}-${String(2 + (i % 4) * 7).padStart(2, '0')}`,
      reviewDate: `2026-${String(3 + Math.floor(i / 4)).padStart(2, '0')}-${String(8 + (i % 4) * 7).padStart(2, '0')}`,
      hoursPerWeek: i === 11 ? 38 : 8 + i * 2.5,
      duties: i === 11 ? ('full' as const) : ('adapted' as const),
      restrictions: i === 11 ? [] : [{ code: 'maxLiftKg' as const, value: 5 + i }, { code: 'noRepeatedBendingTwisting' as const }],
      note: `Stapnotitie ${i + 1}`,
    }));
    const input: ConsultationDocumentInput = {
      ...base,
      intake: {
        ...base.intake,
        findings,
        conclusion,
        advice: ADVICE_KEYS.filter((key) => key !== 'followReferral'),
        riskFactors: RISK_FACTORS.map((factor) => factor.code),
      },
      plan: { ...base.plan, steps },
    };
    const pdf = await record(input);
    const pages = Number(pdfInfo(pdf).Pages);
    expect(pages).toBeGreaterThanOrEqual(5);
    expect(pageLabels(pdf, /pagina \d+ van \d+/)).toEqual(Array.from({ length: pages }, (_, i) => `pagina ${i + 1} van ${pages}`));
    const text = flatText(pdf);
    expect(text).toContain('EINDEBEVINDINGEN');
    expect(text).toContain('EINDECONCLUSIE');
    for (let i = 1; i <= 12; i += 1) expect(text).toContain(`Stapnotitie ${i}`);
    // The last words of every advice text and every risk factor's label are there.
    for (const key of input.intake.advice) {
      expect(text).toContain(textIn(adviceText(key, adviceContextOf(input)), 'nl', input.practice.jurisdiction).split(' ').slice(-4).join(' '));
    }
    for (const factor of RISK_FACTORS) expect(text).toContain(RISK_FACTOR_LABELS[factor.code].nl);
    // The plan's header row is repeated on the page the table continues on.
    const planPages = extractText(pdf)
      .split('\f')
      .filter((page) => page.includes('Stapnotitie'));
    for (const page of planPages) expect(page).toContain('Beperkingen en mogelijkheden');
  });
});
