import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { valueOf } from '../support/practiceFixture';
import { usePostgresCluster } from '../support/postgresCluster';
import { serverAccounts, startServer } from '../support/practiceServerFixture';
import { acuteIntake } from '../integration/clinicalFixture';
import { expectAccessible, fixedClock, openDossier, section, startConsultation } from './clinicalHelpers';
import { launchChromium, signIn, type RunningApp } from './harness';
import { openWorkstation, seededServerPractice, trustServer } from './practiceServerHarness';
import { screenshot } from './screenshots';

const cluster = usePostgresCluster();

/** A second doctor of the practice, on the other workstation. */
const secondDoctor = { name: 'Dr. Tweede Arts', role: 'doctor' as const, passphrase: 'wachtwoord van de tweede arts' };

/** The server over a practice whose worker Sanne De Wit had a consultation on 16-03-2026; pages signed in on its workstations. */
async function practiceServer(browser: Browser) {
  let episodeId = 0;
  const { workerId, ...folder } = await seededServerPractice(async (handlers, worker) => {
    valueOf(await handlers.call('accounts.create', secondDoctor));
    episodeId = valueOf(await handlers.call('consultations.save', { workerId: worker, consultationId: null, intake: acuteIntake() })).episodeId;
  });
  const server = await startServer(cluster(), folder, { clock: fixedClock });
  const desks: RunningApp[] = [];
  const pages: Page[] = [];
  return {
    server,
    workerId,
    episodeId,
    async workstation(account: { name: string; passphrase: string }): Promise<Page> {
      const { desk, page } = await openWorkstation(browser, server.server.url);
      desks.push(desk);
      pages.push(page);
      await trustServer(page, server.certificate.fingerprint);
      await signIn(page, account);
      await page.getByRole('heading', { name: 'Werknemers', exact: true }).waitFor();
      return page;
    },
    async close() {
      for (const page of pages) await page.context().close();
      for (const desk of desks) await desk.stop();
      await server.close();
    },
  };
}

/** The rows of the comparison, each as its cells separated by tabs. */
function comparisonRows(page: Page) {
  return page
    .getByRole('region', { name: 'Intussen door iemand anders opgeslagen' })
    .getByRole('table', { name: 'Wat verschilt tussen uw invoer en de opgeslagen versie' })
    .getByRole('row')
    .allInnerTexts();
}

/** From the dossier, opens the form with the worker's details. */
async function editDetails(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
  await page.locator('form.worker-form').waitFor();
}

