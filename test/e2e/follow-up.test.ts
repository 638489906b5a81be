import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadedPdfText } from './downloads';
import { launchChromium } from './harness';
import { screenshot } from './screenshots';
import { close, openDossier, panel, section, signedIn, startConsultation } from './clinicalHelpers';
import { practiceWithEpisode } from './followUpSeed';

describe('a follow-up consultation', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('carries every persistent fact from the previous consultation and shows it side by side', async () => {
    const { directory } = await practiceWithEpisode();
    const { app, page } = await signedIn(browser, directory);
    await openDossier(page);
    await startConsultation(page);
    await page.getByRole('heading', { level: 1, name: /Vervolgconsult/ }).waitFor();

    // Carried over from 09-03-2026 and editable.
    await expect(page.getByLabel('Begin van de klachten').inputValue()).resolves.toBe('12-02-2026');
    await expect(page.getByLabel('Eerste ziektedag').inputValue()).resolves.toBe('13-02-2026');
    await expect(page.getByLabel(/Plan van aanpak gemaakt op/).inputValue()).resolves.toBe('02-03-2026');
    await expect(page.getByLabel(/Probleemanalyse gemaakt op/).inputValue()).resolves.toBe('23-02-2026');
    await expect(page.getByRole('group', { name: 'Werkt de werknemer?' }).getByLabel('Werkt gedeeltelijk').isChecked()).resolves.toBe(true);
    await expect(page.getByRole('group', { name: 'Eerdere episodes van rugpijn' }).getByLabel('Eén keer').isChecked()).resolves.toBe(true);
    // Asked again: pain now and the course.
    await expect(page.getByLabel('Pijn (0-10)').inputValue()).resolves.toBe('');
    await section(page, 'Risicofactoren');
    await expect(page.getByLabel(/Zwaar tillen/).first().isChecked()).resolves.toBe(true);
    await section(page, 'Uitkomsten');
    await expect(page.getByLabel('Gewerkte uren per week').inputValue()).resolves.toBe('24');
    await expect(page.getByLabel('Activiteit 1').inputValue()).resolves.toBe('Dozen tillen');

    // The previous consultation beside the form, with arrows once today's values are in.
    const previous = page.getByRole('region', { name: /Vorig consult · 09-03-2026/ });
    await expect(previous.getByRole('row', { name: /Pijn nu/ }).textContent()).resolves.toMatch(/4/);
    await page.getByLabel('Werkvermogen (0-10)').fill('4');
    await previous.getByRole('row', { name: /Werkvermogen/ }).getByText(/Slechter · relevant/).waitFor();
    await expect(previous.getByRole('row', { name: /Stap in het plan/ }).textContent()).resolves.toMatch(/3 · 24 uur/);
    await screenshot(page, 'follow-up');
    await expect(panel(page).getByText('Geen verbetering').count()).resolves.toBe(0);
    await close(app, page);
  });

  it('shows a four-consultation episode as a chart with the plan steps and the values one click away', async () => {
    const { directory } = await practiceWithEpisode();
    const { app, page } = await signedIn(browser, directory);
    await openDossier(page);
    const chart = page.getByRole('img', { name: 'Uitkomsten over de tijd' });
    await chart.waitFor();
    for (const step of ['Stap 1', 'Stap 2', 'Stap 3', 'Stap 4']) await expect(chart.getByText(step, { exact: true }).count()).resolves.toBe(1);
    await expect(chart.locator('circle').count()).resolves.toBe(4 * 5);
    await page.getByRole('button', { name: 'Toon de waarden als tabel' }).click();
    const table = page.getByRole('table', { name: 'Uitkomsten over de tijd' });
    await table.waitFor();
    await expect(table.getByRole('row').count()).resolves.toBe(5);
    await expect(table.getByRole('row', { name: /16-02-2026/ }).textContent()).resolves.toMatch(/7.*16.*2.*9.*0/);
    await expect(table.getByRole('row', { name: /09-03-2026/ }).textContent()).resolves.toMatch(/Stap 3: 24/);
    await page.getByRole('region', { name: 'Uitkomsten over de tijd' }).screenshot({ path: 'test-output/screenshots/outcome-chart.png' });

    // The record of the fourth consultation has the same chart and the table of the episode.
    await page.getByRole('link', { name: /09-03-2026/ }).click();
    await page.getByRole('heading', { level: 1, name: /Sanne De Wit/ }).waitFor();
    const record = await downloadedPdfText(page, 'Consultverslag');
    const text = record.text.replace(/[ ]+/g, ' ');
    expect(text).toContain('Uitkomsten over de tijd');
    for (const step of ['Stap 1', 'Stap 2', 'Stap 3', 'Stap 4']) expect(text).toContain(step);
    expect(text).toMatch(/16-02-2026 7 16 2 9 0 –/);
    expect(text).toMatch(/09-03-2026 4 8 6 5 24 Stap 3: 24/);
    await close(app, page);
  });

  it('hands the screen to the worker: only the questionnaire, no other screen or data, the passphrase to leave, answers marked in the form', async () => {
    const { directory } = await practiceWithEpisode();
    const { app, page } = await signedIn(browser, directory);
    await openDossier(page);
    await startConsultation(page);
    await page.getByRole('heading', { level: 1, name: /Vervolgconsult/ }).waitFor();
    await page.getByRole('button', { name: 'Vragenlijst door werknemer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hoeveel pijn heeft u nu in uw rug?' }).waitFor();
    await expect(page.getByText('Vraag 1 van 28').isVisible()).resolves.toBe(true);
    // Nothing of the practice on screen.
    await expect(page.getByText('Sanne').count()).resolves.toBe(0);
    await expect(page.getByRole('navigation').count()).resolves.toBe(0);
    await screenshot(page, 'worker-mode');

    await page.getByRole('radio', { name: '3' }).click();
    await page.getByRole('heading', { level: 1, name: /werkvermogen/ }).waitFor();
    await page.keyboard.press('7');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Hoeveel uur heeft u de afgelopen week gewerkt?' }).waitFor();

    // Another screen by its address: still the questionnaire, and main refuses the dossier.
    await page.evaluate(() => {
      window.location.hash = '#/workers';
    });
    await expect(page.getByRole('heading', { level: 1, name: 'Hoeveel uur heeft u de afgelopen week gewerkt?' }).isVisible()).resolves.toBe(true);
    const refused = await page.evaluate(async () => {
      const response = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-ruggensteun-token': sessionStorage.getItem('ruggensteun.token') ?? '' },
        body: JSON.stringify({ channel: 'dossier.get', input: { workerId: 1 } }),
      });
      return (await response.json()) as unknown;
    });
    expect(refused).toEqual({ ok: false, error: { code: 'forbidden' } });

    // Leaving needs the doctor's passphrase.
    await page.getByRole('button', { name: 'Arts: terug naar het consult' }).click();
    await page.getByLabel('Wachtwoord van de arts').fill('verkeerd');
    await page.getByRole('button', { name: 'Terug naar het consult' }).click();
    await page.getByRole('alert').waitFor();
    await page.getByLabel('Wachtwoord van de arts').fill('lange wachtzin voor de test');
    await page.getByRole('button', { name: 'Terug naar het consult' }).click();
    await page.getByRole('heading', { level: 1, name: /Vervolgconsult/ }).waitFor();
    await expect(page.getByLabel('Pijn (0-10)').inputValue()).resolves.toBe('3');
    await section(page, 'Uitkomsten');
    await expect(page.getByLabel('Werkvermogen (0-10)').inputValue()).resolves.toBe('7');
    await expect(page.getByText('ingevuld door werknemer').first().isVisible()).resolves.toBe(true);
    await close(app, page);
  });
});
