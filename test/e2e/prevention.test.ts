import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openVault } from '../../src/main/services/keys/practiceVault';
import { addAccount } from '../../src/main/services/practice/practiceAccounts';
import { nioshLifting } from '../../src/shared/rules';
import { seenOnce, workplaceRows } from '../integration/prevention/preventionFixture';
import { fixedClock } from '../support/practiceFixture';
import { unlockedStore } from '../support/unlockedStore';
import { createPractice, doctor, launchChromium, newDataDirectory, openPage, signIn, startApp } from './harness';
import { screenshot } from './screenshots';

const advisor = { name: 'Ilse Preventie', passphrase: 'wachtzin van de adviseur' };

/** A lifting task rated earlier, stored with its lifting index as the lifting-task form stores it. */
function liftingTask(store: Awaited<ReturnType<typeof unlockedStore>>, employerId: number, jobId: number, liftingIndex: number) {
  store.sqliteConnection
    .prepare(
      `INSERT INTO lifting_tasks (employer_id, job_position_id, name, load_kg, horizontal_cm, vertical_cm, distance_cm, asymmetry_deg,
         frequency_per_min, duration_hours, coupling, rwl_kg, lifting_index, band, assessed_on, assessor, notes, created_at, updated_at)
       VALUES (?, ?, 'Dozen van de pallet tillen', 20, 50, 30, 60, 45, 3, 2, 'fair', ?, ?, 'high', '2025-11-01', 'Ilse Preventie', NULL, '2025-11-01', '2025-11-01')`,
    )
    .run(employerId, jobId, 20 / liftingIndex, liftingIndex);
}

/**
 * Employer 'Demo Logistiek Oost' with departments where 1, 2, 4, 5 and 8 workers were seen in 2025,
 * each with ten colleagues who were not, except Orderpicking, where all 8 were seen; and an advisor's account.
 */
async function seedWorkplace(directory: string) {
  const store = await unlockedStore(directory, doctor, fixedClock());
  try {
    const rows = await workplaceRows(store);
    const employerId = await rows.employer('Demo Logistiek Oost');
    const sizes: Array<[string, number]> = [['Administratie', 1], ['Kwaliteit', 2], ['Onderhoud', 4], ['Expeditie', 5], ['Orderpicking', 8]];
    for (const [name, size] of sizes) {
      const departmentId = await rows.department(employerId, name);
      const jobId = await rows.job(employerId, departmentId, name === 'Orderpicking' ? 'Orderpicker' : `Medewerker ${name.toLowerCase()}`);
      if (name === 'Orderpicking') liftingTask(store, employerId, jobId, 4.33);
      for (let i = 0; i < size; i += 1) {
        const episodes = seenOnce();
        if (name === 'Orderpicking' && episodes[0]?.consultations[0]) episodes[0].consultations[0].factors = ['heavyLifting', 'frequentBendingTwisting'];
        await rows.worker(employerId, departmentId, jobId, episodes);
      }
      if (name !== 'Orderpicking') for (let i = 0; i < 10; i += 1) await rows.worker(employerId, departmentId, jobId);
    }
  } finally {
    store.close();
  }
  // The advisor with a key slot of their own: after the doctor signs out, their sign-in opens the file.
  const vault = openVault(directory, { clock: fixedClock() });
  try {
    if (!(await vault.unlockWithPassphrase(doctor.name, doctor.passphrase))) throw new Error('The doctor cannot open the practice file');
    await addAccount(vault, { ...advisor, role: 'preventionAdvisor' });
  } finally {
    vault.close();
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
    await signIn(page, advisor);
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
    await expect(departments.getByRole('row', { name: /Administratie/ }).innerText()).resolves.toMatch(/11\s+< 5\s+–\s+< 5\s+< 5/);
    // All 8 of Orderpicking were seen: the row must not say so; it says 'at least 5'.
    await expect(departments.getByRole('row', { name: /Orderpicking/ }).innerText()).resolves.toMatch(/8\s+≥ 5\s+–\s+\*\s+\*/);
    await page.getByRole('heading', { name: /Tilhulpmiddelen/ }).waitFor();

    // The summary: each count with its rate per 100 workers and the same months of 2024 beside it.
    const summary = page.getByRole('table', { name: 'Samenvatting' });
    await expect(summary.getByRole('row', { name: /Gezien voor rugklachten/ }).innerText()).resolves.toMatch(/20\s+33,3\s+< 5/);
    // One display per block: the chart, the same figures as a table one click away.
    const phases = page.getByRole('figure').filter({ hasText: 'Duur van de klachten' });
    await expect(page.getByRole('table', { name: /Duur van de klachten/ }).count()).resolves.toBe(0);
    const showPhases = page.getByRole('button', { name: 'Toon de cijfers als tabel' }).nth(1);
    await expect(showPhases.getAttribute('aria-expanded')).resolves.toBe('false');
    await showPhases.click();
    await page.getByRole('table', { name: /Duur van de klachten/ }).waitFor();
    await expect(phases.count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Verberg de tabel' }).getAttribute('aria-expanded')).resolves.toBe('true');
    // The note on hidden figures once.
    await expect(page.getByText('verborgen zodat een kleine groep niet uit de totalen kan worden berekend', { exact: false }).count()).resolves.toBe(1);
    // The lifting index with the two decimals of its band: 4,33, not 4,30.
    await expect(page.getByRole('row', { name: /Dozen van de pallet tillen/ }).innerText()).resolves.toMatch(/4,33/);
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
