import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage, signIn, startApp } from './harness';
import { screenshot } from './screenshots';
import { close, fixedClock, openDossier, section, seededPractice, signedIn, startConsultation } from './clinicalHelpers';

describe('autosave of the consultation draft', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('brings the draft back after a reload and after a restart', async () => {
    const { directory } = await seededPractice('NL');
    const first = await signedIn(browser, directory);
    let page = first.page;
    await openDossier(page);
    await startConsultation(page);
    await page.getByLabel('Begin van de klachten').fill('2-3-26');
    await page.getByLabel('Pijn (0-10)').fill('7');
    await section(page, 'Bevindingen en conclusie');
    await page.getByLabel('Bevindingen', { exact: true }).fill('Pijn bij vooroverbuigen.');
    await page.getByText('Concept bewaard om 09:30').waitFor();
    await screenshot(page, 'autosave-01-saved');

    await page.reload();
    await page.locator('#intake-section-title', { hasText: 'Klacht' }).waitFor();
    await expect(page.getByLabel('Begin van de klachten').inputValue()).resolves.toBe('02-03-2026');
    await expect(page.getByLabel('Pijn (0-10)').inputValue()).resolves.toBe('7');
    await expect(page.getByText('Concept bewaard om 09:30').isVisible()).resolves.toBe(true);

    // Leaving right after typing still keeps the text: the draft is written when the screen closes.
    await section(page, 'Bevindingen en conclusie');
    await expect(page.getByLabel('Bevindingen', { exact: true }).inputValue()).resolves.toBe('Pijn bij vooroverbuigen.');
    await page.getByLabel('Conclusie', { exact: true }).fill('Aspecifiek.');
    await page.getByRole('link', { name: /Terug naar het dossier/ }).click();
    await page.getByRole('link', { name: 'Consult hervatten (concept 09:30)' }).waitFor();

    await close(first.app, page);
    const app = await startApp(directory, fixedClock);
    page = await openPage(browser, app);
    await signIn(page);
    await openDossier(page);
    await page.getByRole('link', { name: 'Consult hervatten (concept 09:30)' }).click();
    await section(page, 'Bevindingen en conclusie');
    await expect(page.getByLabel('Bevindingen', { exact: true }).inputValue()).resolves.toBe('Pijn bij vooroverbuigen.');
    await expect(page.getByLabel('Conclusie', { exact: true }).inputValue()).resolves.toBe('Aspecifiek.');
    await close(app, page);
  });
});
