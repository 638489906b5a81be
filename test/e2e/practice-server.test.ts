import { unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startBrowserServer } from '../../src/main/browser/browserServer';
import { workstationApi } from '../../src/main/client/workstationApi';
import { openPractice } from '../../src/main/openPractice';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usePostgresCluster } from '../support/postgresCluster';
import { practiceFolder, serveAgain, serverAccounts, startServer } from '../support/practiceServerFixture';
import { confirmNoRedFlags, expectAccessible, fillComplaint, fixedClock, openDossier, section, startConsultation } from './clinicalHelpers';
import { launchChromium, newDataDirectory, signIn, type RunningApp } from './harness';
import { callFromPage, openWorkstation, seededServerPractice, trustServer } from './practiceServerHarness';
import { screenshot } from './screenshots';

const cluster = usePostgresCluster();

describe('three workstations on one practice server', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shares the dossier and the agenda between two workstations, and gives the prevention advisor aggregates only', async () => {
    const { workerId, ...folder } = await seededServerPractice();
    const server = await startServer(cluster(), folder, { clock: fixedClock });
    const { fingerprint } = server.certificate;
    const desks: RunningApp[] = [];
    const pages: Page[] = [];
    async function workstation(): Promise<Page> {
      const { desk, page } = await openWorkstation(browser, server.server.url);
      desks.push(desk);
      pages.push(page);
      return page;
    }

    try {
      // The doctor's workstation, at its first connection: the fingerprint, confirmed; then sign-in.
      const doctorPage = await workstation();
      await firstConnection(doctorPage, fingerprint);
      await signIn(doctorPage, serverAccounts.doctor);
      await doctorPage.getByRole('heading', { name: 'Werknemers', exact: true }).waitFor();

      // The same doctor's second workstation (the office beside the consultation room), signed in at
      // the same time, before the consultation exists. (The agenda is a doctor's own: the workers they saw.)
      const officePage = await workstation();
      await trustServer(officePage, fingerprint);
      await signIn(officePage, serverAccounts.doctor);
      await officePage.getByRole('heading', { name: 'Werknemers', exact: true }).waitFor();
      await openDossier(officePage);
      await officePage.getByText('Nog geen consulten voor deze werknemer.').waitFor();

      // The doctor saves a consultation with a follow-up on 20-03-2026.
      await openDossier(doctorPage);
      await startConsultation(doctorPage);
      await fillComplaint(doctorPage, { onset: '2-3-26', pain: '6', sickSince: '03-03-2026' });
      await confirmNoRedFlags(doctorPage);
      await section(doctorPage, 'Bevindingen en conclusie');
      await doctorPage.getByLabel('Bevindingen', { exact: true }).fill('Lumbale pijn, geen neurologische uitval.');
      await doctorPage.getByLabel('Conclusie', { exact: true }).fill('Aspecifieke lage rugpijn.');
      await section(doctorPage, 'Advies en vervolg');
      await doctorPage.getByLabel('Vervolgafspraak (optioneel)').fill('20-3-26');
      await doctorPage.keyboard.press('Control+s');
      await doctorPage.getByText('Het consult is opgeslagen.').waitFor();

      // The other workstation shows it in the dossier and in the agenda.
      await officePage.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werknemers' }).click();
      await openDossier(officePage);
      await officePage.getByText(/pijn 6\/10/).waitFor();
      await screenshot(officePage, 'practice-server-02-office-dossier');
      await officePage.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Agenda' }).click();
      await officePage.getByRole('heading', { level: 1, name: 'Agenda', exact: true }).waitFor();
      const followUp = officePage.getByRole('row').filter({ hasText: 'Vervolgconsult' });
      await followUp.getByText('20-03-2026').waitFor();
      await followUp.getByRole('link', { name: 'De Wit, Sanne' }).waitFor();
      await screenshot(officePage, 'practice-server-03-office-agenda');

      // The practice's page says who keeps the database and its backups: no backup folder to choose here.
      await officePage.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Praktijk' }).click();
      await officePage.getByRole('heading', { level: 2, name: 'Herstelsleutel en reservekopieën', exact: true }).waitFor();
      await expect(officePage.getByRole('heading', { name: 'Reservekopieën', exact: true }).count()).resolves.toBe(0);
      await screenshot(officePage, 'practice-server-03-office-settings');

      // The prevention advisor on a third workstation: workplaces and aggregates, never a dossier.
      const advisorPage = await workstation();
      await trustServer(advisorPage, fingerprint);
      await signIn(advisorPage, serverAccounts.preventionAdvisor);
      await advisorPage.getByRole('link', { name: 'Preventie' }).click();
      await advisorPage.getByRole('heading', { level: 1, name: 'Preventie op de werkplek', exact: true }).waitFor();
      await advisorPage.getByLabel('Periode').selectOption('custom');
      await advisorPage.getByLabel('Van maand').selectOption('2025-01');
      await advisorPage.getByLabel('Tot en met maand').selectOption('2025-12');
      await advisorPage.getByRole('heading', { name: /Hele werkgever · 01-01-2025 tot en met 31-12-2025/ }).waitFor();
      await expect(advisorPage.getByRole('link', { name: 'Werknemers' }).count()).resolves.toBe(0);
      await expect(advisorPage.getByRole('link', { name: 'Agenda' }).count()).resolves.toBe(0);
      const employers = (await callFromPage(advisorPage, 'workplace.list', {})) as { ok: boolean; value: Array<{ id: number }> };
      expect(employers.ok).toBe(true);
      const aggregates = await callFromPage(advisorPage, 'prevention.aggregates', { employerId: employers.value[0]?.id, from: '2025-04-01', to: '2026-02-28' });
      expect(aggregates).toMatchObject({ ok: true, value: { employerName: 'Logistiek Noord', summary: { workforce: 1 } } });
      for (const [channel, input] of [
        ['dossier.get', { workerId }],
        ['workers.search', { query: 'Wit' }],
        ['agenda.list', {}],
      ] as const) {
        expect(await callFromPage(advisorPage, channel, input)).toEqual({ ok: false, error: { code: 'forbidden' } });
      }
      // The refusal is in the server's access log, under the advisor's name.
      const denied = await server.practice.store.sql.all(`SELECT channel, user_name AS "userName" FROM access_log WHERE outcome = 'denied' AND worker_id = ?`, [workerId]);
      expect(denied).toEqual([{ channel: 'dossier.get', userName: serverAccounts.preventionAdvisor.name }]);
      await screenshot(advisorPage, 'practice-server-04-advisor');
    } finally {
      for (const page of pages) await page.context().close();
      for (const desk of desks) await desk.stop();
      await server.close();
    }
  });
});

