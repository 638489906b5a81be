import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './harness';
import { screenshot } from './screenshots';
import { downloadedPdfText } from './downloads';
import { close, fillComplaint, openDossier, panel, section, seededPractice, signedIn, startConsultation } from './clinicalHelpers';

describe('a full consultation of an acute non-specific case', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('goes from sign-in to a saved consultation and a saved return-to-work plan', async () => {
    const { directory } = await seededPractice('NL');
    const { app, page } = await signedIn(browser, directory);

    await openDossier(page);
    await page.getByText('Nog geen consulten voor deze werknemer.').waitFor();
    await screenshot(page, 'consultation-01-dossier-empty');

    await startConsultation(page);
    // Onset 02-03-2026, off work since 03-03-2026, seen on 16-03-2026: 14 days, 2 weeks since onset, acute.
    await fillComplaint(page, { onset: '2-3-26', pain: '6', sickSince: '03-03-2026' });
    await panel(page).getByText('2 weken sinds begin klachten (14 dagen)').waitFor();
    await panel(page).getByText('Acuut', { exact: true }).waitFor();
    // Problem analysis on day 41 after the first sick day.
    await panel(page).getByText('13-04-2026').waitFor();
    // The red flags have not been gone through yet: no all-clear.
    await panel(page).getByText('Nog niet nagelopen', { exact: true }).waitFor();
    await expect(panel(page).getByText('Geen rode vlaggen').count()).resolves.toBe(0);
    await screenshot(page, 'consultation-02-complaint');

    // Keyboard: Alt+ArrowDown moves to the next section, Alt+ArrowUp back.
    await page.getByLabel('Pijn (0-10)').focus();
    await page.keyboard.press('Alt+ArrowDown');
    await page.locator('#intake-section-title', { hasText: 'Rode vlaggen' }).waitFor();
    await page.keyboard.press('Alt+ArrowDown');
    await page.locator('#intake-section-title', { hasText: 'Risicofactoren' }).waitFor();
    await page.getByLabel('Zwaar tillen').check();
    await screenshot(page, 'consultation-03-risk-factors');
    await page.keyboard.press('Alt+ArrowUp');
    await page.locator('#intake-section-title', { hasText: 'Rode vlaggen' }).waitFor();
    await page.getByLabel('Geen van deze aanwezig').check();
    await panel(page).getByText('Geen rode vlaggen', { exact: true }).waitFor();

    await section(page, 'Bevindingen en conclusie');
    await page.getByLabel('Bevindingen', { exact: true }).fill('Lumbale pijn, geen neurologische uitval.');
    await page.getByLabel('Conclusie', { exact: true }).fill('Aspecifieke lage rugpijn.');
    await section(page, 'Advies en vervolg');
    await expect(page.getByLabel('In beweging blijven').isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('Tip: tillen').isChecked()).resolves.toBe(true);
    await page.getByLabel('Vervolgafspraak (optioneel)').fill('20-3-26');
    await screenshot(page, 'consultation-04-advice');

    await page.keyboard.press('Control+s');
    await page.getByText('Het consult is opgeslagen.').waitFor();
    const consultationHash = await page.evaluate(() => window.location.hash);
    expect(consultationHash).toMatch(/^#\/workers\/\d+\/consultation\/\d+$/);

    await page.getByRole('link', { name: 'Naar het werkhervattingsplan' }).click();
    await page.getByRole('heading', { level: 1, name: /Werkhervattingsplan/ }).waitFor();
    await page.getByRole('button', { name: 'Beginnen met het voorstel' }).click();
    // Acute, risk unknown: 19, 28.5 and 38 hours, then full duties.
    await expect(page.getByRole('group', { name: 'Stap 1' }).getByLabel('Uren per week').inputValue()).resolves.toBe('19');
    // Dutch decimals are written with a comma, in the editor and in the saved plan.
    await expect(page.getByRole('group', { name: 'Stap 2' }).getByLabel('Uren per week').inputValue()).resolves.toBe('28,5');
    await expect(page.getByRole('group', { name: 'Stap 4' }).getByLabel('Taken').inputValue()).resolves.toBe('full');
    await page.getByRole('group', { name: 'Stap 1' }).getByLabel('Toelichting voor de werkgever (optioneel)').fill('Eerst inpakwerk aan tafel.');
    await screenshot(page, 'consultation-05-plan-editor');
    await page.getByRole('button', { name: 'Opslaan als nieuwe versie' }).click();
    await page.getByText('Versie 1 is opgeslagen.').waitFor();
    await page.getByText('Eerst inpakwerk aan tafel.', { exact: false }).waitFor();
    await page.getByText('28,5 uur per week', { exact: false }).waitFor();
    await screenshot(page, 'consultation-06-plan-saved');

    await page.getByRole('link', { name: /Terug naar het dossier/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Open acties', exact: true }).waitFor();
    await page.getByText('Vervolgconsult').waitFor();
    await page.getByText(/Versie 1 · 16-03-2026/).waitFor();
    await page.getByText(/pijn 6\/10/).waitFor();
    await screenshot(page, 'consultation-07-dossier');

    // The documents of the saved consultation download as PDF files.
    await page.evaluate((hash) => (window.location.hash = hash), consultationHash);
    await page.getByRole('heading', { level: 2, name: 'Documenten', exact: true }).waitFor();
    await screenshot(page, 'consultation-08-documents');
    const recordText = await downloadedPdfText(page, 'Consultverslag');
    expect(recordText.name).toMatch(/^consultverslag-.*-2026-03-16\.pdf$/);
    expect(recordText.text).toContain('Aspecifieke lage rugpijn.');
    const adviceText = await downloadedPdfText(page, 'Advies aan werkgever');
    expect(adviceText.text).toContain('Eerst inpakwerk aan tafel.');
    expect(adviceText.text).not.toContain('rugpijn');
    expect(adviceText.text).not.toContain('STarT Back');
    await close(app, page);
  });
});
