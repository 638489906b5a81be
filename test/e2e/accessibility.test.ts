import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createPractice, launchChromium, newDataDirectory, openPage, startApp, type RunningApp } from './harness';
import { screenshot } from './screenshots';
import { expectAccessible, fixedClock, section } from './clinicalHelpers';

const SECTIONS = ['Klacht', 'Rode vlaggen', 'Risicofactoren', 'Vragenlijsten', 'Bevindingen en conclusie', 'Advies en vervolg'];

async function openWorker(page: Page, personnelNumber: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werknemers' }).click();
  await page.getByLabel('Zoek op naam of personeelsnummer').fill(personnelNumber);
  await page.getByText('1 getoond', { exact: true }).waitFor();
  await page.locator('.worker-row').first().click();
  await page.getByRole('heading', { level: 2, name: 'Open acties', exact: true }).waitFor();
}

/**
 * One practice (the demo) for every screen; each test starts from the main navigation, so each is
 * a bounded amount of work: a few axe-core scans, each of which costs seconds of CPU in the page.
 */
describe('accessibility of the consultation screens (axe-core)', () => {
  let browser: Browser;
  let app: RunningApp;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    app = await startApp(newDataDirectory(), fixedClock);
    page = await openPage(browser, app);
    await createPractice(page, { jurisdiction: 'NL' });
    await page.getByRole('button', { name: 'Voorbeeldpraktijk laden' }).click();
    await page.getByText('50 getoond', { exact: true }).waitFor();
  });
  afterAll(async () => {
    await page.context().close();
    await app.stop();
    await browser.close();
  });

  it('has no serious or critical violations in the workers list and a dossier', async () => {
    await expectAccessible(page, 'workers');
    // The demo's chronic high-risk care worker.
    await openWorker(page, 'D1004');
    await expectAccessible(page, 'dossier');
    await screenshot(page, 'a11y-01-dossier-chronic');
    await page.getByText('Wie heeft dit dossier geopend').click();
    await page.getByRole('columnheader', { name: 'Handeling' }).waitFor();
    await expectAccessible(page, 'dossier with access log');

    await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
    await page.getByLabel('Voornaam').waitFor();
    await expectAccessible(page, 'dossier with worker form');
  });

  for (const sections of [SECTIONS.slice(0, 3), SECTIONS.slice(3)]) {
    it(`has none in the intake sections ${sections.join(', ')}`, async () => {
      await openWorker(page, 'D1004');
      await page.getByRole('link', { name: 'Nieuw consult' }).click();
      for (const name of sections) {
        await section(page, name);
        await expectAccessible(page, `intake: ${name}`);
        await screenshot(page, `a11y-02-intake-${SECTIONS.indexOf(name) + 1}`);
      }
    });
  }

  it('has none in the intake with an immediate red flag', async () => {
    await openWorker(page, 'D1004');
    await page.getByRole('link', { name: 'Nieuw consult' }).click();
    await section(page, 'Rode vlaggen');
    await page.getByLabel('Rijbroekanesthesie').check();
    await page.getByRole('alert').filter({ hasText: 'Spoed' }).waitFor();
    await expectAccessible(page, 'intake with immediate red flag');
  });

  it('has none in a plan on hold and in the plan editor', async () => {
    // The demo's bricklayer with a cauda equina syndrome: plan on hold.
    await openWorker(page, 'D1007');
    await page.getByRole('link', { name: 'Plan openen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Huidige versie', exact: true }).waitFor();
    await expectAccessible(page, 'plan on hold');

    // The acute orderpicker: plan and plan editor.
    await openWorker(page, 'D1001');
    await page.getByRole('link', { name: 'Plan openen' }).click();
    await page.getByRole('button', { name: 'Wijzigen (nieuwe versie)' }).click();
    await page.getByRole('group', { name: 'Stap 1' }).waitFor();
    await expectAccessible(page, 'plan editor');
  });

  it('has none in the agenda and the practice settings', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Agenda' }).click();
    await page.getByRole('table').waitFor();
    await expectAccessible(page, 'agenda');
    await screenshot(page, 'a11y-03-agenda');
    await page.getByLabel('Periode').selectOption('fourWeeks');
    await expectAccessible(page, 'agenda four weeks');

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Praktijk' }).click();
    await page.getByRole('heading', { level: 2, name: 'Accounts', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Gegevens opslaan' }).waitFor();
    await expectAccessible(page, 'practice settings');
  });
});
