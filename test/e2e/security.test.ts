import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountSubject } from '../../src/main/services/auth/signInThrottle';
import { lockedSignIns } from '../../src/main/services/auth/lockedSignIns';
import { openVault } from '../../src/main/services/keys/practiceVault';
import { pngDeclaring, solidPng } from '../support/pngImage';
import { close, expectAccessible, fixedClock, openDossier, seededPractice, signedIn, startConsultation } from './clinicalHelpers';
import { doctor, launchChromium, signIn, signInForm } from './harness';
import { screenshot } from './screenshots';

describe('the practice under attack, in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('locks the screen with the draft kept, and unlocks with the passphrase only', async () => {
    const { directory } = await seededPractice('NL');
    const { app, page } = await signedIn(browser, directory);
    await openDossier(page);
    await startConsultation(page);
    await page.getByLabel('Begin van de klachten').fill('2-3-26');
    await page.getByLabel('Pijn (0-10)').fill('7');

    await page.getByRole('button', { name: 'Vergrendelen' }).click();
    await page.getByRole('heading', { name: 'Scherm vergrendeld' }).waitFor();
    // The consultation behind it is out of reach (hidden from the accessibility tree and inert).
    await expect(page.getByRole('textbox', { name: 'Pijn (0-10)' }).count()).resolves.toBe(0);
    await screenshot(page, 'security-01-locked');

    await page.getByLabel('Wachtwoord').fill('niet de goede wachtzin');
    await page.getByRole('button', { name: 'Ontgrendelen' }).click();
    await page.getByText('Naam of wachtwoord klopt niet.').waitFor();
    await page.getByLabel('Wachtwoord').fill(doctor.passphrase);
    await page.getByRole('button', { name: 'Ontgrendelen' }).click();
    await page.getByRole('heading', { name: 'Scherm vergrendeld' }).waitFor({ state: 'detached' });
    await page.getByRole('textbox', { name: 'Pijn (0-10)' }).waitFor();
    await expect(page.getByLabel('Pijn (0-10)').inputValue()).resolves.toBe('7');
    await expect(page.getByLabel('Begin van de klachten').inputValue()).resolves.toBe('02-03-2026');
    await close(app, page);
  });

  it('offers signing out on the lock screen apart from unlocking, and signing in again opens the practice', async () => {
    const { directory } = await seededPractice('NL');
    const { app, page } = await signedIn(browser, directory);
    await page.getByRole('button', { name: 'Vergrendelen' }).click();
    const lock = page.getByRole('dialog', { name: 'Scherm vergrendeld' });
    await lock.waitFor();
    // Unlocking is the form; signing out is no part of it and says what it does.
    const unlockForm = lock.locator('form');
    await unlockForm.getByRole('button', { name: 'Ontgrendelen' }).waitFor();
    await expect(unlockForm.getByRole('button', { name: 'Afmelden' }).count()).resolves.toBe(0);
    const signOut = lock.getByRole('button', { name: 'Afmelden' });
    await expect(signOut.getAttribute('aria-describedby').then((id) => page.locator(`#${id}`).innerText())).resolves.toMatch(
      /blijft het praktijkbestand gesloten/,
    );
    await screenshot(page, 'security-01b-lock-sign-out');
    await expectAccessible(page, 'lock screen');
    await signOut.click();
    await signIn(page);
    await page.getByRole('heading', { name: 'Werknemers', exact: true }).waitFor();
    await close(app, page);
  });

  it('slows and locks sign-in after failures, and says how long to wait', async () => {
    const { directory } = await seededPractice('NL');
    const { app, page } = await signedIn(browser, directory);
    await page.getByRole('button', { name: 'Afmelden' }).click();
    const form = signInForm(page);
    await form.getByLabel('Naam', { exact: true }).fill(doctor.name);
    // Signed out, the practice file is closed again: the throttle counts beside it, by the name's hash.
    const vault = openVault(directory, { clock: fixedClock });
    const subject = accountSubject(`hash:${await vault.nameHash(doctor.name)}`);
    vault.close();
    const failuresSoFar = (state: { failures: number; lockedUntil: string | null }) =>
      lockedSignIns(directory).failures.save(subject, { ...state, lastFailureAt: fixedClock.now() });

    // Two failures earlier: the third is answered as wrong, the fourth must wait.
    failuresSoFar({ failures: 2, lockedUntil: null });
    await form.getByLabel('Wachtwoord', { exact: true }).fill('een verkeerde gok');
    await form.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByText('Naam of wachtwoord klopt niet.').waitFor();
    await form.getByLabel('Wachtwoord', { exact: true }).fill('nog een verkeerde gok');
    await form.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByText('Te veel mislukte pogingen. Wacht 1 seconde en probeer het opnieuw.').waitFor();

    // Locked out (as after 10 failures): the right passphrase is refused too, with the reason.
    failuresSoFar({ failures: 0, lockedUntil: new Date(Date.parse(fixedClock.now()) + 15 * 60_000).toISOString() });
    await form.getByLabel('Wachtwoord', { exact: true }).fill(doctor.passphrase);
    await form.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByText('Na te veel mislukte pogingen is aanmelden tijdelijk geblokkeerd. Probeer het over 15 minuten opnieuw').waitFor();
    await screenshot(page, 'security-02-sign-in-locked');
    await close(app, page);
  });

  it('refuses a trivial passphrase and an oversized or broken logo, each with the reason', async () => {
    const { directory } = await seededPractice('NL');
    const { app, page } = await signedIn(browser, directory);
    await page.getByRole('link', { name: 'Praktijk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Praktijk', exact: true }).waitFor();

    await page.getByLabel('Logo').setInputFiles({ name: 'enorm.png', mimeType: 'image/png', buffer: pngDeclaring(100_000, 100_000) });
    await page.getByText('Deze afbeelding is breder of hoger dan 4.000 pixels. Kies een kleinere.').waitFor();
    // A header that reads well over data that does not decode: main finds out when it decodes the image.
    const good = solidPng(120, 40, [31, 111, 107]);
    const broken = Buffer.concat([good.subarray(0, 41), Buffer.alloc(good.length - 41, 0x55)]);
    await page.getByLabel('Logo').setInputFiles({ name: 'kapot.png', mimeType: 'image/png', buffer: broken });
    await page.getByRole('button', { name: 'Gegevens opslaan' }).click();
    await page.getByText('Deze afbeelding is beschadigd of onleesbaar.', { exact: false }).waitFor();
    await screenshot(page, 'security-03-logo-refused');

    const accounts = page.locator('form', { has: page.getByRole('button', { name: 'Account toevoegen' }) });
    await accounts.getByLabel('Naam', { exact: true }).fill('Sanne Verpleging');
    await accounts.getByLabel('Rol').selectOption('nurse');
    await accounts.getByLabel('Wachtwoord', { exact: true }).fill('password12');
    await accounts.getByLabel('Herhaal het wachtwoord').fill('password12');
    await accounts.getByRole('button', { name: 'Account toevoegen' }).click();
    await page.getByText('Dit is een van de meest gebruikte wachtwoorden.', { exact: false }).waitFor();
    await accounts.getByLabel('Wachtwoord', { exact: true }).fill('aaaaaaaaaaaa');
    await accounts.getByLabel('Herhaal het wachtwoord').fill('aaaaaaaaaaaa');
    await accounts.getByRole('button', { name: 'Account toevoegen' }).click();
    await page.getByText('Dit wachtwoord bestaat uit één en hetzelfde teken.', { exact: false }).waitFor();
    await screenshot(page, 'security-04-passphrase-refused');
    await close(app, page);
  });
});