describe('two doctors on one practice server editing the same record', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('refuses the later save of a worker, keeps its input, shows what differs, saves after the doctor chose, and shows the stored version everywhere once taken', async () => {
    const practice = await practiceServer(browser);
    const { server, workerId } = practice;
    try {
      const first = await practice.workstation(serverAccounts.doctor);
      const second = await practice.workstation(secondDoctor);
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
      await expect(comparisonRows(second)).resolves.toEqual([
        'Gegeven\tUw invoer (niet opgeslagen)\tNu opgeslagen',
        'Contracturen per week\t24\t32',
        'E-mail\tsanne.dewit@example.org\t(leeg)',
        'Telefoon\t(leeg)\t050 123 45 67',
      ]);
      // Nothing typed is lost, and nothing of it reached the server.
      await expect(second.getByLabel('Contracturen per week').inputValue()).resolves.toBe('24');
      await expect(second.getByLabel('E-mail (optioneel)').inputValue()).resolves.toBe('sanne.dewit@example.org');
      expect(await server.practice.store.workers.get(workerId)).toMatchObject({ contractHoursPerWeek: 32, phone: '050 123 45 67', email: null, rowVersion: 2 });
      await screenshot(second, 'practice-server-06-changed-meanwhile');
      await expectAccessible(second, 'changed meanwhile');

      // The second doctor keeps the other's phone number, their own hours and email, and saves deliberately.
      await second.getByLabel('Telefoon (optioneel)').fill('050 123 45 67');
      await conflict.getByRole('button', { name: 'Mijn invoer opslaan' }).click();
      await second.locator('form.worker-form').waitFor({ state: 'detached' });
      expect(await server.practice.store.workers.get(workerId)).toMatchObject({
        contractHoursPerWeek: 24,
        phone: '050 123 45 67',
        email: 'sanne.dewit@example.org',
        rowVersion: 3,
      });

      // The first doctor, still on the dossier of version 2, changes the phone: refused, and takes the stored version.
      const facts = first.locator('.page-header > dl.facts:not(.facts--glance)');
      await expect(facts.innerText()).resolves.toContain('32 uur');
      await editDetails(first);
      await first.getByLabel('Telefoon (optioneel)').fill('050 765 43 21');
      await first.getByRole('button', { name: 'Opslaan' }).click();
      const refusedFirst = first.getByRole('region', { name: 'Intussen door iemand anders opgeslagen' });
      await refusedFirst.getByRole('button', { name: 'De opgeslagen versie overnemen' }).click();
      await refusedFirst.waitFor({ state: 'detached' });
      // Everything on the screen is the stored version now: the form and the facts above it.
      await expect(first.getByLabel('Contracturen per week').inputValue()).resolves.toBe('24');
      await facts.getByText('24 uur', { exact: true }).waitFor();
      // The next save starts from the stored row version and is taken.
      await first.getByLabel('Telefoon (optioneel)').fill('050 765 43 21');
      await first.getByRole('button', { name: 'Opslaan' }).click();
      await first.locator('form.worker-form').waitFor({ state: 'detached' });
      expect(await server.practice.store.workers.get(workerId)).toMatchObject({ contractHoursPerWeek: 24, phone: '050 765 43 21', rowVersion: 4 });
    } finally {
      await practice.close();
    }
  });

  it('refuses the later first version of a plan and the later settings, and lets the doctor save theirs or take the saved ones', async () => {
    const practice = await practiceServer(browser);
    const { server, episodeId } = practice;
    try {
      const first = await practice.workstation(serverAccounts.doctor);
      const second = await practice.workstation(secondDoctor);
      for (const page of [first, second]) {
        await openDossier(page);
        await page.getByRole('link', { name: 'Plan opstellen' }).click();
        await page.getByRole('heading', { level: 1, name: /Werkhervattingsplan/ }).waitFor();
        await page.getByRole('button', { name: 'Beginnen met het voorstel' }).click();
        await page.getByRole('heading', { level: 2, name: 'Nieuw plan', exact: true }).waitFor();
      }
      const note = (page: Page) => page.getByRole('group', { name: 'Stap 1' }).getByLabel('Toelichting voor de werkgever (optioneel)');
      await note(first).fill('Eerst inpakwerk aan tafel.');
      await first.getByRole('button', { name: 'Opslaan als nieuwe versie' }).click();
      await first.getByText('Versie 1 is opgeslagen.').waitFor();

      await note(second).fill('Eerst halve dagen.');
      await second.getByRole('button', { name: 'Opslaan als nieuwe versie' }).click();
      const conflict = second.getByRole('region', { name: 'Intussen door iemand anders opgeslagen' });
      await conflict.getByText('Opgeslagen als versie 1 door Dr. Test Arts.').waitFor();
      const rows = await comparisonRows(second);
      expect(rows).toHaveLength(2);
      expect(rows[1]).toMatch(/^Stap 1\t.*Eerst halve dagen\..*\t.*Eerst inpakwerk aan tafel\./);
      await expect(note(second).inputValue()).resolves.toBe('Eerst halve dagen.');
      await screenshot(second, 'practice-server-07-plan-changed-meanwhile');
      await conflict.getByRole('button', { name: 'Mijn invoer opslaan' }).click();
      await second.getByText('Versie 2 is opgeslagen.').waitFor();
      expect((await server.practice.store.plans.versions(episodeId)).map((version) => [version.version, version.plan.steps[0]?.note])).toEqual([
        [2, 'Eerst halve dagen.'],
        [1, 'Eerst inpakwerk aan tafel.'],
      ]);

      // The practice settings: the first doctor saves a phone number, the second a new name from the older version.
      for (const page of [first, second]) {
        await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Praktijk' }).click();
        await page.getByRole('heading', { level: 1, name: 'Praktijk', exact: true }).waitFor();
      }
      const form = (page: Page) => page.getByRole('form', { name: 'Gegevens van de praktijk' });
      await form(first).getByLabel('Telefoon', { exact: true }).fill('050 111 22 33');
      await form(first).getByRole('button', { name: 'Gegevens opslaan' }).click();
      await form(first).getByRole('status').getByText('De gegevens zijn opgeslagen.').waitFor();

      await form(second).getByLabel('Naam van de praktijk').fill('Arbodienst Noord');
      await form(second).getByRole('button', { name: 'Gegevens opslaan' }).click();
      await form(second).getByRole('region', { name: 'Intussen door iemand anders opgeslagen' }).waitFor();
      await expect(comparisonRows(second)).resolves.toEqual([
        'Gegeven\tUw invoer (niet opgeslagen)\tNu opgeslagen',
        'Naam van de praktijk\tArbodienst Noord\tPraktijk met server',
        'Telefoon\t(leeg)\t050 111 22 33',
      ]);
      await screenshot(second, 'practice-server-08-settings-changed-meanwhile');
      await form(second).getByRole('button', { name: 'De opgeslagen versie overnemen' }).click();
      await form(second).getByRole('region', { name: 'Intussen door iemand anders opgeslagen' }).waitFor({ state: 'detached' });
      await expect(form(second).getByLabel('Naam van de praktijk').inputValue()).resolves.toBe('Praktijk met server');
      await expect(form(second).getByLabel('Telefoon', { exact: true }).inputValue()).resolves.toBe('050 111 22 33');
      expect(await server.practice.store.practice.settings()).toMatchObject({ name: 'Praktijk met server', phone: '050 111 22 33', rowVersion: 2 });
    } finally {
      await practice.close();
    }
  });

  it('refuses the later correction of a signed consultation, shows what differs and who corrected it, and takes the stored version on request', async () => {
    const practice = await practiceServer(browser);
    const { server } = practice;
    try {
      const first = await practice.workstation(serverAccounts.doctor);
      const second = await practice.workstation(secondDoctor);
      const findings = (page: Page) => page.getByLabel('Bevindingen', { exact: true });
      for (const page of [first, second]) {
        await openDossier(page);
        await page.getByRole('link', { name: /16-03-2026/ }).click();
        await page.getByRole('button', { name: 'Correctie maken' }).click();
        await section(page, 'Bevindingen en conclusie');
        await expect(findings(page).isDisabled()).resolves.toBe(false);
      }
      await findings(first).fill('Lasègue links positief bij 40 graden.');
      await first.getByLabel('Reden van de correctie').fill('Bevinding aangevuld');
      await first.getByRole('button', { name: 'Correctie opslaan' }).click();
      await first.getByText('De correctie is opgeslagen; de eerdere versie staat in de geschiedenis.').waitFor();

      // The second doctor corrected the version before the first's correction: refused, nothing written.
      await findings(second).fill('Geen afwijkingen bij onderzoek.');
      await second.getByLabel('Reden van de correctie').fill('Onderzoek uitgewerkt');
      await second.getByRole('button', { name: 'Correctie opslaan' }).click();
      const conflict = second.getByRole('region', { name: 'Intussen door iemand anders opgeslagen' });
      await conflict.getByText(/Correctie door Dr\. Test Arts op 16-03-2026 om \d\d:\d\d\. Reden: Bevinding aangevuld/).waitFor();
      await expect(comparisonRows(second)).resolves.toEqual([
        'Gegeven\tUw invoer (niet opgeslagen)\tNu opgeslagen',
        'Bevindingen\tGeen afwijkingen bij onderzoek.\tLasègue links positief bij 40 graden.',
      ]);
      await expect(findings(second).inputValue()).resolves.toBe('Geen afwijkingen bij onderzoek.');
      // The header says what happened, and the way on is the comparison's choice: the ordinary save,
      // which would start from the older version again, is not offered and Ctrl+S brings the comparison into focus.
      await second
        .locator('.page-header .save-status')
        .getByText('Correctie niet opgeslagen: iemand anders heeft intussen een correctie opgeslagen', { exact: true })
        .waitFor();
      await second.getByText('Kies hierboven: uw invoer opslaan of de opgeslagen versie overnemen.', { exact: true }).waitFor();
      await expect(second.getByRole('button', { name: 'Correctie opslaan' }).count()).resolves.toBe(0);
      await findings(second).focus();
      await second.keyboard.press('Control+s');
      await second.waitForFunction(() => document.activeElement?.querySelector('.changed-meanwhile') instanceof HTMLElement);
      const stored = async () => (await server.practice.store.consultations.inEpisode(practice.episodeId))[0];
      expect(await stored()).toMatchObject({ intake: { findings: 'Lasègue links positief bij 40 graden.' }, amendments: [{ reason: 'Bevinding aangevuld' }] });
      await screenshot(second, 'practice-server-10-correction-changed-meanwhile');
      await expectAccessible(second, 'correction changed meanwhile');

      // Taking the stored version: the form shows it, signed and read-only, with the first's correction in the history.
      await conflict.getByRole('button', { name: 'De opgeslagen versie overnemen' }).click();
      await conflict.waitFor({ state: 'detached' });
      await expect(findings(second).inputValue()).resolves.toBe('Lasègue links positief bij 40 graden.');
      await expect(findings(second).isDisabled()).resolves.toBe(true);
      await second.getByRole('region', { name: 'Geschiedenis van dit consult' }).getByText('Reden: Bevinding aangevuld').waitFor();
      // A new correction starts from the stored version and is taken.
      await second.getByRole('button', { name: 'Correctie maken' }).click();
      await findings(second).fill('Lasègue links positief bij 40 graden, kracht intact.');
      await second.getByLabel('Reden van de correctie').fill('Kracht aangevuld');
      await second.getByRole('button', { name: 'Correctie opslaan' }).click();
      await second.getByText('De correctie is opgeslagen; de eerdere versie staat in de geschiedenis.').waitFor();
      expect(await stored()).toMatchObject({
        intake: { findings: 'Lasègue links positief bij 40 graden, kracht intact.' },
        amendments: [{ reason: 'Bevinding aangevuld' }, { reason: 'Kracht aangevuld' }],
      });
    } finally {
      await practice.close();
    }
  });

  it('stops keeping a consultation draft that another workstation kept meanwhile, and loads the kept one on request', async () => {
    const practice = await practiceServer(browser);
    const { server, workerId } = practice;
    try {
      // The same doctor in the consultation room and at the office desk, both on a new consultation.
      const room = await practice.workstation(serverAccounts.doctor);
      const office = await practice.workstation(serverAccounts.doctor);
      for (const page of [room, office]) {
        await openDossier(page);
        await startConsultation(page);
        await section(page, 'Bevindingen en conclusie');
      }
      await room.getByLabel('Bevindingen', { exact: true }).fill('Lumbale pijn, geen uitval.');
      await room.getByText(/^Concept bewaard om/).waitFor();

      await office.getByLabel('Bevindingen', { exact: true }).fill('Iets anders getypt.');
      const conflict = office.getByRole('region', { name: 'Intussen op een andere werkplek bewaard' });
      await conflict.waitFor();
      await expect(office.getByLabel('Bevindingen', { exact: true }).inputValue()).resolves.toBe('Iets anders getypt.');
      const doctorId = (await server.practice.store.users.list()).find((user) => user.name === serverAccounts.doctor.name)?.id ?? 0;
      expect(await server.practice.store.consultations.draft(workerId, doctorId, null)).toMatchObject({ document: { findings: 'Lumbale pijn, geen uitval.' }, rowVersion: 1 });
      await office.getByText('Niet bewaard: kies welke versie blijft').waitFor();
      await screenshot(office, 'practice-server-09-draft-kept-elsewhere');

      await conflict.getByRole('button', { name: 'De bewaarde versie laden' }).click();
      await conflict.waitFor({ state: 'detached' });
      await expect(office.getByLabel('Bevindingen', { exact: true }).inputValue()).resolves.toBe('Lumbale pijn, geen uitval.');
      // From the kept version on, the office keeps the draft again.
      await office.getByLabel('Conclusie', { exact: true }).fill('Aspecifieke lage rugpijn.');
      await office.getByText(/^Concept bewaard om/).waitFor();
      expect(await server.practice.store.consultations.draft(workerId, doctorId, null)).toMatchObject({
        document: { findings: 'Lumbale pijn, geen uitval.', conclusion: 'Aspecifieke lage rugpijn.' },
        rowVersion: 2,
      });
    } finally {
      await practice.close();
    }
  });
});
