import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './harness';
import { screenshot } from './screenshots';
import { close, fillComplaint, openDossier, panel, section, seededPractice, signedIn, startConsultation } from './clinicalHelpers';

describe('a Belgian practice in Dutch', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows Flemish wording: zadelanesthesie, plotse, the spoedgevallendienst', async () => {
    const { directory } = await seededPractice('BE');
    const { app, page } = await signedIn(browser, directory);
    await openDossier(page);
    await startConsultation(page);
    await fillComplaint(page, {
      onset: '2-3-26',
      pain: '7',
      sickSince: '3-3-26',
      sickLabel: 'Eerste dag arbeidsongeschiktheid',
      workStatus: 'Volledig arbeidsongeschikt',
    });

    await section(page, 'Rode vlaggen');
    await expect(page.getByLabel(/^Vasculaire signalen \(plotse hevige pijn/).isVisible()).resolves.toBe(true);
    await expect(page.getByText(/Rijbroekanesthesie|spoedeisende hulp|plotselinge/).count()).resolves.toBe(0);
    await page.getByLabel('Zadelanesthesie').check();

    const alert = page.getByRole('alert').filter({ hasText: 'Spoed: direct verwijzen' });
    await alert.waitFor();
    await expect(alert.getByText(/Verwijs nu door naar de spoedgevallendienst/).isVisible()).resolves.toBe(true);
    await expect(alert.getByRole('heading', { name: /Caudasyndroom/ }).isVisible()).resolves.toBe(true);
    await expect(panel(page).getByText('Zadelanesthesie', { exact: false }).first().isVisible()).resolves.toBe(true);
    await expect(page.getByText(/spoedeisende hulp/).count()).resolves.toBe(0);
    await screenshot(page, 'flemish-01-red-flag');
    await close(app, page);
  });
});
