import { describe, expect, it } from 'vitest';
import { acuteIntake, storeUnscreened, warehouseWorker } from './clinicalFixture';
import { practiceWithDoctor, rowCount, valueOf } from '../support/practiceFixture';

describe('red-flag screening on save', () => {
  it('refuses a new consultation whose red flags were not gone through, and saves nothing', async () => {
    const { handlers, store } = await practiceWithDoctor();
    const worker = await warehouseWorker(handlers);
    const refused = await handlers.call('consultations.save', {
      workerId: worker.id,
      consultationId: null,
      intake: acuteIntake({ redFlagsScreened: false }),
    });
    expect(refused).toEqual({
      ok: false,
      error: { code: 'validation', issues: [{ path: ['intake', 'redFlagsScreened'], code: 'redFlagsNotScreened' }] },
    });
    expect(await rowCount(store.sql, 'consultations')).toBe(0);
    expect(await rowCount(store.sql, 'episodes')).toBe(0);
  });

  it('records the screening with the consultation and in the dossier', async () => {
    const { handlers } = await practiceWithDoctor();
    const worker = await warehouseWorker(handlers);
    const saved = valueOf(await handlers.call('consultations.save', { workerId: worker.id, consultationId: null, intake: acuteIntake() }));
    expect(saved.intake.redFlagsScreened).toBe(true);
    const dossier = valueOf(await handlers.call('dossier.get', { workerId: worker.id }));
    expect(dossier.episodes[0]?.consultations[0]).toMatchObject({ redFlagsScreened: true, amendmentCount: 0, signedBy: 'Dr. Test Arts' });
  });
});

describe('an immediate red flag', () => {
  it('needs where the worker was sent; main stamps who acknowledged it and when, and an amendment keeps the stamp', async () => {
    const { handlers, store } = await practiceWithDoctor();
    const worker = await warehouseWorker(handlers);
    const flagged = acuteIntake({ redFlags: { saddleAnaesthesia: true }, acknowledgedRedFlags: ['saddleAnaesthesia'] });
    expect(await handlers.call('consultations.save', { workerId: worker.id, consultationId: null, intake: flagged })).toEqual({
      ok: false,
      error: { code: 'validation', issues: [{ path: ['intake', 'immediateReferral', 'referredTo'], code: 'required' }] },
    });
    expect(await rowCount(store.sql, 'consultations')).toBe(0);

    const saved = valueOf(
      await handlers.call('consultations.save', {
        workerId: worker.id,
        consultationId: null,
        intake: { ...flagged, immediateReferral: { referredTo: 'SEH Martini Ziekenhuis' } },
      }),
    );
    const stamp = { referredTo: 'SEH Martini Ziekenhuis', acknowledgedBy: 'Dr. Test Arts', acknowledgedAt: '2026-03-16T09:30:00.000Z' };
    expect(saved.intake.immediateReferral).toEqual(stamp);
    const dossier = valueOf(await handlers.call('dossier.get', { workerId: worker.id }));
    expect(dossier.episodes[0]?.consultations[0]?.immediateReferral).toEqual(stamp);

    const amended = valueOf(
      await handlers.call('consultations.save', {
        workerId: worker.id,
        consultationId: saved.id,
        intake: { ...saved.intake, findings: 'Rijbroekanesthesie links.', immediateReferral: { referredTo: 'SEH Martini Ziekenhuis' } },
        amendmentReason: 'Bevinding aangevuld',
        basedOnVersion: 1,
      }),
    );
    expect(amended.intake.immediateReferral).toEqual(stamp);
  });
});

