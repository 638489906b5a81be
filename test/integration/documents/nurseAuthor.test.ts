import { describe, expect, it } from 'vitest';
import { practiceWithDoctor, valueOf } from '../../support/practiceFixture';
import { acuteIntake, warehouseWorker } from '../clinicalFixture';
import { flatText } from './pdfText';

/*
 * A nurse may record an intake. The record then names the nurse as a nurse, never as the doctor;
 * a referral letter or an employer advice is signed by a doctor, so only a doctor makes one.
 */
describe('a consultation recorded by a nurse', () => {
  it('names the nurse with the real role on screen and in the record, and lets only a doctor sign letters', async () => {
    const practice = await practiceWithDoctor();
    const { handlers } = practice;
    const worker = await warehouseWorker(handlers);
    const nurse = await practice.as('nurse', 'Sanne Verpleging');

    const saved = valueOf(await handlers.call('consultations.save', { workerId: worker.id, consultationId: null, intake: acuteIntake() }));
    expect(saved).toMatchObject({ authorName: 'Sanne Verpleging', authorRole: 'nurse' });
    const dossier = valueOf(await handlers.call('dossier.get', { workerId: worker.id }));
    expect(dossier.episodes.flatMap((episode) => episode.consultations).map((c) => [c.authorName, c.authorRole])).toEqual([['Sanne Verpleging', 'nurse']]);

    const record = valueOf(await handlers.call('documents.generate', { kind: 'consultation-record', consultationId: saved.id }));
    const recordText = flatText(Buffer.from(record.base64, 'base64'));
    expect(recordText).toContain('Vastgelegd door Sanne Verpleging, verpleegkundige');
    expect(recordText).not.toMatch(/Sanne Verpleging, bedrijfsarts/);

    const letter = { kind: 'referral-letter' as const, consultationId: saved.id, referral: { recipient: 'gp' as const, reason: 'Graag uw beoordeling.', workerConsented: true as const } };
    expect(await handlers.call('documents.generate', letter)).toEqual({ ok: false, error: { code: 'doctorSignatureRequired' } });
    const refusal = await practice.store.sql.all(
      `SELECT user_id AS "userId", worker_id AS "workerId", outcome FROM access_log WHERE channel = 'documents.generate' AND outcome = 'denied'`,
    );
    expect(refusal).toEqual([{ userId: nurse.id, workerId: worker.id, outcome: 'denied' }]);

    // The doctor makes the letter, and signs it.
    await practice.asDoctor();
    const signed = flatText(Buffer.from(valueOf(await handlers.call('documents.generate', letter)).base64, 'base64'));
    expect(signed).toContain('Dr. Test Arts');
    expect(signed).not.toContain('Sanne Verpleging');
  }, 30_000);
});
