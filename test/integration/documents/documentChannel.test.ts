import { describe, expect, it } from 'vitest';
import type { HandlerMap } from '../../../src/main/ipc/handlerMap';
import { asciiSlug, documentFileName } from '../../../src/main/services/reports/documentFileName';
import type { Store } from '../../../src/main/services/store/store';
import type { IntakeInput } from '../../../src/shared/model';
import { practiceWithDoctor, valueOf } from '../../support/practiceFixture';
import { acuteIntake, warehouseWorker } from '../clinicalFixture';
import { flatText, pdfInfo } from './pdfText';

/*
 * documents.generate through the handler map on a real SQLite practice: the documents of a saved
 * consultation, in the practice's language, each one recorded in the access log.
 */

const FINDINGS = 'Fictieve bevindingen: lumbale flexie beperkt door pijn, geen neurologische uitval.';

/** Words that point to medical data (see employerAdvice.test.ts); none may reach the employer. */
const MEDICAL_WORDS = ['rugpijn', 'pijn', 'diagnose', 'klacht', 'ischias', 'radicul', 'rode vlag', 'gele vlag', 'vragenlijst', 'score', 'risicofactor', 'roken', 'huisarts', 'verwij', 'bevinding', 'flexie', 'neurolog'];

async function savedConsultation(handlers: HandlerMap, overrides: Partial<IntakeInput> = {}) {
  const worker = await warehouseWorker(handlers);
  const consultation = valueOf(
    await handlers.call('consultations.save', { workerId: worker.id, consultationId: null, intake: acuteIntake({ findings: FINDINGS, ...overrides }) }),
  );
  return { worker, consultation };
}

function pdfOf(document: { base64: string }): Buffer {
  return Buffer.from(document.base64, 'base64');
}

function documentRows(store: Store, workerId: number) {
  return store.accessLog.forWorker(workerId).filter((row) => row.channel === 'documents.generate');
}

