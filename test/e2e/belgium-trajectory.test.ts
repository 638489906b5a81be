import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPractice } from '../../src/main/openPractice';
import { acuteIntake } from '../integration/clinicalFixture';
import { valueOf } from '../support/practiceFixture';
import { close, expectAccessible, fixedClock, openDossier, seededPractice, signedIn } from './clinicalHelpers';
import { doctor, launchChromium } from './harness';
import { screenshot } from './screenshots';

/** A Belgian practice whose worker is unfit for work since `since` (one consultation on that day or later). */
async function belgianWorkerUnfitSince(since: string, consultationDate: string): Promise<string> {
  const { directory, workerId } = await seededPractice('BE');
  const practice = openPractice(directory, { clock: fixedClock });
  const { handlers } = practice;
  valueOf(await handlers.call('auth.signIn', { name: doctor.name, passphrase: doctor.passphrase }));
  const base = acuteIntake({ consultationDate, followUpDate: null });
  const complaint = { ...base.complaint, onsetDate: since, sickLeaveStart: since };
  valueOf(await handlers.call('consultations.save', { workerId, consultationId: null, intake: { ...base, complaint } }));
  practice.close();
  return directory;
}

describe('the Belgian re-integration trajectory', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('started by the worker in 2025 shows the 49-day assessment and, after decision A, the employer’s 63 days', async () => {
    const { app, page } = await signedIn(browser, await belgianWorkerUnfitSince('2025-10-06', '2025-10-08'));
    await openDossier(page);
    await page.getByRole('link', { name: 'Wettelijk traject' }).click();
    await page.getByRole('heading', { name: 'Re-integratie', exact: true }).waitFor();
    await page.getByText('Regels van 1 oktober 2022 (trajecten aangevraagd vóór 1 januari 2026)').waitFor();

    await page.getByRole('button', { name: 'Traject vastleggen' }).click();
    await page.getByLabel('Datum van het verzoek').fill('3-11-2025');
    await page.getByRole('button', { name: 'Traject vastleggen' }).click();
    await page.getByText('Traject opgeslagen.').waitFor();
    const terms = page.getByRole('list', { name: 'Termijnen van het traject' });
    // Requested on 03-11-2025: the assessment within 49 days = 22-12-2025.
    const assessment = terms.getByRole('listitem').filter({ hasText: 'Re-integratiebeoordeling' });
    await assessment.getByText('22-12-2025').waitFor();
    // Today (16-03-2026) without an assessment on record, it is overdue.
    await assessment.getByText('te laat', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Traject bijwerken' }).click();
    await page.getByLabel('Beslissing').selectOption('A');
    await page.getByLabel('Datum van de beoordeling').fill('1-12-2025');
    await page.getByLabel('Mogelijkheden (functioneel)').fill('Administratief werk, zittend en staand afwisselen.');
    await page.getByRole('button', { name: 'Traject bijwerken' }).click();
    await page.getByText('Traject opgeslagen.').waitFor();
    // Decision A on 01-12-2025: the employer's plan or reasoned report within 63 days = 02-02-2026.
    await terms.getByRole('listitem').filter({ hasText: 'na beslissing A' }).getByText('02-02-2026').waitFor();
    await assessment.getByText('gedaan op 01-12-2025', { exact: true }).waitFor();
    await screenshot(page, 'belgium-trajectory-01-decision-a');
    await expectAccessible(page, 'belgian trajectory');
    await close(app, page);
  });

  it('shows the 2026 rules for an incapacity that starts in 2026', async () => {
    const { app, page } = await signedIn(browser, await belgianWorkerUnfitSince('2026-01-12', '2026-03-16'));
    await openDossier(page);
    await page.getByRole('link', { name: 'Wettelijk traject' }).click();
    await page.getByText('Regels van 1 januari 2026', { exact: true }).waitFor();
    const deadlines = page.getByRole('list', { name: 'Termijnen van de arbeidsongeschiktheid' });
    // Work-capacity estimate after 8 weeks (09-03-2026), health fund questionnaire around week 10 (16-03-2026),
    // force majeure possible after 6 months (12-07-2026).
    await deadlines.getByRole('listitem').filter({ hasText: 'arbeidspotentieel' }).getByText('09-03-2026').waitFor();
    await deadlines.getByRole('listitem').filter({ hasText: 'ziekenfonds' }).getByText('16-03-2026').waitFor();
    // The estimate was due before today's consultation; the questionnaire comes today.
    await deadlines.getByRole('listitem').filter({ hasText: 'arbeidspotentieel' }).getByText('verstreken', { exact: true }).waitFor();
    await deadlines.getByRole('listitem').filter({ hasText: 'ziekenfonds' }).getByText('binnenkort', { exact: true }).waitFor();
    await deadlines.getByRole('listitem').filter({ hasText: 'medische overmacht' }).getByText('12-07-2026').waitFor();
    await page.getByText(/bronnen verschillen over “20 of meer” en “meer dan 20”/).waitFor();
    await screenshot(page, 'belgium-trajectory-02-rules-2026');

    // Fedris: the request is offered only after the three confirmations.
    const fedris = page.getByRole('region', { name: 'Fedris-programma lage rugpijn' });
    await fedris.getByText('Aanvraag mogelijk van 09-02-2026 tot en met 12-07-2026').waitFor();
    await expect(fedris.getByRole('button', { name: 'Aanvraag opslaan en PDF maken' }).count()).resolves.toBe(0);
    await fedris.getByLabel('De werknemer staat onder gezondheidstoezicht voor deze risico’s').check();
    await fedris.getByLabel('De behandelend arts is akkoord').check();
    await fedris.getByLabel('De werknemer is akkoord').check();
    await fedris.getByLabel('Beslissing van Fedris op').fill('16-3-2026');
    await fedris.getByRole('button', { name: 'Aanvraag opslaan en PDF maken' }).click();
    await fedris.getByText(/Aanvraag opgeslagen\./).waitFor();
    // Fedris decided on 16-03-2026: the employer claims the ergonomic intervention by 16-09-2026.
    await fedris.getByText(/aanvraag werkgever uiterlijk 16-09-2026/).waitFor();
    await screenshot(page, 'belgium-trajectory-03-fedris');
    await expectAccessible(page, 'fedris request');
    await close(app, page);
  });
});
