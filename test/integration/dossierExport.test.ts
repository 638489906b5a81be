import { describe, expect, it } from 'vitest';
import { acuteIntake, warehouseWorker } from './clinicalFixture';
import { flatText, pdfInfo } from './documents/pdfText';
import { practiceWithDoctor, valueOf } from '../support/practiceFixture';

describe('exporting a worker’s whole dossier', { timeout: 20_000 }, () => {
  it('gives a PDF for the worker and a JSON file with every consultation, and logs the export', async () => {
    const practice = await practiceWithDoctor();
    const worker = await warehouseWorker(practice.handlers);
    const intake = acuteIntake({ findings: 'Drukpijn paravertebraal L5 rechts', conclusion: 'Aspecifieke lage rugpijn' });
    valueOf(await practice.handlers.call('consultations.save', { workerId: worker.id, consultationId: null, intake }));
    valueOf(await practice.handlers.call('dossier.get', { workerId: worker.id }));

    const exported = valueOf(await practice.handlers.call('dossier.export', { workerId: worker.id }));
    expect(exported.pdf.fileName).toMatch(/^uw-dossier-.+-2026-03-16\.pdf$/);
    expect(exported.json.fileName).toBe(exported.pdf.fileName.replace(/\.pdf$/, '.json'));

    const pdf = Buffer.from(exported.pdf.base64, 'base64');
    const text = flatText(pdf);
    expect(text).toContain('Uw dossier');
    expect(text).toContain(`${worker.firstName} ${worker.lastName}`);
    expect(text).toContain('Drukpijn paravertebraal L5 rechts');
    expect(text).toContain('Aspecifieke lage rugpijn');
    expect(text).toContain('Consult van 16-03-2026');
    expect(text).toContain('Wie uw dossier heeft ingezien');
    expect(pdfInfo(pdf).Tagged).toBe('yes');

    const json = JSON.parse(Buffer.from(exported.json.base64, 'base64').toString('utf8'));
    expect(json).toMatchObject({ format: 'ruggensteun-dossier', formatVersion: 1, worker: { id: worker.id, lastName: worker.lastName } });
    expect(json.episodes).toHaveLength(1);
    expect(json.episodes[0].consultations[0].intake.findings).toBe('Drukpijn paravertebraal L5 rechts');
    expect(json.episodes[0].consultations[0].evaluation.redFlags).toBeDefined();
    // The export lists itself: it is logged before the data is gathered.
    expect(json.accessLog[0]).toMatchObject({ action: 'export', channel: 'dossier.export', outcome: 'allowed' });

    const log = await practice.store.accessLog.forWorker(worker.id);
    expect(log.filter((row) => row.action === 'export')).toHaveLength(1);
    await practice.practice.close();
  });

  it('refuses a prevention advisor and logs the refusal', async () => {
    const practice = await practiceWithDoctor();
    const worker = await warehouseWorker(practice.handlers);
    await practice.as('preventionAdvisor');
    expect(await practice.handlers.call('dossier.export', { workerId: worker.id })).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect((await practice.store.accessLog.forWorker(worker.id))[0]).toMatchObject({ channel: 'dossier.export', outcome: 'denied' });
    await practice.practice.close();
  });
});
