import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './harness';
import { downloadedPdfText } from './downloads';
import { screenshot } from './screenshots';
import { close, fillComplaint, openDossier, panel, section, seededPractice, signedIn, startConsultation } from './clinicalHelpers';

describe('red-flag screening, signing and amendments', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('says "nog niet nagelopen" until the flags are screened, then signs the consultation; a correction keeps both texts', async () => {
    const { directory } = await seededPractice('NL');
    const { app, page } = await signedIn(browser, directory);
    await openDossier(page);
    await startConsultation(page);
    await fillComplaint(page, { onset: '12-3-26', pain: '5', sickSince: '13-3-26' });
    const nav = page.getByRole('navigation', { name: 'Onderdelen van het consult' });

    // Nothing screened yet: neutral, never the all-clear.
    await panel(page).getByText('Nog niet nagelopen', { exact: true }).waitFor();
    await expect(panel(page).getByText('Geen rode vlaggen').count()).resolves.toBe(0);
    await nav.getByRole('button', { name: /Klacht.*klaar/ }).waitFor();
    await nav.getByRole('button', { name: /Rode vlaggen.*nog niet/ }).waitFor();
    await screenshot(page, 'screening-01-not-yet-screened');

    // One questionnaire at a time; Örebro as 0-10 rows, the complaint's pain carried into item 2.
    await section(page, 'Vragenlijsten');
    await page.getByRole('button', { name: /Örebro/ }).click();
    const orebro = page.getByRole('region', { name: /Örebro/ });
    await orebro.getByRole('group', { name: /^5\. / }).getByRole('radio', { name: '3', exact: true }).check();
    await expect(orebro.getByRole('group', { name: /^2\. / }).getByLabel('5', { exact: true }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('region', { name: 'STarT Back Screening Tool' }).count()).resolves.toBe(0);
    await screenshot(page, 'screening-01b-orebro-rows');
    await orebro.getByLabel(/^1\. /).selectOption('3');
    for (const item of [3, 4, 6, 7, 8, 9, 10]) {
      await orebro.getByRole('group', { name: new RegExp(`^${item}\\. `) }).getByRole('radio', { name: '5', exact: true }).check();
    }
    // 3 + 5 + (10-5) + (10-5) + 3 + 5 + 5 + (10-5) + 5 + 5 = 46: below the cut-off of 50.
    await orebro.getByText('Score 46/100: laag risico').waitFor();

    await section(page, 'Bevindingen en conclusie');
    await page.getByLabel('Bevindingen', { exact: true }).fill('Lasègue links positief bij 40 graden.');

    // Saving refuses, at the red-flag section, with what to do.
    await page.keyboard.press('Control+s');
    await page.locator('#intake-section-title', { hasText: 'Rode vlaggen' }).waitFor();
    await page.locator('#red-flags-screened-error').getByText(/Loop eerst de rode vlaggen na/).waitFor();
    // The flags the app derives itself are read-only lines.
    await page.getByText(/automatisch: 45 jaar bij eerste klachten/).waitFor();
    await screenshot(page, 'screening-02-refused-at-red-flags');

    await page.getByLabel('Geen van deze aanwezig').check();
    await panel(page).getByText('Geen rode vlaggen', { exact: true }).waitFor();
    await nav.getByRole('button', { name: /Rode vlaggen.*klaar/ }).waitFor();
    await screenshot(page, 'screening-03-screened');

    await page.keyboard.press('Control+s');
    await page.getByText('Het consult is opgeslagen.').waitFor();
    await page.getByText(/Ondertekend door Dr\. Lotte Janssen op 16-03-2026 om \d\d:30/).waitFor();

    // Reopened from the dossier, the signed consultation is read-only.
    await page.getByRole('link', { name: 'Terug naar het dossier' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Sanne De Wit', exact: true }).waitFor();
    await page.getByRole('link', { name: /16-03-2026/ }).click();
    await page.getByRole('button', { name: 'Correctie maken' }).waitFor();
    await section(page, 'Bevindingen en conclusie');
    await expect(page.getByLabel('Bevindingen', { exact: true }).isDisabled()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Consult opslaan' }).count()).resolves.toBe(0);
    await screenshot(page, 'screening-04-signed-read-only');

    // A correction needs a reason; the earlier text stays in the history.
    await page.getByRole('button', { name: 'Correctie maken' }).click();
    await page.getByLabel('Bevindingen', { exact: true }).fill('Lasègue rechts positief bij 40 graden.');
    await page.getByRole('button', { name: 'Correctie opslaan' }).click();
    await page.locator('#amendment-reason-error').getByText('Vul dit veld in.').waitFor();
    await page.getByLabel('Reden van de correctie').fill('Verkeerde zijde genoteerd');
    await page.getByRole('button', { name: 'Correctie opslaan' }).click();
    await page.getByText('De correctie is opgeslagen; de eerdere versie staat in de geschiedenis.').waitFor();
    const history = page.getByRole('region', { name: 'Geschiedenis van dit consult' });
    await history.getByText(/Correctie door Dr\. Lotte Janssen op 16-03-2026/).waitFor();
    await history.getByText('Reden: Verkeerde zijde genoteerd').waitFor();
    await history.getByText('Lasègue links positief bij 40 graden.').waitFor();
    await history.getByText('Lasègue rechts positief bij 40 graden.').waitFor();
    await expect(page.getByLabel('Bevindingen', { exact: true }).isDisabled()).resolves.toBe(true);
    await history.scrollIntoViewIfNeeded();
    await screenshot(page, 'screening-05-amendment-history');

    const record = await downloadedPdfText(page, 'Consultverslag');
    const text = record.text.replace(/\s+/g, ' ');
    expect(text).toContain('Screening Nagelopen in dit consult');
    expect(text).toContain('Geschiedenis van dit consult');
    expect(text).toContain('Lasègue links positief bij 40 graden.');
    expect(text).toContain('Lasègue rechts positief bij 40 graden.');

    await page.getByRole('link', { name: 'Terug naar het dossier' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Sanne De Wit', exact: true }).waitFor();
    await page.getByText(/1 correctie/).waitFor();
    await page.locator('.access-log summary').click();
    await page.getByRole('cell', { name: 'Gecorrigeerd' }).first().waitFor();
    await screenshot(page, 'screening-06-dossier-with-amendment');
    await close(app, page);
  });
});
