import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './harness';
import { screenshot } from './screenshots';
import { downloadedPdfText } from './downloads';
import { close, fillComplaint, openDossier, panel, section, seededPractice, signedIn, startConsultation } from './clinicalHelpers';


describe('a worker with a history of cancer, followed up', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('marks the flag evaluated at the follow-up: the plan is no longer on hold, the advice is to stay active, the record keeps the flag', async () => {
    const { directory } = await seededPractice('NL');
    const { app, page } = await signedIn(browser, directory);
    await openDossier(page);

    // First consultation on 09-03-2026: the history of cancer holds the plan (within 48 hours).
    await startConsultation(page);
    await page.getByLabel('Datum consult').fill('9-3-26');
    await fillComplaint(page, { onset: '2-3-26', pain: '6', sickSince: '3-3-26' });
    await section(page, 'Rode vlaggen');
    await page.getByLabel('Maligniteit in de voorgeschiedenis').check();
    await panel(page).getByText('Binnen 48 uur', { exact: true }).first().waitFor();
    await expect(panel(page).getByText(/Werkhervatting nog niet gepland/).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Consult opslaan' }).click();
    await page.getByText('Het consult is opgeslagen.').waitFor();

    // Follow-up on 16-03-2026 in the same episode: the finding is still true.
    await page.getByRole('link', { name: 'Terug naar het dossier' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Sanne De Wit' }).waitFor();
    await startConsultation(page);
    await page.getByLabel('Pijn (0-10)').fill('4');
    await page.getByRole('group', { name: 'Uitstraling' }).getByLabel('Geen').check();
    await page.getByRole('group', { name: 'Beloop tot nu' }).getByLabel('Gaat beter').check();
    await page.getByRole('group', { name: 'Eerdere episodes van rugpijn' }).getByLabel('Geen').check();
    await section(page, 'Rode vlaggen');
    // Carried over as history; today's checklist still has to be gone through.
    await expect(page.getByLabel('Maligniteit in de voorgeschiedenis').isChecked()).resolves.toBe(true);
    await page.getByLabel('Nagelopen: wat niet is aangevinkt, is niet aanwezig').check();
    await panel(page).getByText(/Werkhervatting nog niet gepland/).waitFor();

    await panel(page).getByRole('button', { name: 'Markeren als geëvalueerd' }).click();
    await panel(page).getByLabel('Wat is er gedaan?').fill('verwezen, maligniteit uitgesloten');
    await panel(page).getByRole('button', { name: 'Vastleggen' }).click();
    await panel(page).getByText('Geen open rode vlaggen').waitFor();
    await expect(panel(page).getByText(/Geëvalueerd:/).isVisible()).resolves.toBe(true);
    await expect(panel(page).getByText(/verwezen, maligniteit uitgesloten/).isVisible()).resolves.toBe(true);
    await expect(panel(page).getByText(/Werkhervatting nog niet gepland/).count()).resolves.toBe(0);
    await expect(panel(page).getByText(/^Voorstel: \d+ stappen/).isVisible()).resolves.toBe(true);
    await screenshot(page, 'evaluated-01-panel');

    await section(page, 'Advies en vervolg');
    await expect(page.getByLabel('In beweging blijven').isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('Verwijzing opvolgen').isChecked()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Consult opslaan' }).click();
    await page.getByText('Het consult is opgeslagen.').waitFor();
    // Main stamped the evaluation with the doctor and the date.
    await panel(page).getByText('(Dr. Lotte Janssen, 16-03-2026)').waitFor();

    const record = await downloadedPdfText(page, 'Consultverslag');
    expect(record.text.replace(/\s+/g, ' ')).toMatch(/Maligniteit in de voorgeschiedenis: verdenking maligniteit \(binnen 48 uur\) · geëvalueerd op 16-03-2026 door Dr\. Lotte Janssen: verwezen, maligniteit uitgesloten/);
    const leaflet = await downloadedPdfText(page, 'Folder voor de werknemer');
    expect(leaflet.text).toContain('Blijf in beweging');

    await page.getByRole('link', { name: 'Naar het werkhervattingsplan' }).click();
    await page.getByRole('heading', { level: 1, name: /Werkhervattingsplan/ }).waitFor();
    await expect(page.getByText(/Er staat een rode vlag open/).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Beginnen met het voorstel' }).click();
    await expect(page.getByLabel('Gepland').isDisabled()).resolves.toBe(false);
    await expect(page.getByLabel('Gepland').isChecked()).resolves.toBe(true);

    await page.getByRole('link', { name: /Terug naar het dossier/ }).click();
    await page.getByText(/Maligniteit in de voorgeschiedenis \(geëvalueerd\)/).waitFor();
    await screenshot(page, 'evaluated-02-dossier');
    await close(app, page);
  });
});
