import type { Browser, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage, signIn, startApp } from './harness';
import { screenshot } from './screenshots';
import { holdFrames, installFrameControl, releaseFrames } from './slowFrames';
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
    await page.getByText('Concept bewaard om 09:30').waitFor();

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

  it('keeps each field its own text when focus, frames and draft saves are late', async () => {
    const { directory } = await seededPractice('NL');
    const { app, page } = await signedIn(browser, directory, installFrameControl);
    await openDossier(page);
    await startConsultation(page);

    // Draft saves wait in the network until released, newest first, as on a busy machine.
    const held: Route[] = [];
    let holding = true;
    let draftSent: () => void = () => undefined;
    const firstDraftSent = new Promise<void>((resolve) => (draftSent = resolve));
    await page.route('**/api/invoke', async (route) => {
      const body = route.request().postDataJSON() as { channel?: string };
      if (holding && body.channel === 'consultations.saveDraft') {
        held.push(route);
        draftSent();
        return;
      }
      await route.continue();
    });

    await page.getByLabel('Begin van de klachten').fill('2-3-26');
    await page.getByLabel('Pijn (0-10)').fill('6');

    // The section changes while no frame is drawn; the doctor goes straight on typing elsewhere.
    await holdFrames(page);
    await section(page, 'Bevindingen en conclusie');
    await page.getByLabel('Conclusie', { exact: true }).click();
    await page.keyboard.type('Aspe');
    await releaseFrames(page);
    await page.keyboard.type('cifiek.');
    await expect(page.getByLabel('Conclusie', { exact: true }).inputValue()).resolves.toBe('Aspecifiek.');
    await expect(page.getByLabel('Bevindingen', { exact: true }).inputValue()).resolves.toBe('');

    await page.getByLabel('Bevindingen', { exact: true }).click();
    await page.keyboard.type('Flexie beperkt, Lasègue negatief.');
    await firstDraftSent;
    // More typing in other sections while that draft save is still on its way.
    await page.getByLabel('Conclusie', { exact: true }).press('End');
    await page.keyboard.type(' Geen alarmsignalen.');
    await section(page, 'Klacht');
    await page.getByLabel('Pijn (0-10)').fill('5');
    await page.getByRole('link', { name: /Terug naar het dossier/ }).click();
    holding = false;
    for (const route of held.reverse()) await route.continue();
    await page.getByRole('heading', { level: 1, name: 'Sanne De Wit', exact: true }).waitFor();
    await page.getByRole('link', { name: /Consult hervatten/ }).click();
    await page.locator('#intake-section-title', { hasText: 'Klacht' }).waitFor();
    await expect(page.getByLabel('Begin van de klachten').inputValue()).resolves.toBe('02-03-2026');
    await expect(page.getByLabel('Pijn (0-10)').inputValue()).resolves.toBe('5');
    await section(page, 'Bevindingen en conclusie');
    await expect(page.getByLabel('Bevindingen', { exact: true }).inputValue()).resolves.toBe('Flexie beperkt, Lasègue negatief.');
    await expect(page.getByLabel('Conclusie', { exact: true }).inputValue()).resolves.toBe('Aspecifiek. Geen alarmsignalen.');
    await close(app, page);
  });
});
