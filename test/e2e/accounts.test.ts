import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { close, fixedClock } from './clinicalHelpers';
import { createPractice, doctor, launchChromium, newDataDirectory, openPage, signIn, signInForm, startApp } from './harness';
import { screenshot } from './screenshots';

const nurse = { name: 'Nina Verpleeg', passphrase: 'verpleegkundige met een lange zin' };

function navigation(page: Page) {
  return page.getByRole('navigation', { name: 'Hoofdmenu' });
}

async function addNurse(page: Page) {
  await navigation(page).getByRole('link', { name: 'Praktijk' }).click();
  await page.getByRole('heading', { level: 1, name: 'Praktijk', exact: true }).waitFor();
  await page.getByLabel('Naam', { exact: true }).fill(nurse.name);
  await page.getByLabel('Rol').selectOption({ label: 'Verpleegkundige' });
  await page.getByLabel('Wachtwoord', { exact: true }).fill(nurse.passphrase);
  await page.getByLabel('Herhaal het wachtwoord').fill(nurse.passphrase);
  await page.getByRole('button', { name: 'Account toevoegen' }).click();
  await page.getByText(`Account voor ${nurse.name} toegevoegd.`).waitFor();
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await signInForm(page).waitFor();
}

describe('accounts and passwords', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('lets the doctor remove another account after a confirmation, never their own', async () => {
    const app = await startApp(newDataDirectory(), fixedClock);
    const page = await openPage(browser, app);
    await createPractice(page);
    await page.getByRole('heading', { name: 'Werknemers', exact: true }).waitFor();
    await addNurse(page);
    const accounts = page.getByRole('table');
    await expect(accounts.getByRole('button', { name: `Account van ${doctor.name} verwijderen` }).count()).resolves.toBe(0);

    // Cancelling keeps the account.
    await accounts.getByRole('button', { name: `Account van ${nurse.name} verwijderen` }).click();
    const question = page.getByRole('alertdialog');
    await question.getByText(`Het account van ${nurse.name} verwijderen? ${nurse.name} kan daarna niet meer aanmelden.`).waitFor();
    await screenshot(page, 'accounts-01-remove-confirmation');
    await question.getByRole('button', { name: 'Annuleren' }).click();
    await question.waitFor({ state: 'detached' });
    await accounts.getByRole('row', { name: nurse.name }).waitFor();

    await accounts.getByRole('button', { name: `Account van ${nurse.name} verwijderen` }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Ja, verwijderen' }).click();
    await page.getByRole('status').filter({ hasText: `Het account van ${nurse.name} is verwijderd.` }).waitFor();
    await expect(accounts.getByRole('row', { name: nurse.name }).count()).resolves.toBe(0);

    // The removed account cannot sign in.
    await signOut(page);
    const form = signInForm(page);
    await form.getByLabel('Naam', { exact: true }).fill(nurse.name);
    await form.getByLabel('Wachtwoord', { exact: true }).fill(nurse.passphrase);
    await form.getByRole('button', { name: 'Aanmelden' }).click();
    await form.getByText('Naam of wachtwoord klopt niet.').waitFor();
    await close(app, page);
  });

  it('lets a nurse change her own password: the policy and a wrong current password explained, then the new one signs in', async () => {
    const app = await startApp(newDataDirectory(), fixedClock);
    const page = await openPage(browser, app);
    await createPractice(page);
    await page.getByRole('heading', { name: 'Werknemers', exact: true }).waitFor();
    await addNurse(page);
    await signOut(page);
    await signIn(page, nurse);
    await navigation(page).getByRole('link', { name: 'Mijn account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn account', exact: true }).waitFor();

    const current = page.getByLabel('Huidig wachtwoord');
    const next = page.getByLabel('Nieuw wachtwoord', { exact: true });
    const repeat = page.getByLabel('Herhaal het nieuwe wachtwoord');
    const change = page.getByRole('button', { name: 'Wachtwoord wijzigen' });

    // The policy, before anything is sent.
    await current.fill(nurse.passphrase);
    await next.fill('wachtwoord2024');
    await repeat.fill('wachtwoord2024');
    await change.click();
    await page.getByText('Dit is een van de meest gebruikte wachtwoorden.', { exact: false }).waitFor();
    await next.fill('nina verpleeg');
    await repeat.fill('nina verpleeg');
    await change.click();
    await page.getByText('Het wachtwoord is gelijk aan de naam van het account.', { exact: false }).waitFor();
    await next.fill('een heel nieuwe zin voor nina');
    await repeat.fill('een andere zin voor nina');
    await change.click();
    await page.getByText('De twee wachtwoorden zijn niet gelijk.', { exact: false }).waitFor();

    // A wrong current password is refused on its field.
    await current.fill('niet het huidige wachtwoord');
    await repeat.fill('een heel nieuwe zin voor nina');
    await change.click();
    await page.getByText('Dit is niet uw huidige wachtwoord.').waitFor();
    await screenshot(page, 'accounts-02-own-password');

    await current.fill(nurse.passphrase);
    await change.click();
    await page.getByRole('status').filter({ hasText: 'Uw wachtwoord is gewijzigd.' }).waitFor();
    await expect(current.inputValue()).resolves.toBe('');

    await signOut(page);
    await signIn(page, { name: nurse.name, passphrase: 'een heel nieuwe zin voor nina' });
    await page.getByRole('heading', { level: 1, name: 'Werknemers', exact: true }).waitFor();
    await close(app, page);
  });
});