describe('a workstation choosing the practice server at first start', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('pins the certificate the user confirmed, and refuses the server once it shows another one', async () => {
    let server = await startServer(cluster(), await practiceFolder({ clock: fixedClock }), { clock: fixedClock });
    const desk = newDataDirectory();
    const api = workstationApi({ directory: desk, openLocal: () => openPractice(desk) });
    const browserServer = await startBrowserServer({ handlers: api, rendererDirectory: join(__dirname, '..', '..', 'dist', 'renderer') });
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: 'nl-NL' });
    try {
      const page = await context.newPage();
      await page.goto(browserServer.url);
      await page.getByRole('heading', { level: 1, name: 'Welkom bij Ruggensteun', exact: true }).waitFor();
      await screenshot(page, 'practice-server-00-first-start');
      await page.getByRole('button', { name: 'Praktijkserver gebruiken' }).click();
      await page.getByRole('heading', { level: 1, name: 'Praktijkserver', exact: true }).waitFor();
      await expectAccessible(page, 'practice server address');
      await page.getByLabel('Adres van de praktijkserver').fill('http://praktijkserver.local');
      await page.getByRole('button', { name: 'Verbinden' }).click();
      await page.getByText('Vul een adres in zoals praktijkserver.local:8443 (alleen https).').waitFor();
      await screenshot(page, 'practice-server-00-address-refused');
      await page.getByLabel('Adres van de praktijkserver').fill(server.server.url.replace('https://', ''));
      await page.getByRole('button', { name: 'Verbinden' }).click();
      await trustServer(page, server.certificate.fingerprint);
      await signIn(page, serverAccounts.doctor);
      await page.getByRole('heading', { name: 'Werknemers', exact: true }).waitFor();

      // The server comes back on the same address with another certificate: refused, both fingerprints shown.
      const { port } = server.server.address;
      const pinned = server.certificate.fingerprint;
      await server.close();
      unlinkSync(server.certificate.files.certificate);
      server = await serveAgain(server, { clock: fixedClock, listen: { port } });
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'De praktijkserver is veranderd', exact: true }).waitFor();
      await expect(page.getByRole('status', { name: 'Vingerafdruk bij de eerste verbinding' }).innerText()).resolves.toBe(pinned);
      await expect(page.getByRole('status', { name: 'Vingerafdruk van de server (SHA-256)' }).innerText()).resolves.toBe(server.certificate.fingerprint);
      await expect(page.getByRole('button', { name: /vertrouw/ }).count()).resolves.toBe(0);
      await screenshot(page, 'practice-server-05-changed-certificate');
      await expectAccessible(page, 'changed certificate');
    } finally {
      await context.close();
      await browserServer.close();
      api.close();
      await server.close();
    }
  });
});

async function firstConnection(page: Page, fingerprint: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Controleer de praktijkserver', exact: true }).waitFor();
  await screenshot(page, 'practice-server-01-fingerprint');
  await expectAccessible(page, 'server fingerprint');
  await trustServer(page, fingerprint);
}
