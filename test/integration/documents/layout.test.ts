import { describe, expect, it } from 'vitest';
import { ReportDocument, type ReportOptions } from '../../../src/main/services/reports';
import { extractText, flatText, pageLabels, pdfInfo } from './pdfText';

/** A 1 x 1 pixel PNG. */
const LOGO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

function options(overrides: Partial<ReportOptions> = {}): ReportOptions {
  return {
    lang: 'nl-BE',
    title: 'Werkplekrapport',
    subject: 'Proef van de opmaak',
    createdAt: new Date('2026-03-02T09:00:00Z'),
    letterhead: { practiceName: 'Preventiedienst Proefstad (fictief)', logo: null },
    confidentiality: 'Vertrouwelijk',
    pageLabel: (page, count) => `pagina ${page} van ${count}`,
    ...overrides,
  };
}

describe('report layout', () => {
  it('repeats the table header on every page and keeps every row whole', async () => {
    const report = new ReportDocument(options());
    report.title('Werkplekrapport');
    report.heading('Afdelingen');
    report.table({
      columns: [
        { header: 'Afdeling', weight: 3 },
        { header: 'Werknemers', weight: 1, align: 'right' },
      ],
      rows: Array.from({ length: 90 }, (_, i) => [`Afdeling ${i + 1} met een naam`, String(i + 1)]),
      caption: '< 5: minder dan 5 werknemers, niet getoond',
    });
    const pdf = await report.finish();
    const pages = extractText(pdf).split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) expect(page).toMatch(/Afdeling\s+Werknemers/);
    const text = flatText(pdf);
    for (let i = 1; i <= 90; i += 1) expect(text).toContain(`Afdeling ${i} met een naam ${i} `);
    expect(text).toContain('< 5: minder dan 5 werknemers, niet getoond');
    expect(pageLabels(pdf, /pagina \d+ van \d+/)).toEqual(pages.map((_, i) => `pagina ${i + 1} van ${pages.length}`));
  });

  it('never splits a word of a column header: a narrow column is widened to its longest word', async () => {
    const report = new ReportDocument(options());
    const headers = ['Datum', 'Arbeidsongeschiktheidsdagen', 'Werkvermogen (0-10)', 'Capacité de travail (0-10)', 'Uren', 'Pijn nu (0-10)', 'Roland-Morris (0-24)'];
    report.table({ columns: headers.map((header, i) => ({ header, weight: i === 0 ? 6 : 1 })), rows: [headers.map((_, i) => String(i))] });
    const pdf = await report.finish();
    const words = extractText(pdf).split(/\s+/);
    for (const word of ['Datum', 'Arbeidsongeschiktheidsdagen', 'Werkvermogen', 'Capacité', 'travail', 'Uren', 'Pijn']) expect(words).toContain(word);
  });

  it('draws bar charts with their value labels, footnotes and a logo embedded once', async () => {
    const report = new ReportDocument(options({ letterhead: { practiceName: 'Preventiedienst Proefstad (fictief)', logo: LOGO } }));
    report.heading('Werknemers met rugklachten');
    report.barChart({
      orientation: 'horizontal',
      description: 'Werknemers met rugklachten per afdeling',
      bars: [
        { label: 'Magazijn', value: 12, valueLabel: '12' },
        { label: 'Werkplaats', value: null, valueLabel: '< 5' },
      ],
    });
    report.barChart({
      orientation: 'vertical',
      description: 'Verzuimdagen per kwartaal',
      bars: [
        { label: 'K1 2026', value: 40, valueLabel: '40' },
        { label: 'K2 2026', value: 25, valueLabel: '25' },
      ],
    });
    report.paragraph(`Tillen boven de grens${report.footnote('Volgens de NIOSH-tilvergelijking.')}`);
    report.newPage();
    report.paragraph('Tweede pagina met dezelfde kop.');
    const pdf = await report.finish();
    const text = flatText(pdf);
    expect(text).toMatch(/Werkplaats <\s?5/);
    for (const expected of ['Magazijn 12', 'K1 2026', '40', 'Tillen boven de grens¹', '¹ Volgens de NIOSH-tilvergelijking.']) {
      expect(text).toContain(expected);
    }
    expect(pdfInfo(pdf).Pages).toBe('2');
    // One image and its alpha mask (the PNG has an alpha channel), not one per page.
    expect(pdf.toString('latin1').match(/\/Subtype \/Image/g)).toHaveLength(2);
    expect(pdf.toString('latin1')).toContain('/Alt (Werknemers met rugklachten per afdeling)');
  });

  it('embeds a Unicode font for Dutch and French accents', async () => {
    const report = new ReportDocument(options());
    report.paragraph('Beëindiging, één, reïntegratie, médecin, reçu, Örebro, ≤ 3, € 584,40.');
    const text = flatText(await report.finish());
    expect(text).toContain('Beëindiging, één, reïntegratie, médecin, reçu, Örebro, ≤ 3, € 584,40.');
  });
});