describe('documents.generate', () => {
  it('makes the consultation record of a saved consultation and logs it', async () => {
    const { handlers, store } = await practiceWithDoctor();
    const { worker, consultation } = await savedConsultation(handlers);

    const document = valueOf(await handlers.call('documents.generate', { kind: 'consultation-record', consultationId: consultation.id }));

    expect(document.fileName).toBe('consultverslag-de-wit-2026-03-16.pdf');
    expect(document.mimeType).toBe('application/pdf');
    const pdf = pdfOf(document);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = flatText(pdf);
    expect(text).toContain('Consultverslag');
    expect(text).toContain('Sanne De Wit');
    expect(text).toContain(FINDINGS);
    expect(text).toContain('Dr. Test Arts');
    // No plan saved yet: the record says so instead of printing the rules' suggestion.
    expect(text).toContain('De werkhervatting is nog niet gepland. Het plan wordt opnieuw bekeken op 20-03-2026.');
    expect(documentRows(store, worker.id)).toEqual([
      expect.objectContaining({ action: 'document', userName: 'Dr. Test Arts', role: 'doctor', outcome: 'allowed', workerId: worker.id }),
    ]);
  });

  it('makes the employer advice only from a saved plan, without any medical word', async () => {
    const { handlers, store } = await practiceWithDoctor();
    const { worker, consultation } = await savedConsultation(handlers);

    expect(await handlers.call('documents.generate', { kind: 'employer-advice', consultationId: consultation.id })).toEqual({
      ok: false,
      error: { code: 'noPlan' },
    });
    expect(documentRows(store, worker.id)).toEqual([]);

    const overview = valueOf(await handlers.call('plans.get', { workerId: worker.id, episodeId: consultation.episodeId }));
    const suggestion = overview.suggestion;
    if (suggestion === null) throw new Error('expected a suggested plan');
    valueOf(await handlers.call('plans.save', { workerId: worker.id, episodeId: consultation.episodeId, plan: suggestion, basedOnVersion: null }));

    const document = valueOf(await handlers.call('documents.generate', { kind: 'employer-advice', consultationId: consultation.id }));
    expect(document.fileName).toBe('advies-werkgever-de-wit-2026-03-16.pdf');
    const text = flatText(pdfOf(document));
    expect(text).toContain('Advies aan de werkgever');
    expect(text).toContain('Sanne De Wit');
    // The saved suggestion: acute, risk unknown -> steps of 7 days at 50 %, 75 %, 100 % of 38 hours,
    // lifting 20 kg x 1/4 = 5 kg at first, own work from 16-03 + 21 days = Easter Monday 06-04-2026, so from Tuesday 07-04-2026.
    expect(text).toContain('De werknemer kan vanaf 16-03-2026 aangepast werk doen');
    expect(text).toContain('16-03-2026 20-03-2026 19 Aangepast Maximaal 5 kg tillen of dragen');
    expect(text).toContain('28,5');
    expect(text).toContain('het eigen werk voor 38 uur per week vanaf 07-04-2026');
    const lower = text.toLowerCase();
    for (const word of MEDICAL_WORDS) expect(lower, word).not.toContain(word);
    expect(documentRows(store, worker.id)).toHaveLength(1);
  });

  it('makes the leaflet for the worker', async () => {
    const { handlers } = await practiceWithDoctor();
    const { consultation } = await savedConsultation(handlers);
    const document = valueOf(await handlers.call('documents.generate', { kind: 'worker-leaflet', consultationId: consultation.id }));
    expect(document.fileName).toBe('folder-werknemer-de-wit-2026-03-16.pdf');
    const pdf = pdfOf(document);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(flatText(pdf)).toContain('Sanne');
  });

  it('makes a referral letter for a red flag, or with the doctor’s reason, and otherwise asks for one', async () => {
    const { handlers, store } = await practiceWithDoctor();
    const { worker, consultation } = await savedConsultation(handlers);

    const consented = { recipient: 'gp' as const, workerConsented: true as const };
    expect(await handlers.call('documents.generate', { kind: 'referral-letter', consultationId: consultation.id, referral: consented })).toEqual({
      ok: false,
      error: { code: 'noReferralReason' },
    });
    const reason = 'Graag uw beoordeling van de aanhoudende klachten en zo nodig oefentherapie.';
    const withReason = valueOf(
      await handlers.call('documents.generate', {
        kind: 'referral-letter',
        consultationId: consultation.id,
        referral: { recipient: 'specialist', recipientName: 'Dr. K. Orthopeed', reason, workerConsented: true },
      }),
    );
    expect(withReason.fileName).toBe('verwijsbrief-de-wit-2026-03-16.pdf');
    const text = flatText(pdfOf(withReason));
    expect(text).toContain(reason);
    expect(text).toContain('Dr. K. Orthopeed');
    expect(documentRows(store, worker.id)).toHaveLength(1);

    // A history of cancer: a red flag (within 48 hours), so no reason is needed.
    const flagged = valueOf(
      await handlers.call('consultations.save', {
        workerId: worker.id,
        consultationId: null,
        intake: acuteIntake({ episodeId: consultation.episodeId, redFlags: { historyOfCancer: true } }),
      }),
    );
    expect(flagged.urgency).toBe('within48h');
    const letter = flatText(pdfOf(valueOf(await handlers.call('documents.generate', { kind: 'referral-letter', consultationId: flagged.id, referral: consented }))));
    expect(letter).toContain('Verwijsbrief');
    expect(letter).toContain('de huisarts');
    expect(letter).toContain('Binnen 48 uur');
  });

  it('makes no referral letter until the worker has consented, and then says so in the letter', async () => {
    const { handlers, store } = await practiceWithDoctor();
    const { worker, consultation } = await savedConsultation(handlers, { redFlags: { historyOfCancer: true } });
    const refused = { ok: false, error: { code: 'validation', issues: [{ path: ['referral', 'workerConsented'], code: 'referralConsent' }] } };
    for (const referral of [{ recipient: 'gp', workerConsented: false }, { recipient: 'gp' }]) {
      expect(await handlers.call('documents.generate', { kind: 'referral-letter', consultationId: consultation.id, referral } as never)).toEqual(refused);
    }
    expect(await handlers.call('documents.generate', { kind: 'referral-letter', consultationId: consultation.id } as never)).toMatchObject({
      ok: false,
      error: { code: 'validation', issues: [{ path: ['referral'] }] },
    });
    expect(documentRows(store, worker.id)).toHaveLength(0);

    const referral = { recipient: 'gp' as const, workerConsented: true as const };
    const letter = flatText(pdfOf(valueOf(await handlers.call('documents.generate', { kind: 'referral-letter', consultationId: consultation.id, referral }))));
    expect(letter).toContain('De werknemer stemt in met deze verwijzing.');
  });

  it('prints the doctor’s BIG number (NL) or RIZIV number (BE) under the name, on one page', async () => {
    for (const [jurisdiction, typed, printed] of [
      ['NL', '123 456 789 01', 'BIG-nummer 12345678901'],
      ['BE', '1-98765-43-210', 'RIZIV-nummer 1-98765-43-210'],
    ] as const) {
      const { handlers } = await practiceWithDoctor({ jurisdiction });
      const { consultation } = await savedConsultation(handlers, { redFlags: { historyOfCancer: true } });
      const request = { kind: 'referral-letter' as const, consultationId: consultation.id, referral: { recipient: 'gp' as const, workerConsented: true as const } };

      const without = flatText(pdfOf(valueOf(await handlers.call('documents.generate', request))));
      expect(without).not.toMatch(/BIG-nummer|RIZIV-nummer/);

      expect(await handlers.call('accounts.updateProfile', { professionalRegistration: '1234' })).toEqual({
        ok: false,
        error: { code: 'validation', issues: [{ path: ['professionalRegistration'], code: 'professionalRegistration' }] },
      });
      const saved = valueOf(await handlers.call('accounts.updateProfile', { professionalRegistration: typed }));
      expect(saved.professionalRegistration).toBe(typed.replace(/\D/g, ''));
      expect(valueOf(await handlers.call('accounts.profile', {}))).toEqual(saved);

      const pdf = pdfOf(valueOf(await handlers.call('documents.generate', request)));
      const text = flatText(pdf);
      expect(text).toContain(`Met collegiale groet, Dr. Test Arts, ${jurisdiction === 'BE' ? 'arbeidsarts' : 'bedrijfsarts'} ${printed}`);
      expect(pdfInfo(pdf).Pages).toBe('1');

      valueOf(await handlers.call('accounts.updateProfile', { professionalRegistration: '' }));
      expect(valueOf(await handlers.call('accounts.profile', {})).professionalRegistration).toBeNull();
    }
  });

  it('gives the employer the hold of an urgent red flag without a saved plan, and nothing medical', async () => {
    const { handlers } = await practiceWithDoctor();
    const { consultation } = await savedConsultation(handlers, { redFlags: { historyOfCancer: true } });
    const document = valueOf(await handlers.call('documents.generate', { kind: 'employer-advice', consultationId: consultation.id }));
    const text = flatText(pdfOf(document));
    // On hold for the referral: looked at again 2 days after the consultation of 16-03-2026.
    expect(text).toContain('Werken is op dit moment nog niet mogelijk. De mogelijkheden worden opnieuw bekeken op 18-03-2026.');
    const lower = text.toLowerCase();
    for (const word of [...MEDICAL_WORDS, 'kanker', 'maligni', '48 uur']) expect(lower, word).not.toContain(word);
  });

  it('writes in the practice’s language and jurisdiction', async () => {
    const { handlers } = await practiceWithDoctor({ jurisdiction: 'BE' });
    valueOf(await handlers.call('practice.updateSettings', { name: 'Service de test', jurisdiction: 'BE', language: 'fr', smallCellK: 5, orebroCutOff: 50, rowVersion: 1 }));
    const { consultation } = await savedConsultation(handlers);
    const document = valueOf(await handlers.call('documents.generate', { kind: 'consultation-record', consultationId: consultation.id }));
    expect(document.fileName).toBe('rapport-consultation-de-wit-2026-03-16.pdf');
    const text = flatText(pdfOf(document));
    expect(text).toContain('Rapport de consultation');
    expect(text).toContain('Service de test');
  });

  it('refuses a prevention advisor and logs the refusal', async () => {
    const fixture = await practiceWithDoctor();
    const { consultation } = await savedConsultation(fixture.handlers);
    await fixture.as('preventionAdvisor', 'Pim Preventie');

    const refused = await fixture.handlers.call('documents.generate', { kind: 'employer-advice', consultationId: consultation.id });

    expect(refused).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(fixture.store.accessLog.recent(1)).toEqual([
      expect.objectContaining({ channel: 'documents.generate', userName: 'Pim Preventie', role: 'preventionAdvisor', outcome: 'denied' }),
    ]);
  });

  it('answers notFound for a consultation that does not exist, and logs no document', async () => {
    const { handlers, store } = await practiceWithDoctor();
    const { worker, consultation } = await savedConsultation(handlers);
    expect(await handlers.call('documents.generate', { kind: 'consultation-record', consultationId: consultation.id + 1000 })).toEqual({
      ok: false,
      error: { code: 'notFound' },
    });
    expect(store.accessLog.recent(50).filter((row) => row.action === 'document')).toEqual([]);
    expect(documentRows(store, worker.id)).toEqual([]);
  });

  it('refuses a referral for another document and unknown fields', async () => {
    const { handlers } = await practiceWithDoctor();
    const { consultation } = await savedConsultation(handlers);
    const result = await handlers.invoke('documents.generate', {
      kind: 'consultation-record',
      consultationId: consultation.id,
      referral: { recipient: 'gp', reason: 'x' },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});

describe('document file names', () => {
  it('folds names to lower-case ASCII', () => {
    expect(asciiSlug('Van der Berg-Ölçer')).toBe('van-der-berg-olcer');
    expect(asciiSlug('Strauß Æbelø')).toBe('strauss-aebelo');
    expect(asciiSlug("D'Hondt  ")).toBe('d-hondt');
    expect(documentFileName('worker-leaflet', { language: 'en', jurisdiction: 'NL' }, 'Çelik', '2026-03-16')).toBe('worker-leaflet-celik-2026-03-16.pdf');
  });
});
