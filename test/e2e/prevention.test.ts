import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseFileName } from '../../src/main/dataDirectory';
import { hashPassphrase } from '../../src/main/services/auth/passphrase';
import { openStore } from '../../src/main/services/store/store';
import { nioshLifting } from '../../src/shared/rules';
import { seenOnce, workplaceRows } from '../integration/prevention/preventionFixture';
import { fixedClock } from '../support/practiceFixture';
import { createPractice, launchChromium, newDataDirectory, openPage, startApp } from './harness';
import { screenshot } from './screenshots';

const advisor = { name: 'Ilse Preventie', passphrase: 'wachtzin van de adviseur' };

/** Employer 'Demo Logistiek Oost' with departments of 1, 2, 4, 5 and 8 workers, seen in 2025, and an advisor account. */
async function seedWorkplace(directory: string) {
  const store = openStore(join(directory, databaseFileName), fixedClock());
  try {
    const rows = workplaceRows(store);
    const employerId = rows.employer('Demo Logistiek Oost');
    const sizes: Array<[string, number]> = [['Administratie', 1], ['Kwaliteit', 2], ['Onderhoud', 4], ['Expeditie', 5], ['Orderpicking', 8]];
    for (const [name, size] of sizes) {
      const departmentId = rows.department(employerId, name);
      const jobId = rows.job(employerId, departmentId, name === 'Orderpicking' ? 'Orderpicker' : `Medewerker ${name.toLowerCase()}`);
      for (let i = 0; i < size; i += 1) {
        const episodes = seenOnce();
        if (name === 'Orderpicking' && episodes[0]?.consultations[0]) episodes[0].consultations[0].factors = ['heavyLifting', 'frequentBendingTwisting'];
        rows.worker(employerId, departmentId, jobId, episodes);
      }
    }
    store.users.create({ name: advisor.name, role: 'preventionAdvisor', passphraseHash: await hashPassphrase(advisor.passphrase) });
  } finally {
    store.close();
  }
}

describe('the prevention advisor in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('sees suppressed aggregates, rates a lifting task and imports a roster', async () => {
    const directory = newDataDirectory();
    const app = await startApp(directory, fixedClock());
    const page = await openPage(browser, app);
    await createPractice(page);
    await page.getByRole('button', { name: 'Afmelden' }).waitFor();
    await seedWorkplace(directory);

    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByLabel('Naam', { exact: true }).fill(advisor.name);
    await page.getByLabel('Wachtzin').fill(advisor.passphrase);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('link', { name: 'Preventie' }).click();
    await expect(page.getByRole('link', { name: 'Werknemers' }).count()).resolves.toBe(0);

    // Dashboard over 2025.
    // Whole months that are over only: the rule is on screen.
    await page.getByText('De cijfers gaan over hele kalendermaanden die voorbij zijn.', { exact: false }).waitFor();
    await page.getByLabel('Periode').selectOption('custom');
    await page.getByLabel('Van maand').selectOption('2025-01');
    // An end before the start: main refuses the period and the advisor is told why.
    await page.getByLabel('Tot en met maand').selectOption('2024-12');
    await page.getByText('De einddatum ligt vóór de begindatum.').waitFor();
    await page.getByLabel('Tot en met maand').selectOption('2025-12');
    await page.getByRole('heading', { name: /Hele werkgever · 01-01-2025 tot en met 31-12-2025/ }).waitFor();
    const departments = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Afdeling' }) });
    await expect(departments.getByRole('row', { name: /Administratie/ }).innerText()).resolves.toMatch(/1\s+< 5\s+< 5\s+< 5/);
    await expect(departments.getByRole('row', { name: /Orderpicking/ }).innerText()).resolves.toMatch(/8\s+8\s+8\s+24/);
    await page.getByRole('heading', { name: /Tilhulpmiddelen/ }).waitFor();
    await screenshot(page, 'prevention-01-dashboard');

    // A lifting task, with the result worked out while typing.
    await page.getByRole('link', { name: 'Tiltaken' }).click();
    await page.getByRole('button', { name: '+ Nieuwe tiltaak' }).click();
    await page.getByLabel('Omschrijving van de taak').fill('Kratten van rolcontainer op band');
    await page.getByLabel('Functie', { exact: true }).selectOption({ label: 'Orderpicker' });
    const task = { loadKg: 14, horizontalCm: 45, verticalCm: 20, distanceCm: 80, asymmetryDeg: 60, frequencyPerMin: 4, durationHours: 6, coupling: 'fair' as const };
    await page.getByLabel('Gewicht van de last (kg)').fill('14');
    await page.getByLabel('Horizontale afstand H (cm)').fill('45');
    await page.getByLabel('Hoogte van de handen V (cm)').fill('20');
    await page.getByLabel('Verplaatsing in hoogte D (cm)').fill('80');
    await page.getByLabel('Draaiing van de romp A (graden)').fill('60');
    await page.getByLabel('Tillen per minuut F').fill('4');
    await page.getByLabel('Duur van het tilwerk (uur per dag)').fill('6');
    await page.getByLabel('Grip op de last').selectOption('fair');
    const expected = nioshLifting(task);
    expect(expected.band).toBe('high');
    await page.getByText('Tilindex > 3: verhoogd risico voor bijna alle werknemers').waitFor();
    await screenshot(page, 'prevention-02-lifting-form');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Tiltaak "Kratten van rolcontainer op band" is opgeslagen.').waitFor();
    await screenshot(page, 'prevention-03-lifting-list');

    // Roster import: a Windows-1252 export with a duplicate and a broken row.
    await page.getByRole('link', { name: 'Personeelsbestand importeren' }).click();
    const csv = [
      'Personeelsnr;Voornaam;Achternaam;Geboortedatum;Uren per week;Afdeling;Functie',
      'A-100;Zoë;Maes;04-11-1987;38;Expeditie;Medewerker expeditie',
      'A-101;Jürgen;Öztürk;1-2-1979;"36,5";Orderpicking;Orderpicker',
      'A-101;Kopie;Öztürk;1-2-1979;36;Orderpicking;Orderpicker',
      'A-102;Hélène;Dubois;31-02-1990;32;Inslag;Heftruckchauffeur',
    ].join('\r\n');
    const bytes = Buffer.from([...csv].map((char) => ({ 'ë': 0xeb, 'ü': 0xfc, 'Ö': 0xd6, 'é': 0xe9 })[char] ?? char.charCodeAt(0)));
    await page.getByLabel('CSV-bestand').setInputFiles({ name: 'personeel.csv', mimeType: 'text/csv', buffer: bytes });
    await page.getByText('Rijen gelezen: 4 · tekenset WINDOWS-1252 · scheidingsteken ";"').waitFor();
    await page.getByText('Kunnen worden geïmporteerd: 1 van de 4 werknemers.').waitFor();
    await page.getByText('Hetzelfde personeelsnummer staat ook op regel 4.').waitFor();
    await screenshot(page, 'prevention-04-import-preview');
    await page.getByRole('button', { name: 'Werknemers importeren (1)' }).click();
    await page.getByText('Geïmporteerde werknemers: 1.').waitFor();
    await screenshot(page, 'prevention-05-import-done');

    await page.context().close();
    await app.stop();
  });
});
