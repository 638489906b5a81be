import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solidPng } from '../support/pngImage';
import { close, fixedClock, openDossier, seededPractice, signedIn } from './clinicalHelpers';
import { createPractice, doctor, launchChromium, newDataDirectory, openPage, signIn, signInForm, startApp } from './harness';
import { screenshot } from './screenshots';

const advisor = { name: 'Pim Preventie', passphrase: 'adviseur met een lange wachtzin' };

function navigation(page: Page) {
  return page.getByRole('navigation', { name: /Hoofdmenu|Menu principal/ });
}

async function navLabels(page: Page): Promise<string[]> {
  return (await navigation(page).getByRole('link').allTextContents()).map((text) => text.trim());
}

describe('the practice settings screen', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('changes the practice, its letterhead and language, and adds an advisor who sees no dossiers', async () => {
    const app = await startApp(newDataDirectory(), fixedClock);
    const page = await openPage(browser, app);
    await createPractice(page, { jurisdiction: 'NL' });
    await page.getByRole('heading', { name: 'Werknemers', exact: true }).waitFor();
    expect(await navLabels(page)).toEqual(['Werknemers', 'Agenda', 'Werkgevers', 'Preventie', 'Praktijk', 'Mijn account']);

    await navigation(page).getByRole('link', { name: 'Praktijk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Praktijk', exact: true }).waitFor();
    await expect(page.getByLabel('Naam van de praktijk').inputValue()).resolves.toBe('Arbodienst Testpraktijk');
    await expect(page.getByLabel('Kleinste groep in werkplekrapporten').inputValue()).resolves.toBe('5');
    await expect(page.getByLabel('Afkappunt Örebro-vragenlijst').inputValue()).resolves.toBe('50');
    await page.getByText('Groepen met minder mensen dan dit aantal worden verborgen in werkplekrapporten').waitFor();
    await page.getByText('50 is het afkappunt van Linton (2011); sommige diensten gebruiken een ander.').waitFor();

    // A file that is no image is refused before anything is sent.
    await page.getByLabel('Logo').setInputFiles({ name: 'logo.txt', mimeType: 'image/png', buffer: Buffer.from('geen afbeelding') });
    await page.getByText('Dit bestand is geen PNG- of JPEG-afbeelding.').waitFor();
    await page.getByLabel('Logo').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: solidPng(120, 40, [31, 111, 107]) });
    await page.getByRole('img', { name: 'Voorbeeld van het logo' }).waitFor();
    await expect(page.getByText('Dit bestand is geen PNG- of JPEG-afbeelding.').count()).resolves.toBe(0);

    await page.getByLabel('Naam van de praktijk').fill('Rugzorg Arbodienst');
    await page.getByLabel('Adres').fill('Voorbeeldstraat 12\n1234 AB Voorbeeldstad');
    await page.getByLabel('Telefoon').fill('010 123 45 67');
    await page.getByLabel('E-mail').fill('praktijk@');
    await page.getByLabel('Kleinste groep in werkplekrapporten').fill('2');
    await page.getByRole('button', { name: 'Gegevens opslaan' }).click();
    await page.getByText('De kleinste groep telt 3 tot en met 50 personen.').waitFor();
    await page.getByText('Geef een geldig e-mailadres.').waitFor();
    await page.getByLabel('Kleinste groep in werkplekrapporten').fill('6');
    await page.getByLabel('E-mail').fill('praktijk@rugzorg.example');
    await page.getByRole('button', { name: 'Gegevens opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'De gegevens zijn opgeslagen.' }).waitFor();
    // The header follows the new name.
    await page.locator('.shell__practice', { hasText: 'Rugzorg Arbodienst' }).waitFor();

    // An account for the prevention advisor; the same name twice is refused by the name field.
    await page.getByLabel('Naam', { exact: true }).fill(advisor.name);
    await page.getByLabel('Rol').selectOption({ label: 'Arbo-adviseur' });
    await page.getByLabel('Wachtwoord', { exact: true }).fill(advisor.passphrase);
    await page.getByLabel('Herhaal het wachtwoord').fill(advisor.passphrase);
    await page.getByRole('button', { name: 'Account toevoegen' }).click();
    await page.getByText(`Account voor ${advisor.name} toegevoegd.`).waitFor();
    const accounts = page.getByRole('table');
    await accounts.getByRole('row', { name: `${advisor.name} Arbo-adviseur` }).waitFor();
    await accounts.getByRole('row', { name: `${doctor.name} Bedrijfsarts` }).waitFor();
    await page.getByLabel('Naam', { exact: true }).fill(advisor.name.toUpperCase());
    await page.getByLabel('Wachtwoord', { exact: true }).fill(advisor.passphrase);
    await page.getByLabel('Herhaal het wachtwoord').fill(advisor.passphrase);
    await page.getByRole('button', { name: 'Account toevoegen' }).click();
    await page.getByText(`Er bestaat al een account met de naam ${advisor.name.toUpperCase()}.`).waitFor();
    await screenshot(page, 'settings-01-practice');

    // The advisor sees workplaces and prevention only.
    // After signing out the sign-in screen is the only screen, and the next account starts afresh.
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await signInForm(page).getByText('Rugzorg Arbodienst').waitFor();
    await expect(navigation(page).count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { level: 1, name: 'Praktijk', exact: true }).count()).resolves.toBe(0);
    await expect(page.getByRole('textbox').count()).resolves.toBe(2);
    await signIn(page, advisor);
    await page.getByRole('heading', { level: 1, name: 'Werkgevers', exact: true }).waitFor();
    await page.locator('.shell__user', { hasText: advisor.name }).waitFor();
    expect(await navLabels(page)).toEqual(['Werkgevers', 'Preventie', 'Mijn account']);
    await page.goto(`${app.server.url.split('?')[0]}#/settings`);
    await page.getByRole('heading', { level: 1, name: 'Werkgevers', exact: true }).waitFor();
    await expect(navigation(page).getByRole('link', { name: 'Praktijk' }).count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { level: 1, name: 'Praktijk', exact: true }).count()).resolves.toBe(0);

    // Back as the doctor: everything was kept, and the practice changes to French.
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await signIn(page, doctor);
    await page.getByRole('heading', { level: 1, name: 'Werknemers', exact: true }).waitFor();
    await navigation(page).getByRole('link', { name: 'Praktijk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Praktijk', exact: true }).waitFor();
    await expect(page.getByLabel('Adres').inputValue()).resolves.toBe('Voorbeeldstraat 12\n1234 AB Voorbeeldstad');
    await expect(page.getByLabel('Kleinste groep in werkplekrapporten').inputValue()).resolves.toBe('6');
    await page.getByRole('img', { name: 'Voorbeeld van het logo' }).waitFor();
    await page.getByLabel('Taal van de praktijk').selectOption({ label: 'Frans' });
    await page.getByRole('radio', { name: 'België' }).check();
    await page.getByRole('button', { name: 'Gegevens opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cabinet', exact: true }).waitFor();
    expect(await navLabels(page)).toEqual(['Travailleurs', 'Agenda', 'Employeurs', 'Prévention', 'Cabinet', 'Mon compte']);
    await page.getByRole('status').filter({ hasText: 'Les données sont enregistrées.' }).waitFor();
    await page.getByRole('table').getByRole('row', { name: `${advisor.name} Conseiller en prévention` }).waitFor();
    await screenshot(page, 'settings-02-french');

    await close(app, page);
  });

  it('shows who looked at a dossier, folded away until asked for', async () => {
    const { directory } = await seededPractice('NL');
    const { app, page } = await signedIn(browser, directory);
    await openDossier(page);
    const log = page.locator('details.access-log');
    await expect(log.getAttribute('open')).resolves.toBeNull();
    await expect(page.getByRole('columnheader', { name: 'Wanneer' }).count()).resolves.toBe(0);

    await page.getByText('Wie heeft dit dossier geopend').click();
    const rows = log.getByRole('row');
    await log.getByRole('columnheader', { name: 'Handeling' }).waitFor();
    // Newest first: opening this list, the dossier just opened, the worker's registration.
    await expect(rows.nth(1).innerText()).resolves.toMatch(/16-03-2026 \d\d:30\s+Dr\. Lotte Janssen\s+Bedrijfsarts\s+Gelezen\s+inzage bekeken/);
    await expect(rows.nth(2).innerText()).resolves.toMatch(/Gelezen\s+dossier bekeken/);
    await expect(rows.nth(3).innerText()).resolves.toMatch(/Gewijzigd\s+persoonsgegevens opgeslagen/);
    await expect(rows.count()).resolves.toBe(4);
    await screenshot(page, 'settings-03-dossier-access-log');
    await close(app, page);
  });
});
