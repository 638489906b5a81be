import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { close, openDossier, panel, signedIn, startConsultation } from './clinicalHelpers';
import { practiceMidPlan } from './glanceSeed';
import { launchChromium } from './harness';
import { screenshot } from './screenshots';

/* A 960-pixel window (a small laptop, or the app beside another window): nothing is wider than the window. */

const NARROW = { width: 960, height: 800 };

function pageWidth(page: Page) {
  return page.evaluate(() => ({ scrollWidth: document.scrollingElement?.scrollWidth ?? 0, innerWidth: window.innerWidth }));
}

describe('a 960-pixel window', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('fits the consultation, its buttons beside the clinical panel, and the prevention dashboard with its filters', async () => {
    const { directory } = await practiceMidPlan('NL');
    const { app, page } = await signedIn(browser, directory);
    await page.setViewportSize(NARROW);
    await openDossier(page);
    await startConsultation(page);
    const { scrollWidth, innerWidth } = await pageWidth(page);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    // The row under the form wraps: no button runs under the clinical panel.
    const aside = await panel(page).boundingBox();
    const buttons = ['← Vorige', 'Volgende →', 'Vragenlijst door werknemer', 'Consult opslaan'];
    for (const name of buttons) {
      const box = await page.getByRole('button', { name, exact: true }).boundingBox();
      expect(box, name).not.toBeNull();
      expect((box?.x ?? 0) + (box?.width ?? 0), name).toBeLessThanOrEqual(aside?.x ?? 0);
    }
    await screenshot(page, 'narrow-01-consultation');

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Preventie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Preventie op de werkplek', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Werkplekrapport (PDF)' }).waitFor();
    const dashboard = await pageWidth(page);
    expect(dashboard.scrollWidth).toBeLessThanOrEqual(dashboard.innerWidth);
    await screenshot(page, 'narrow-02-prevention');
    await close(app, page);
  });
});
