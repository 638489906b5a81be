import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startBrowserServer, type BrowserServer } from '../../src/main/browser/browserServer';
import { workstationApi } from '../../src/main/client/workstationApi';
import { openPractice } from '../../src/main/openPractice';
import type { Clock } from '../../src/main/services/store/clock';
import { temporaryFolder } from '../support/temporaryFolders';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** A running app (real handlers, real SQLite file in `directory`) served in browser mode. */
export interface RunningApp {
  directory: string;
  server: BrowserServer;
  stop(): Promise<void>;
}

/** The app's data folder, removed when the test file ends. */
export function newDataDirectory(): string {
  return temporaryFolder('ruggensteun-e2e-');
}

export async function startApp(directory: string, clock?: Clock): Promise<RunningApp> {
  const practice = openPractice(directory, { ...(clock ? { clock } : {}), checkOutputs: true });
  // As on a desktop: the renderer talks to the workstation's api, here over the practice in `directory`.
  const api = workstationApi({ directory, openLocal: () => practice });
  const server = await startBrowserServer({ handlers: api, rendererDirectory: join(__dirname, '..', '..', 'dist', 'renderer') });
  return {
    directory,
    server,
    async stop() {
      await server.close();
      practice.close();
    },
  };
}

/**
 * Opens the app in a fresh page with a desktop-sized window; `prepare` runs before the app loads
 * (e.g. to install init scripts).
 */
export async function openPage(browser: Browser, app: RunningApp, prepare?: (page: Page) => Promise<void>): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: 'nl-NL' });
  const page = await context.newPage();
  await prepare?.(page);
  await page.goto(app.server.url);
  return page;
}

export const doctor = { name: 'Dr. Lotte Janssen', passphrase: 'lange wachtzin voor de test' };

/** Completes the first-start screen as the practice's first doctor. */
export async function createPractice(page: Page, options: { jurisdiction?: 'NL' | 'BE'; practiceName?: string } = {}) {
  await page.getByLabel('Naam van de praktijk').fill(options.practiceName ?? 'Arbodienst Testpraktijk');
  await page.getByLabel(options.jurisdiction === 'BE' ? 'België' : 'Nederland').check();
  await page.getByLabel('Uw naam').fill(doctor.name);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(doctor.passphrase);
  await page.getByLabel('Herhaal het wachtwoord').fill(doctor.passphrase);
  await page.getByRole('button', { name: 'Praktijk aanmaken' }).click();
  await noteRecoveryKey(page);
}

/** Confirms the recovery key shown once after first start (or after the upgrade to encryption); returns it. */
export async function noteRecoveryKey(page: Page): Promise<string> {
  await page.getByRole('heading', { name: 'Uw herstelsleutel' }).waitFor();
  const recoveryKey = await page.getByRole('status', { name: 'Herstelsleutel' }).innerText();
  await page.getByLabel('Ik heb de herstelsleutel bewaard').check();
  await page.getByRole('button', { name: 'Verder' }).click();
  return recoveryKey;
}

/** The sign-in screen's form: its fields are found there, never in a screen that is still closing. */
export function signInForm(page: Page) {
  return page.locator('form', { has: page.getByRole('heading', { level: 1, name: 'Aanmelden', exact: true }) });
}

/** Signs in on the sign-in screen and waits until that screen has made way for the application. */
export async function signIn(page: Page, account: { name: string; passphrase: string } = doctor) {
  const form = signInForm(page);
  await form.getByLabel('Naam', { exact: true }).fill(account.name);
  await form.getByLabel('Wachtwoord', { exact: true }).fill(account.passphrase);
  await form.getByRole('button', { name: 'Aanmelden' }).click();
  await form.waitFor({ state: 'detached' });
}
