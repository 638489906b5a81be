import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPractice, launchChromium, newDataDirectory, openPage, signIn, signInForm, startApp } from './harness';
import { screenshot } from './screenshots';

describe('a new practice, end to end in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('sets up the practice, creates a worker, and finds it again after a restart', async () => {
    const directory = newDataDirectory();
    let app = await startApp(directory);
    let page = await openPage(browser, app);

    await page.getByRole('heading', { name: 'Welkom bij Ruggensteun', exact: true }).waitFor();
    await screenshot(page, '01-first-start');

    // The form refuses a short passphrase with a message next to the field.
    await page.getByLabel('Naam van de praktijk').fill('Arbodienst Testpraktijk');
    await page.getByLabel('Uw naam').fill('Dr. Lotte Janssen');
    await page.getByLabel('Wachtwoord', { exact: true }).fill('kort');
    await page.getByRole('button', { name: 'Praktijk aanmaken' }).click();
    await page.getByText('Kies een wachtwoord van minstens 10 tekens.').waitFor();
    await screenshot(page, '02-first-start-validation');

    await createPractice(page);
    await page.getByRole('heading', { name: 'Werknemers', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Voorbeeldpraktijk laden' }).click();
    await page.getByText('50 getoond', { exact: true }).waitFor();
    await screenshot(page, '03-workers-demo');

    // A new worker, with a date typed the short way.
    await page.getByRole('button', { name: '+ Nieuwe werknemer' }).click();
    await page.getByLabel('Voornaam').fill('Jürgen');
    await page.getByLabel('Achternaam').fill('Van den Broeck-Çelik');
    await page.getByLabel('Geboortedatum').fill('3-2-78');
    await page.getByLabel('Personeelsnummer', { exact: true }).fill('X-4711');
    await page.getByLabel('Werkgever').selectOption({ label: 'Demo Distributiecentrum De Kade' });
    await page.getByLabel('Functie').selectOption({ label: 'Orderpicker' });
    await page.getByLabel('Contracturen per week').fill('abc');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Geef een getal.').waitFor();
    await page.getByLabel('Contracturen per week').fill('36');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Jürgen Van den Broeck-Çelik is opgeslagen.').waitFor();
    await screenshot(page, '04-worker-saved');

    // Restart the app on the same data folder.
    await page.context().close();
    await app.stop();
    app = await startApp(directory);
    page = await openPage(browser, app);
    await page.getByRole('heading', { name: 'Aanmelden', exact: true }).waitFor();
    await screenshot(page, '05-sign-in');
    await signIn(page);
    await page.getByLabel('Zoek op naam of personeelsnummer').fill('celik jurg');
    await page.getByText('1 getoond', { exact: true }).waitFor();
    await page.getByRole('button', { name: /Van den Broeck-Çelik, Jürgen/ }).click();
    await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
    await expect(page.getByLabel('Geboortedatum').inputValue()).resolves.toBe('03-02-1978');
    await expect(page.getByLabel('Contracturen per week').inputValue()).resolves.toBe('36');

    await page.getByRole('link', { name: '← Werknemers' }).click();
    await page.getByLabel('Zoek op naam of personeelsnummer').fill('x4711');
    await page.getByText('1 getoond', { exact: true }).waitFor();
    await screenshot(page, '06-worker-found');
    // Particles and initials typed with the surname: the index is asked for the rare word, the
    // others are checked on what it found.
    await page.getByLabel('Zoek op naam of personeelsnummer').fill('');
    await page.getByText('51 getoond', { exact: true }).waitFor();
    await page.getByLabel('Zoek op naam of personeelsnummer').fill('van d broeck c j');
    await page.getByText('1 getoond', { exact: true }).waitFor();
    await page.getByRole('button', { name: /Van den Broeck-Çelik, Jürgen/ }).waitFor();
    await screenshot(page, '07-worker-found-by-particles');
    await page.context().close();
    await app.stop();
  });

  it('adds an employer with a department and a job with its demands', async () => {
    const app = await startApp(newDataDirectory());
    const page = await openPage(browser, app);
    await createPractice(page);
    await page.getByRole('link', { name: 'Werkgevers' }).click();
    await page.getByRole('button', { name: '+ Nieuwe werkgever' }).click();
    await page.getByLabel('Naam van de werkgever').fill('Brouwerij Sint-Gérard');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { name: 'Brouwerij Sint-Gérard', exact: true }).waitFor();

    await page.getByLabel('Naam van de afdeling').fill('Bottelarij');
    await page.getByRole('button', { name: 'Afdeling toevoegen' }).click();
    await page.getByRole('listitem').filter({ hasText: 'Bottelarij' }).waitFor();

    await page.getByLabel('Functienaam').fill('Bottelaar');
    await page.getByLabel('Afdeling', { exact: true }).selectOption({ label: 'Bottelarij' });
    await page.getByLabel('Zwaarste last (kg)').fill('18,5');
    await page.getByLabel('Tillen en dragen').selectOption('high');
    await page.getByLabel('Bukken en draaien').selectOption('moderate');
    await page.getByRole('button', { name: 'Functie toevoegen' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Bottelaar' });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('Tillen en dragen (groot deel van de dag), Bukken en draaien (regelmatig)');
    await expect(row.textContent()).resolves.toContain('18,5');
    await screenshot(page, '07-employer');
    await page.context().close();
    await app.stop();
  });

  it('refuses a wrong passphrase with a message in Dutch', async () => {
    const app = await startApp(newDataDirectory());
    const page = await openPage(browser, app);
    await createPractice(page);
    await page.getByRole('button', { name: 'Afmelden' }).click();
    const form = signInForm(page);
    await form.getByLabel('Naam', { exact: true }).fill('Dr. Lotte Janssen');
    await form.getByLabel('Wachtwoord', { exact: true }).fill('dit is niet de wachtzin');
    await form.getByRole('button', { name: 'Aanmelden' }).click();
    await form.getByText('Naam of wachtwoord klopt niet.').waitFor();
    await expect(form.getByLabel('Wachtwoord', { exact: true }).inputValue()).resolves.toBe('');
    await page.context().close();
    await app.stop();
  });
});
