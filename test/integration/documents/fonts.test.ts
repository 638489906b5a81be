import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportDocument, type ReportOptions } from '../../../src/main/services/reports';
import { flatText } from './pdfText';

/*
 * The fonts are parsed once per process and shared by every document (layout/fonts.ts). Each
 * document must still embed its own subset with every glyph it uses, also when documents are
 * built at the same time or one uses only words another has already laid out.
 */

const ACCENTS = 'Beëindiging, één, reïntegratie, médecin, reçu, Örebro, ≤ 3, € 584,40.';

function options(title: string): ReportOptions {
  return {
    lang: 'nl-NL',
    title,
    subject: 'Proef van de lettertypen',
    createdAt: new Date('2026-03-02T09:00:00Z'),
    letterhead: { practiceName: 'Arbodienst Proefstad (fictief)', logo: null },
    confidentiality: null,
    pageLabel: (page, count) => `pagina ${page} van ${count}`,
  };
}

/** `pdffonts` rows: font name, embedded, subset. */
function embeddedFonts(pdf: Buffer): Array<{ name: string; embedded: string; subset: string }> {
  const folder = mkdtempSync(join(tmpdir(), 'fonts-'));
  try {
    const path = join(folder, 'document.pdf');
    writeFileSync(path, pdf);
    const lines = execFileSync('pdffonts', [path], { encoding: 'utf8' }).trim().split('\n').slice(2);
    return lines.map((line) => {
      const cells = line.trim().split(/\s+/);
      return { name: cells[0] ?? '', embedded: cells.at(-5) ?? '', subset: cells.at(-4) ?? '' };
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('shared fonts', () => {
  it('embeds a complete subset in every document, also for words laid out by an earlier one', async () => {
    const first = new ReportDocument(options('Eerste'));
    first.heading('Lettertypen');
    first.paragraph(ACCENTS);
    const firstPdf = await first.finish();

    // Only words the first document already laid out.
    const second = new ReportDocument(options('Tweede'));
    second.paragraph(ACCENTS);
    const secondPdf = await second.finish();

    expect(flatText(firstPdf)).toContain(ACCENTS);
    expect(flatText(secondPdf)).toContain(ACCENTS);
    // Bold for the heading and the practice name in the letterhead; regular for the text.
    for (const pdf of [firstPdf, secondPdf]) {
      expect(embeddedFonts(pdf).map((font) => font.name.split('+')[1]).sort()).toEqual(['DejaVuSans', 'DejaVuSans-Bold']);
    }
    for (const font of [...embeddedFonts(firstPdf), ...embeddedFonts(secondPdf)]) {
      expect(font).toMatchObject({ embedded: 'yes', subset: 'yes' });
    }
  });

  it('builds documents side by side without mixing their glyphs', async () => {
    const a = new ReportDocument(options('A'));
    const b = new ReportDocument(options('B'));
    a.paragraph('Façade à Liège: ça va.');
    b.paragraph('Größe über Ölförderung, ≥ 5 €.');
    a.bulletList(['Rückenschmerzen — één', 'Ærø']);
    b.heading('Übersicht');
    const [pdfA, pdfB] = await Promise.all([a.finish(), b.finish()]);
    const textA = flatText(pdfA);
    const textB = flatText(pdfB);
    expect(textA).toContain('Façade à Liège: ça va.');
    expect(textA).toContain('Rückenschmerzen — één');
    expect(textA).toContain('Ærø');
    expect(textB).toContain('Größe über Ölförderung, ≥ 5 €.');
    expect(textB).toContain('Übersicht');
    expect(textA).not.toContain('Größe');
  });

  it('gives the same bytes for the same document, first or later', async () => {
    const render = () => {
      const report = new ReportDocument(options('Herhaald'));
      report.title('Herhaald', ACCENTS);
      report.keyValues([{ label: 'Naam', value: 'Zoë Çelik' }]);
      return report.finish();
    };
    const once = await render();
    const again = await render();
    expect(again.equals(once)).toBe(true);
  });
});
