import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPractice } from '../../src/main/openPractice';
import { acuteIntake } from '../integration/clinicalFixture';
import { valueOf } from '../support/practiceFixture';
import { close, expectAccessible, fixedClock, openDossier, seededPractice, signedIn } from './clinicalHelpers';
import { doctor, launchChromium } from './harness';
import { screenshot } from './screenshots';

/** The seeded worker with one saved consultation on 16-03-2026: onset 02-03-2026, off work since 03-03-2026. */
async function practiceWithOpenEpisode(): Promise<string> {
  const { directory, workerId } = await seededPractice('NL');
  const { store, handlers } = openPractice(directory, { clock: fixedClock, checkOutputs: true });
  valueOf(await handlers.call('auth.signIn', { name: doctor.name, passphrase: doctor.passphrase }));
  valueOf(await handlers.call('consultations.save', { workerId, consultationId: null, intake: acuteIntake() }));
  store.close();
  return directory;
}

describe('closing an episode from the dossier', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('refuses a date after today, then closes the episode on today', async () => {
    const { app, page } = await signedIn(browser, await practiceWithOpenEpisode());
    await openDossier(page);
    const timeline = page.getByRole('region', { name: 'Episodes en consulten' });

    await timeline.getByRole('button', { name: 'Episode afsluiten' }).click();
    const closedOn = page.getByLabel('Afgesloten op');
    await expect(closedOn.inputValue()).resolves.toBe('16-03-2026');
    await expect(closedOn.evaluate((input) => input === document.activeElement)).resolves.toBe(true);
    await closedOn.fill('17-3-26');
    await page.getByRole('button', { name: 'Afsluiten', exact: true }).click();
    await page.getByText('Kies vandaag of een eerdere datum.').waitFor();
    await screenshot(page, 'episode-close-01-form');
    await expectAccessible(page, 'episode close form');

    await closedOn.fill('16-03-2026');
    await page.getByRole('button', { name: 'Afsluiten', exact: true }).click();
    await timeline.getByText(/afgesloten op 16-03-2026/).waitFor();
    await timeline.getByText(/hervat op 16-03-2026/).waitFor();
    await expect(page.getByRole('button', { name: 'Episode afsluiten' }).count()).resolves.toBe(0);
    await screenshot(page, 'episode-close-02-closed');

    await close(app, page);
  });
});
