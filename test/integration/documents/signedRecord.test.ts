import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HandlerMap } from '../../../src/main/ipc/handlerMap';
import { RED_FLAG_ACTION_TEXTS, RED_FLAG_RULES, redFlagCodeAction, LANGUAGES, RADICULAR_TEXT } from '../../../src/shared/rules';
import { practiceWithDoctor, valueOf } from '../../support/practiceFixture';
import { acuteIntake, storeUnscreened, warehouseWorker } from '../clinicalFixture';
import { flatText } from './pdfText';

/*
 * The consultation record says whether the red flags were gone through, who signed it, and keeps
 * the earlier text of every amendment; the referral letter to a colleague carries no rule hints.
 */

async function generate(handlers: HandlerMap, input: Parameters<HandlerMap['call']>[1]): Promise<Buffer> {
  const document = valueOf(await handlers.call('documents.generate', input as never)) as { base64: string };
  return Buffer.from(document.base64, 'base64');
}

/** Keeps a PDF under test-output/documents for a look by eye. */
function keep(name: string, pdf: Buffer): void {
  const folder = join(__dirname, '..', '..', '..', 'test-output', 'documents');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, name), pdf);
}

async function amendedConsultation(language: 'nl' | 'fr') {
  const practice = await practiceWithDoctor({ jurisdiction: language === 'fr' ? 'BE' : 'NL' });
  const { handlers } = practice;
  if (language === 'fr') {
    const settings = valueOf(await handlers.call('practice.settings', {}));
    valueOf(await handlers.call('practice.updateSettings', { ...settings, language: 'fr' }));
  }
  const worker = await warehouseWorker(handlers);
  const saved = valueOf(
    await handlers.call('consultations.save', {
      workerId: worker.id,
      consultationId: null,
      intake: acuteIntake({ findings: 'Lasègue links positief bij 40 graden.', redFlags: { saddleAnaesthesia: true }, acknowledgedRedFlags: ['saddleAnaesthesia'], immediateReferral: { referredTo: 'SEH Martini Ziekenhuis' } }),
    }),
  );
  valueOf(
    await handlers.call('consultations.save', {
      workerId: worker.id,
      consultationId: saved.id,
      intake: { ...saved.intake, findings: 'Lasègue rechts positief bij 40 graden.' },
      amendmentReason: 'Verkeerde zijde genoteerd',
      basedOnVersion: 1,
    }),
  );
  return { ...practice, worker, consultationId: saved.id };
}

describe('the consultation record of a signed, amended consultation', () => {
  it('names the signature, the screening, the acknowledgement and both versions of the amended text (nl)', async () => {
    const { handlers, consultationId } = await amendedConsultation('nl');
    const pdf = await generate(handlers, { kind: 'consultation-record', consultationId });
    keep('consultverslag-correctie-nl.pdf', pdf);
    const text = flatText(pdf);
    expect(text).toContain('Ondertekend Dr. Test Arts, 16-03-2026 om');
    expect(text).toContain('Screening Nagelopen in dit consult');
    expect(text).toMatch(/Gezien door Dr\. Test Arts op 16-03-2026 om \d\d:30; verwezen naar SEH Martini Ziekenhuis/);
    expect(text).toContain('Geschiedenis van dit consult');
    expect(text).toContain('Reden: Verkeerde zijde genoteerd');
    expect(text).toContain('Lasègue links positief bij 40 graden.');
    expect(text).toContain('Lasègue rechts positief bij 40 graden.');
  });

  it('is in French for a French practice', async () => {
    const { handlers, consultationId } = await amendedConsultation('fr');
    const pdf = await generate(handlers, { kind: 'consultation-record', consultationId });
    keep('consultverslag-correctie-fr.pdf', pdf);
    const text = flatText(pdf);
    expect(text).toContain('Historique de cette consultation');
    expect(text).toContain('Motif : Verkeerde zijde genoteerd');
    expect(text).toContain('Passés en revue lors de cette consultation');
  });

  it('says the red flags were not gone through, and never "none found", for a consultation stored unscreened', async () => {
    const { handlers, store } = await practiceWithDoctor();
    const worker = await warehouseWorker(handlers);
    const saved = valueOf(await handlers.call('consultations.save', { workerId: worker.id, consultationId: null, intake: acuteIntake() }));
    await storeUnscreened(store.sql, saved.id);
    const text = flatText(await generate(handlers, { kind: 'consultation-record', consultationId: saved.id }));
    expect(text).toContain('Screening Niet nagelopen in dit consult');
    expect(text).toContain('De rode vlaggen zijn in dit consult niet nagelopen');
    expect(text).not.toContain('Geen rode vlaggen gevonden');
    expect(text).not.toContain('Geen beeldvorming');
    const letter = flatText(
      await generate(handlers, { kind: 'referral-letter', consultationId: saved.id, referral: { recipient: 'gp', recipientName: null, reason: 'Graag uw beoordeling.', workerConsented: true } }),
    );
    expect(letter).not.toContain('screening op rode vlaggen');
    // The worker leaflet reassures: refused until the red flags were gone through.
    expect(await handlers.call('documents.generate', { kind: 'worker-leaflet', consultationId: saved.id })).toEqual({
      ok: false,
      error: { code: 'leafletNeedsScreening' },
    });
  });
});

describe('the referral letter to a colleague', () => {
  it('prints the flags found but none of the app’s rule hints', async () => {
    const { handlers } = await practiceWithDoctor();
    const employee = await warehouseWorker(handlers);
    // Born 1967: 58 at the first ever back pain (age flag); pain unchanged after 6 weeks (course flag); fever.
    const worker = valueOf(await handlers.call('workers.save', { ...employee, personnelNumber: 'W-58', birthDate: '1967-06-01' }));
    const saved = valueOf(
      await handlers.call('consultations.save', {
        workerId: worker.id,
        consultationId: null,
        intake: acuteIntake({
          complaint: { ...acuteIntake().complaint, onsetDate: '2026-01-26', sickLeaveStart: '2026-01-27', course: 'unchanged', radiation: 'belowKnee' },
          redFlags: { fever: true },
        }),
      }),
    );
    expect(saved.urgency).toBe('within48h');
    const letter = flatText(await generate(handlers, { kind: 'referral-letter', consultationId: saved.id, referral: { recipient: 'gp', workerConsented: true } }));
    expect(letter).toContain('Begin vóór 20 of na 55 jaar');
    expect(letter).toContain('Geen verbetering na 6 weken');
    const hints = [
      ...RED_FLAG_RULES.map((rule) => redFlagCodeAction(rule.code)),
      ...Object.values(RED_FLAG_ACTION_TEXTS),
      RADICULAR_TEXT,
    ].flatMap((text) => [...LANGUAGES.map((language) => text[language]), text.nlBE, text.nlNL].filter((value): value is string => value !== undefined));
    for (const hint of hints) expect(letter).not.toContain(hint.slice(0, 40));
    expect(letter).not.toMatch(/reumatoloog|spondyloartritis/);
  });
});
