import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { valueOf } from '../support/practiceFixture';
import { serverAccounts, startServer } from '../support/practiceServerFixture';
import { expectAccessible, fixedClock, openDossier } from './clinicalHelpers';
import { launchChromium, signIn, type RunningApp } from './harness';
import { openWorkstation, seededServerPractice, trustServer } from './practiceServerHarness';
import { screenshot } from './screenshots';

/** A second doctor of the practice, on the other workstation. */
const secondDoctor = { name: 'Dr. Tweede Arts', role: 'doctor' as const, passphrase: 'wachtwoord van de tweede arts' };

/** From the dossier, opens the form with the worker's details. */
async function editDetails(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
  await page.locator('form.worker-form').waitFor();
}

describe('two doctors on one practice server editing the same worker', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('refuses the later save, keeps its input, shows what differs, and saves after the doctor chose', async () => {
    const { directory, recoveryKey } = await seededServerPractice(async (handlers) => {
      valueOf(await handlers.call('accounts.create', secondDoctor));
    });
    const server = await startServer(directory, recoveryKey, { clock: fixedClock });
    const desks: RunningApp[] = [];
    const pages: Page[] = [];
    async function workstation(account: { name: string; passphrase: string }): Promise<Page> {
      const { desk, page } = await openWorkstation(browser, server.server.url);
      desks.push(desk);
      pages.push(page);
      await trustServer(page, server.certificate.fingerprint);
      await signIn(page, account);
      await page.getByRole('heading', { name: 'Werknemers', exact: true }).waitFor();
      return page;
    }

    try {
      const first = await workstation(serverAccounts.doctor);
      const second = await workstation(secondDoctor);
      // Both open Sanne's details.
      for (const page of [first, second]) {
        await openDossier(page);
        await editDetails(page);
      }

      // The first doctor saves a phone number and fewer contract hours.
      await first.getByLabel('Telefoon (optioneel)').fill('050 123 45 67');
      await first.getByLabel('Contracturen per week').fill('32');
      await first.getByRole('button', { name: 'Opslaan' }).click();
      await first.locator('form.worker-form').waitFor({ state: 'detached' });

      // The second, from the version they opened, changes the hours and an email address: refused.
      await second.getByLabel('Contracturen per week').fill('24');
      await second.getByLabel('E-mail (optioneel)').fill('sanne.dewit@example.org');
      await second.getByRole('button', { name: 'Opslaan' }).click();
      const conflict = second.getByRole('region', { name: 'Intussen door iemand anders opgeslagen' });
      await conflict.waitFor();
      await conflict.getByText('Iemand anders heeft dit intussen opgeslagen.', { exact: false }).waitFor();
      const rows = conflict.getByRole('table', { name: 'Wat verschilt tussen uw invoer en de opgeslagen versie' }).getByRole('row');
      await expect(rows.allInnerTexts()).resolves.toEqual([
        'Gegeven\tUw invoer (niet opgeslagen)\tNu opgeslagen',
        'Contracturen per week\t24\t32',
        'E-mail\tsanne.dewit@example.org\t(leeg)',
        'Telefoon\t(leeg)\t050 123 45 67',
      ]);
      // Nothing typed is lost, and nothing of it reached the server.
      await expect(second.getByLabel('Contracturen per week').inputValue()).resolves.toBe('24');
      await expect(second.getByLabel('E-mail (optioneel)').inputValue()).resolves.toBe('sanne.dewit@example.org');
      const workerId = server.practice.store.workers.search('De Wit', null, 1)[0]?.id ?? 0;
      expect(server.practice.store.workers.get(workerId)).toMatchObject({ contractHoursPerWeek: 32, phone: '050 123 45 67', email: null, rowVersion: 2 });
      await screenshot(second, 'practice-server-06-changed-meanwhile');
      await expectAccessible(second, 'changed meanwhile');

      // The second doctor keeps the other's phone number, their own hours and email, and saves deliberately.
      await second.getByLabel('Telefoon (optioneel)').fill('050 123 45 67');
      await conflict.getByRole('button', { name: 'Mijn invoer opslaan' }).click();
      await second.locator('form.worker-form').waitFor({ state: 'detached' });
      expect(server.practice.store.workers.get(workerId)).toMatchObject({
        contractHoursPerWeek: 24,
        phone: '050 123 45 67',
        email: 'sanne.dewit@example.org',
        rowVersion: 3,
      });
    } finally {
      for (const page of pages) await page.context().close();
      for (const desk of desks) await desk.stop();
      await server.close();
    }
  });
});
