import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchChromium } from './harness';
import { screenshot } from './screenshots';
import { close, confirmNoRedFlags, fillComplaint, openDossier, panel, section, seededPractice, signedIn, startConsultation } from './clinicalHelpers';

describe('a chronic high-risk case in a Belgian practice', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows Fedris eligibility with its window and the 4-week contact in the agenda', async () => {
    const { directory } = await seededPractice('BE');
    const { app, page } = await signedIn(browser, directory);
    await openDossier(page);
    await startConsultation(page);
    // Onset 01-12-2025 (105 days: week 15, chronic); incapacity since 16-02-2026 (28 days on 16-03-2026).
    await fillComplaint(page, {
      onset: '1-12-25',
      pain: '7',
      sickSince: '16-2-26',
      sickLabel: 'Eerste dag arbeidsongeschiktheid',
      workStatus: 'Volledig arbeidsongeschikt',
      course: 'Wisselend',
    });
    await panel(page).getByText('Chronisch', { exact: true }).waitFor();
    await panel(page).getByText('15 weken sinds begin klachten (105 dagen)').waitFor();

    await section(page, 'Vragenlijsten');
    const startBack = page.getByRole('region', { name: 'STarT Back Screening Tool' });
    for (const item of [1, 2, 3, 4, 5, 6, 7, 8]) {
      await startBack.getByRole('group', { name: new RegExp(`^${item}\\. `) }).getByLabel('Eens', { exact: true }).check();
    }
    await startBack.getByRole('group', { name: /^9\. / }).getByLabel('Erg veel').check();
    // All nine items score 1: total 9, psychosocial 5 -> high risk.
    await startBack.getByText('Score 9/9, psychosociaal 5/5: hoog risico').waitFor();
    await page.getByText(/© Keele University/).waitFor();

    const fedris = panel(page).locator('.fedris');
    await fedris.getByText('Komt nu in aanmerking').waitFor();
    // Window: +28 days to +6 calendar months.
    await fedris.getByText(/Aanvraag mogelijk van 16-03-2026 tot en met 16-08-2026/).waitFor();
    await panel(page).getByText('Hoog risico', { exact: true }).waitFor();
    await panel(page).getByText(/de arbeidsarts informeert de werknemer/).waitFor();
    await screenshot(page, 'belgium-01-fedris-panel');

    await confirmNoRedFlags(page);
    await page.keyboard.press('Control+s');
    await page.getByText('Het consult is opgeslagen.').waitFor();

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Agenda' }).click();
    await page.getByRole('heading', { level: 1, name: 'Agenda', exact: true }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Contact na 4 weken arbeidsongeschiktheid' });
    await row.getByText('16-03-2026').waitFor();
    await row.getByRole('link', { name: 'De Wit, Sanne' }).waitFor();
    // The Fedris window opens today too: an alert of its own.
    await page.getByRole('row').filter({ hasText: 'Fedris-aanvraag mogelijk' }).getByText('16-03-2026').waitFor();
    // Two items due today, none overdue: no overdue count.
    await page.getByText('Vandaag 16-03-2026, tot en met 22-03-2026 · 2 acties', { exact: true }).waitFor();
    await screenshot(page, 'belgium-02-agenda');
    await row.getByRole('link', { name: 'De Wit, Sanne' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sanne De Wit', exact: true }).waitFor();
    await close(app, page);
  });
});
