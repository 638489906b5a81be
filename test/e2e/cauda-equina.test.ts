import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './harness';
import { downloadedPdfText } from './downloads';
import { screenshot } from './screenshots';
import { close, fillComplaint, openDossier, panel, section, seededPractice, signedIn, startConsultation } from './clinicalHelpers';

describe('a cauda equina case', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows the immediate flag, refuses to save until it is acknowledged, and puts the plan on hold', async () => {
    const { directory } = await seededPractice('NL');
    const { app, page } = await signedIn(browser, directory);
    await openDossier(page);
    await startConsultation(page);
    await fillComplaint(page, { onset: '12-3-26', pain: '8', sickSince: '13-3-26', course: 'Wordt erger' });

    await section(page, 'Rode vlaggen');
    await page.getByLabel('Rijbroekanesthesie').check();
    await page.getByLabel('Blaas- of darmstoornis (retentie of incontinentie)').check();

    const alert = page.getByRole('alert').filter({ hasText: 'Spoed: direct verwijzen' });
    await alert.waitFor();
    await alert.getByRole('heading', { name: /Cauda-equinasyndroom/ }).waitFor();
    await alert.getByText(/Verwijs nu naar de spoedeisende hulp/).waitFor();
    await panel(page).getByText('Direct', { exact: true }).waitFor();
    await panel(page).getByText(/Werkhervatting nog niet gepland/).waitFor();
    await screenshot(page, 'cauda-01-immediate-flag');

    await page.keyboard.press('Control+s');
    await page.getByText(/Bevestig eerst bovenaan dat u dit hebt gezien/).waitFor();

    await page.getByLabel('Verwezen naar').fill('SEH Martini Ziekenhuis');
    await page.getByRole('button', { name: 'Gezien: ik verwijs nu door' }).click();
    await page.locator('.red-flag-alert__ack').getByText('Gezien en bevestigd').waitFor();
    await screenshot(page, 'cauda-02-acknowledged');
    await page.getByRole('button', { name: 'Consult opslaan' }).click();
    await page.getByText('Het consult is opgeslagen.').waitFor();
    // Who acknowledged it, when and where the worker was sent, stamped on save.
    await page.locator('.red-flag-alert__ack').getByText(/Gezien door Dr\. Lotte Janssen op 16-03-2026 om \d\d:30; verwezen naar SEH Martini Ziekenhuis/).waitFor();

    // The worker's leaflet explains the referral and the alarm signs, and reassures about nothing.
    const leaflet = await downloadedPdfText(page, 'Folder voor de werknemer');
    const leafletText = leaflet.text.replace(/\s+/g, ' ');
    expect(leafletText).toContain('Uw rugpijn: de verwijzing en wat u nu doet');
    expect(leafletText).toContain('Ga nu naar de spoedeisende hulp');
    for (const sign of ['geslachtsdelen', 'binnenkant van uw bovenbenen', 'plassen of ontlasting', 'steeds zwakker', 'koorts', 'beide benen']) {
      expect(leafletText).toContain(sign);
    }
    for (const reassurance of [/niets kapot/i, /geen ernstige oorzaak/i, /aspecifiek/i, /foto of scan/i, /vanzelf over/i]) {
      expect(leafletText).not.toMatch(reassurance);
    }

    await page.getByRole('link', { name: 'Naar het werkhervattingsplan' }).click();
    await page.getByText(/Er staat een rode vlag open/).waitFor();
    await page.getByRole('button', { name: 'Beginnen met het voorstel' }).click();
    await expect(page.getByLabel('Gepland').isDisabled()).resolves.toBe(true);
    await expect(page.getByLabel('Aangehouden').isChecked()).resolves.toBe(true);
    // Immediate referral: the hold is looked at again the next day.
    await expect(page.getByLabel('Opnieuw bekijken op').inputValue()).resolves.toBe('17-03-2026');
    await page.getByRole('button', { name: 'Opslaan als nieuwe versie' }).click();
    await page.getByText('Versie 1 is opgeslagen.').waitFor();
    await page.getByText(/Werkhervatting nog niet gepland: eerst de verwijzing afwachten/).first().waitFor();
    await screenshot(page, 'cauda-03-plan-on-hold');

    await page.getByRole('link', { name: /Terug naar het dossier/ }).click();
    const timeline = page.locator('.timeline__consultations');
    await timeline.getByText(/Rijbroekanesthesie; Blaas- of darmstoornis/).waitFor();
    await timeline.getByText(/verwezen naar SEH Martini Ziekenhuis/).waitFor();
    await close(app, page);
  });
});
