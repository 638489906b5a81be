import { describe, expect, it } from 'vitest';
import { practiceWithDoctor, valueOf } from '../../support/practiceFixture';
import { acuteIntake, warehouseWorker } from '../clinicalFixture';
import { flatText, pdfInfo } from './pdfText';

/*
 * documents.questionnaire: the questionnaires due today on paper, in the worker's language, with
 * the name and the date and nothing else of the dossier; logged like every document.
 */

const FINDINGS = 'Fictieve bevindingen: lumbale flexie beperkt.';

function textOf(document: { base64: string }): string {
  return flatText(Buffer.from(document.base64, 'base64'));
}

describe('the paper questionnaire', () => {
  it('holds every questionnaire for a worker without a consultation yet, in Dutch, with tick boxes and the licence notices', async () => {
    const { handlers, store } = await practiceWithDoctor();
    const worker = await warehouseWorker(handlers);
    const document = valueOf(await handlers.call('documents.questionnaire', { workerId: worker.id, language: 'nl' }));
    expect(document.fileName).toBe('vragenlijst-de-wit-2026-03-16.pdf');
    const pdf = Buffer.from(document.base64, 'base64');
    expect(pdfInfo(pdf).Tagged).toBe('yes');
    const text = textOf(document);
    expect(text).toContain('Vragenlijst over uw rug');
    expect(text).toMatch(/Naam Sanne De Wit/);
    expect(text).toMatch(/Datum 16-03-2026/);
    for (const heading of ['Pijn nu', 'Werkvermogen (WAS)', 'Gewerkte uren per week', 'Patiëntspecifieke klachten (PSK)', 'Roland-Morris vragenlijst (functie)', 'STarT Back Screening Tool', 'Örebro-vragenlijst, korte versie']) {
      expect(text).toContain(heading);
    }
    // Roland-Morris as published: one box per statement, ticked when it applies; STarT Back agree or
    // disagree; every scale with 0 to 10 and its ends.
    expect(text.match(/ Klopt /g)).toHaveLength(24);
    expect(text).not.toContain('Klopt niet');
    expect(text.match(/Eens Oneens/g)).toHaveLength(8);
    expect(text).toContain('Activiteit 1:');
    expect(text).toContain('0 1 2 3 4 5 6 7 8 9 10');
    expect(text).toContain('0 = Geen pijn');
    expect(text).toContain('Hoe lang heeft u deze pijn nu al?');
    expect(text).toContain('Meer dan 1 jaar');
    // The licence notices.
    expect(text).toContain('Roland-Morris Disability Questionnaire © Martin Roland en Richard Morris');
    expect(text).toContain('STarT Back Screening Tool © Keele University');
    expect(text).toContain('Linton SJ, Nicholas M, MacDonald S');
    expect(text).toContain('niet de officiële gevalideerde tekst');
    const logged = (await store.accessLog.forWorker(worker.id)).filter((row) => row.channel === 'documents.questionnaire');
    expect(logged).toHaveLength(1);
  });

  it('asks again only what is due after a consultation, rates the activities named then, in French, without clinical data', async () => {
    const { handlers } = await practiceWithDoctor();
    const worker = await warehouseWorker(handlers);
    valueOf(
      await handlers.call('consultations.save', {
        workerId: worker.id,
        consultationId: null,
        intake: acuteIntake({
          findings: FINDINGS,
          startBack: { legPain: true, shoulderOrNeckPain: false, walkedOnlyShortDistances: true, dressedMoreSlowly: false, notSafeToBeActive: true, worryingThoughts: false, painTerribleNeverBetter: false, notEnjoyingThings: false, bothersomeness: 'moderately' },
          outcomes: { workAbility: 3, psk: [{ activity: 'Dozen tillen', score: 8 }] },
        }),
      }),
    );
    const text = textOf(valueOf(await handlers.call('documents.questionnaire', { workerId: worker.id, language: 'fr' })));
    expect(text).toContain('Questionnaire sur votre dos');
    expect(text).toMatch(/Nom Sanne De Wit/);
    // STarT Back was answered in this episode: not asked again; Örebro was not: asked.
    expect(text).not.toContain('STarT Back');
    expect(text).toContain('Questionnaire d’Örebro, version courte');
    expect(text).toContain('1. Dozen tillen');
    expect(text).not.toContain('Activité 1 :');
    expect(text.match(/ C’est vrai /g)).toHaveLength(24);
    // Nothing of the dossier beyond the name and the date.
    for (const clinical of [FINDINGS, 'Magazijn', 'Testbedrijf', '10-05-1980', 'W-1', 'risque faible', 'risque moyen', 'Dr. Test Arts']) expect(text).not.toContain(clinical);
    expect(text).not.toMatch(/\b8\/10\b|Score \d/);
  });

  it('is refused to a prevention advisor, who sees no dossier', async () => {
    const fixture = await practiceWithDoctor();
    const worker = await warehouseWorker(fixture.handlers);
    await fixture.as('preventionAdvisor');
    const refused = await fixture.handlers.call('documents.questionnaire', { workerId: worker.id, language: 'nl' });
    expect(refused.ok).toBe(false);
  });
});
