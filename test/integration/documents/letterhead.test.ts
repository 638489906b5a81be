import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HandlerMap } from '../../../src/main/ipc/handlerMap';
import type { ChannelInput } from '../../../src/shared/ipc';
import { practiceWithDoctor, valueOf } from '../../support/practiceFixture';
import { paddedPng, pngDeclaring, signatureAndGarbage, solidPng } from '../../support/pngImage';
import { acuteIntake, warehouseWorker } from '../clinicalFixture';
import { seenOnce, workplaceRows, YEAR_2025 } from '../prevention/preventionFixture';
import { extractText, flatText } from './pdfText';

/*
 * The practice's letterhead from the settings screen on the documents: the address, phone and email
 * where a document gives the practice's contact details, the logo at the top of every page.
 */

const ADDRESS = 'Voorbeeldlaan 4\n2000 Antwerpen';
const PHONE = '03 123 45 67';
const EMAIL = 'secretariaat@rugzorg.example';

/** The images placed in a PDF, one per use on a page, as `pdfimages -list` reports them. */
function placedImages(pdf: Buffer): Array<{ page: number; width: number; height: number }> {
  const folder = mkdtempSync(join(tmpdir(), 'letterhead-'));
  try {
    const file = join(folder, 'document.pdf');
    writeFileSync(file, pdf);
    const listing = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
    return listing
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '')
      .map((line) => line.trim().split(/\s+/))
      .filter((columns) => columns[2] === 'image')
      .map((columns) => ({ page: Number(columns[0]), width: Number(columns[3]), height: Number(columns[4]) }));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function pageCount(pdf: Buffer): number {
  return extractText(pdf).split('\f').filter((page) => page.trim() !== '').length;
}

async function setLetterhead(handlers: HandlerMap, logo: Buffer | null) {
  const settings = valueOf(await handlers.call('practice.settings', {}));
  valueOf(
    await handlers.call('practice.updateSettings', {
      ...settings,
      address: ADDRESS,
      phone: PHONE,
      email: EMAIL,
      logo: logo === null ? null : logo.toString('base64'),
    }),
  );
}

async function documentPdf(handlers: HandlerMap, request: ChannelInput<'documents.generate'>): Promise<Buffer> {
  const document = valueOf(await handlers.call('documents.generate', request));
  return Buffer.from(document.base64, 'base64');
}

describe('the letterhead on the documents', () => {
  it('prints the address, phone and email set in the settings, and none before', async () => {
    const { handlers } = await practiceWithDoctor();
    const worker = await warehouseWorker(handlers);
    const consultation = valueOf(await handlers.call('consultations.save', { workerId: worker.id, consultationId: null, intake: acuteIntake() }));
    const referral = {
      kind: 'referral-letter' as const,
      consultationId: consultation.id,
      referral: { recipient: 'specialist' as const, recipientName: 'Dr. K. Orthopeed', reason: 'Graag uw beoordeling.', workerConsented: true as const },
    };

    const before = flatText(await documentPdf(handlers, referral));
    expect(before).not.toContain('Voorbeeldlaan');
    expect(before).not.toContain(PHONE);

    await setLetterhead(handlers, null);

    const letter = await documentPdf(handlers, referral);
    // pdftotext keeps the address's two lines as two lines.
    expect(extractText(letter)).toMatch(/Voorbeeldlaan 4\s*\n\s*2000 Antwerpen/);
    expect(flatText(letter)).toContain(PHONE);
    expect(flatText(letter)).toContain(EMAIL);

    const leaflet = flatText(await documentPdf(handlers, { kind: 'worker-leaflet', consultationId: consultation.id }));
    expect(leaflet).toContain(PHONE);
    expect(leaflet).toContain(EMAIL);
  });

  it('puts the logo at the top of every page, and takes it away again when removed', async () => {
    const { handlers } = await practiceWithDoctor();
    const worker = await warehouseWorker(handlers);
    const consultation = valueOf(await handlers.call('consultations.save', { workerId: worker.id, consultationId: null, intake: acuteIntake() }));
    const record = { kind: 'consultation-record' as const, consultationId: consultation.id };
    expect(placedImages(await documentPdf(handlers, record))).toEqual([]);

    await setLetterhead(handlers, solidPng(60, 20, [31, 111, 107]));
    const withLogo = await documentPdf(handlers, record);
    const pages = pageCount(withLogo);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(placedImages(withLogo)).toEqual(Array.from({ length: pages }, (_, index) => ({ page: index + 1, width: 60, height: 20 })));

    await setLetterhead(handlers, null);
    expect(placedImages(await documentPdf(handlers, record))).toEqual([]);
  });

  it('gives the workplace report the practice’s name and logo', async () => {
    const practice = await practiceWithDoctor();
    const rows = await workplaceRows(practice.store);
    const employerId = await rows.employer('Testbedrijf');
    for (let i = 0; i < 6; i += 1) await rows.worker(employerId, null, null, seenOnce());
    await setLetterhead(practice.handlers, solidPng(30, 30, [0, 0, 0]));
    await practice.as('preventionAdvisor');

    const report = valueOf(await practice.handlers.call('prevention.workplaceReport', { request: { employerId, ...YEAR_2025 }, language: 'nl' }));
    const pdf = Buffer.from(report.content, 'base64');
    expect(flatText(pdf)).toContain('Testpraktijk');
    const images = placedImages(pdf);
    expect(images).toHaveLength(pageCount(pdf));
    expect(images.every((image) => image.width === 30 && image.height === 30)).toBe(true);
  });

  it('makes every document without the logo when a stored logo cannot be decoded', async () => {
    const practice = await practiceWithDoctor();
    const { handlers, store } = practice;
    const worker = await warehouseWorker(handlers);
    const consultation = valueOf(await handlers.call('consultations.save', { workerId: worker.id, consultationId: null, intake: acuteIntake() }));
    const rows = await workplaceRows(store);
    const employerId = await rows.employer('Rapportbedrijf');
    for (let i = 0; i < 6; i += 1) await rows.worker(employerId, null, null, seenOnce());

    // Logos an older version let through, written straight into the file.
    const stored = [pngDeclaring(100_000, 100_000), signatureAndGarbage('png'), signatureAndGarbage('jpeg'), paddedPng(200 * 1024, 'tEXt')];
    for (const logo of stored) {
      await store.practice.setLogo(logo);
      const record = await documentPdf(handlers, { kind: 'consultation-record', consultationId: consultation.id });
      expect(flatText(record)).toContain('Testpraktijk');
      expect(placedImages(record)).toEqual([]);
      const report = valueOf(await handlers.call('prevention.workplaceReport', { request: { employerId, ...YEAR_2025 }, language: 'nl' }));
      expect(placedImages(Buffer.from(report.content, 'base64'))).toEqual([]);
    }
  });
});
