import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './harness';
import { screenshot } from './screenshots';
import { close, fillComplaint, openDossier, seededPractice, signedIn, startConsultation } from './clinicalHelpers';

describe('switching the language', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows the dossier, the intake and the live panel in French and in English', async () => {
    const { directory } = await seededPractice('BE');
    const { app, page } = await signedIn(browser, directory);
    await openDossier(page);
    await startConsultation(page);
    await fillComplaint(page, {
      onset: '1-2-26',
      pain: '6',
      sickSince: '2-2-26',
      sickLabel: 'Eerste dag arbeidsongeschiktheid',
      workStatus: 'Volledig arbeidsongeschikt',
    });

    await page.getByLabel('Taal').selectOption('fr');
    await page.getByLabel('Début des plaintes').waitFor();
    await expect(page.getByLabel('Début des plaintes').inputValue()).resolves.toBe('01-02-2026');
    const panelFr = page.getByRole('complementary', { name: 'Aide clinique' });
    // Not gone through yet: neutral, not the all-clear.
    await panelFr.getByText('Pas encore passés en revue', { exact: true }).waitFor();
    await panelFr.getByText('Programme Fedris de prévention des lombalgies').first().waitFor();
    await page.getByRole('button', { name: 'Enregistrer la consultation' }).waitFor();
    await screenshot(page, 'languages-01-french');
    await page.getByRole('navigation', { name: 'Parties de la consultation' }).getByRole('button', { name: /Drapeaux rouges/ }).click();
    await page.locator('#intake-section-title', { hasText: 'Drapeaux rouges' }).waitFor();
    await page.getByLabel('Aucun de ces signes n’est présent').check();
    await panelFr.getByText('Aucun drapeau rouge', { exact: true }).waitFor();
    await screenshot(page, 'languages-01b-french-red-flags');
    await page.getByRole('navigation', { name: 'Parties de la consultation' }).getByRole('button', { name: /Plainte/ }).click();
    await page.getByLabel('Début des plaintes').waitFor();

    await page.getByLabel('Langue').selectOption('en');
    await page.getByLabel('Complaints began on').waitFor();
    // A date already typed follows the language without being retyped.
    await expect(page.getByLabel('Complaints began on').inputValue()).resolves.toBe('01/02/2026');
    const panelEn = page.getByRole('complementary', { name: 'Clinical support' });
    // English dates are written dd/mm/yyyy: the 4-week contact, 28 days after 02-02-2026.
    await panelEn.getByRole('listitem').filter({ hasText: '4 weeks of incapacity' }).getByText('02/03/2026').waitFor();
    await panelEn.getByText('No red flags').waitFor();
    await panelEn.getByText('Legal deadlines').waitFor();
    await screenshot(page, 'languages-02-english');

    await page.getByRole('link', { name: /Back to the dossier/ }).click();
    await page.getByRole('link', { name: /Continue consultation/ }).waitFor();
    await page.getByRole('heading', { name: 'Open actions', exact: true }).waitFor();
    await page.getByLabel('Language').selectOption('nl');
    await page.getByRole('link', { name: /Consult hervatten/ }).waitFor();
    await close(app, page);
  });
});
