import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './harness';
import { screenshot } from './screenshots';
import { close, signedIn } from './clinicalHelpers';
import { downloadedPdfText } from './downloads';
import { practiceWithEpisode } from './followUpSeed';

describe('the referral letter', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('carries the BIG number from the doctor’s account and is made only with the worker’s consent', async () => {
    const { directory, workerId } = await practiceWithEpisode(1);
    const { app, page } = await signedIn(browser, directory);

    await page.getByRole('link', { name: 'Mijn account', exact: true }).click();
    const account = page.getByRole('region', { name: 'Registratienummer' });
    await account.getByLabel('BIG-nummer').fill('1234');
    await account.getByRole('button', { name: 'Opslaan' }).click();
    await account.getByText('Een BIG-nummer heeft 11 cijfers, bijvoorbeeld 19012345601.').waitFor();
    await account.getByLabel('BIG-nummer').fill('123 456 789 01');
    await account.getByRole('button', { name: 'Opslaan' }).click();
    await account.getByRole('status').filter({ hasText: 'Opgeslagen' }).waitFor();
    await expect(account.getByLabel('BIG-nummer').inputValue()).resolves.toBe('12345678901');
    await screenshot(page, 'referral-01-account-nl');

    await page.evaluate((id) => (window.location.hash = `#/workers/${id}/consultation/1`), workerId);
    const documents = page.getByRole('region', { name: 'Documenten' });
    await documents.getByText('Verwijsbrief', { exact: true }).click();
    await documents.getByLabel('Reden van verwijzing').fill('Graag uw beoordeling van de aanhoudende klachten.');
    await documents.getByRole('button', { name: 'Verwijsbrief maken' }).click();
    await documents.getByText('Vraag eerst de toestemming van de werknemer en vink die hier aan.').waitFor();
    await screenshot(page, 'referral-02-consent-missing-nl');

    await documents.getByLabel('De werknemer stemt in met deze verwijzing en met het delen van deze gegevens').check();
    const letter = await downloadedPdfText(page, 'Verwijsbrief maken');
    expect(letter.name).toMatch(/^verwijsbrief-de-wit-2026-02-16\.pdf$/);
    const text = letter.text.replace(/\s+/g, ' ');
    expect(text).toContain('De werknemer stemt in met deze verwijzing.');
    expect(text).toContain('Dr. Lotte Janssen, bedrijfsarts BIG-nummer 12345678901');
    expect(letter.text.split('\f').filter((page) => page.trim() !== '')).toHaveLength(1);
    await screenshot(page, 'referral-03-made-nl');

    await page.getByLabel('Taal').selectOption('fr');
    await page.getByRole('region', { name: 'Documents' }).getByText('Le travailleur accepte cette orientation et le partage de ces informations').waitFor();
    await screenshot(page, 'referral-04-form-fr');
    await page.getByRole('link', { name: 'Mon compte', exact: true }).click();
    await page.getByRole('region', { name: 'Numéro d’enregistrement' }).getByLabel('Numéro BIG').waitFor();
    await screenshot(page, 'referral-05-account-fr');
    await close(app, page);
  });
});