describe('signed consultations and amendments', () => {
  it('signs a new consultation with its author and the time', async () => {
    const { handlers } = await practiceWithDoctor();
    const worker = await warehouseWorker(handlers);
    const saved = valueOf(await handlers.call('consultations.save', { workerId: worker.id, consultationId: null, intake: acuteIntake() }));
    expect(saved).toMatchObject({ signedBy: 'Dr. Test Arts', signedAt: '2026-03-16T09:30:00.000Z', amendments: [] });
  });

  it('refuses a change without a reason and changes nothing', async () => {
    const { handlers, store } = await practiceWithDoctor();
    const worker = await warehouseWorker(handlers);
    const saved = valueOf(
      await handlers.call('consultations.save', { workerId: worker.id, consultationId: null, intake: acuteIntake({ findings: 'Eerste tekst.' }) }),
    );
    for (const amendmentReason of [null, '   ']) {
      const refused = await handlers.call('consultations.save', {
        workerId: worker.id,
        consultationId: saved.id,
        intake: { ...saved.intake, findings: 'Tweede tekst.' },
        amendmentReason,
        basedOnVersion: 1,
      });
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.error).toMatchObject({ code: 'validation', issues: [{ path: ['amendmentReason'], code: 'required' }] });
    }
    expect(await rowCount(store.sql, 'consultation_amendments')).toBe(0);
    const reopened = valueOf(await handlers.call('consultations.open', { workerId: worker.id, consultationId: saved.id }));
    expect(reopened.consultation?.intake.findings).toBe('Eerste tekst.');
  });

  it('keeps the earlier text with the amendment, its author, time and reason, and logs the amendment', async () => {
    const clock = { now: () => '2026-03-16T09:30:00.000Z', today: () => '2026-03-16' };
    const { handlers } = await practiceWithDoctor({ clock });
    const worker = await warehouseWorker(handlers);
    const saved = valueOf(
      await handlers.call('consultations.save', { workerId: worker.id, consultationId: null, intake: acuteIntake({ findings: 'Eerste tekst.' }) }),
    );
    clock.now = () => '2026-03-16T09:35:00.000Z';
    const amended = valueOf(
      await handlers.call('consultations.save', {
        workerId: worker.id,
        consultationId: saved.id,
        intake: { ...saved.intake, findings: 'Tweede tekst.' },
        amendmentReason: 'Verkeerde zijde genoteerd',
        basedOnVersion: 1,
      }),
    );
    expect(amended.intake.findings).toBe('Tweede tekst.');
    expect(amended.signedAt).toBe('2026-03-16T09:30:00.000Z');
    expect(amended.amendments).toHaveLength(1);
    expect(amended.amendments[0]).toMatchObject({
      amendedBy: 'Dr. Test Arts',
      amendedAt: '2026-03-16T09:35:00.000Z',
      reason: 'Verkeerde zijde genoteerd',
    });
    expect(amended.amendments[0]?.previousIntake.findings).toBe('Eerste tekst.');

    const log = valueOf(await handlers.call('workers.accessLog', { id: worker.id }));
    expect(log.filter((row) => row.action === 'amend').map((row) => row.channel)).toEqual(['consultations.save']);
  });

  it('saves nothing of an amendment that the rules refuse', async () => {
    const { handlers, store } = await practiceWithDoctor();
    const worker = await warehouseWorker(handlers);
    const saved = valueOf(
      await handlers.call('consultations.save', { workerId: worker.id, consultationId: null, intake: acuteIntake({ findings: 'Eerste tekst.' }) }),
    );
    const refused = await handlers.call('consultations.save', {
      workerId: worker.id,
      consultationId: saved.id,
      intake: { ...saved.intake, findings: 'Tweede tekst.', redFlags: { ...saved.intake.redFlags, fever: true }, consultationDate: '2026-03-20' },
      amendmentReason: 'Koorts alsnog gemeld',
      basedOnVersion: 1,
    });
    expect(refused.ok).toBe(false);
    expect(await rowCount(store.sql, 'consultation_amendments')).toBe(0);
    const reopened = valueOf(await handlers.call('consultations.open', { workerId: worker.id, consultationId: saved.id }));
    expect(reopened.consultation).toMatchObject({ urgency: 'none', amendments: [] });
    expect(reopened.consultation?.intake.findings).toBe('Eerste tekst.');
  });

  it('lets an amendment of a consultation stored unscreened stay unscreened, and still refuses new unscreened ones', async () => {
    const { handlers, store } = await practiceWithDoctor();
    const worker = await warehouseWorker(handlers);
    const saved = valueOf(await handlers.call('consultations.save', { workerId: worker.id, consultationId: null, intake: acuteIntake() }));
    // As a consultation stored before screening was recorded, without any finding, is migrated.
    await storeUnscreened(store.sql, saved.id);
    const amended = valueOf(
      await handlers.call('consultations.save', {
        workerId: worker.id,
        consultationId: saved.id,
        intake: { ...saved.intake, redFlagsScreened: false, conclusion: 'Aspecifieke lage rugpijn.' },
        amendmentReason: 'Conclusie aangevuld',
        basedOnVersion: 1,
      }),
    );
    expect(amended.intake.redFlagsScreened).toBe(false);
    expect(amended.amendments[0]?.previousIntake.redFlagsScreened).toBe(false);
  });
});
