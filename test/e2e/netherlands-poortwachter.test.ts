import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './harness';
import { screenshot } from './screenshots';
import { close, fillComplaint, openDossier, panel, seededPractice, signedIn, startConsultation } from './clinicalHelpers';

describe('a Dutch practice', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows the Poortwachter dates for a worker sick since 05-01-2026', async () => {
    const { directory } = await seededPractice('NL');
    const { app, page } = await signedIn(browser, directory);
    await openDossier(page);
    await startConsultation(page);
    await fillComplaint(page, { onset: '4-1-26', pain: '5', sickSince: '5-1-2026', course: 'Onveranderd' });

    const deadlines = panel(page).getByRole('region', { name: 'Wettelijke termijnen (Poortwachter)' });
    // First sick day + 41, 55, 294, 363, 636 and 727 days; the action plan is evaluated 42 days after it was due (on a working day).
    // All in date order.
    const expected: Array<[string, string]> = [
      ['15-02-2026', 'verzuimweek 6: Probleemanalyse door de bedrijfsarts'],
      ['01-03-2026', 'verzuimweek 8: Plan van aanpak'],
      // 42 days after 01-03-2026 is Sunday 12-04-2026: the Friday before.
      ['10-04-2026', 'Evaluatie van het plan van aanpak'],
      ['26-10-2026', 'verzuimweek 42: Ziekmelding bij UWV'],
      ['03-01-2027', 'verzuimweek 52: Eerstejaarsevaluatie'],
      ['03-10-2027', 'verzuimweek 91: WIA-aanvraag'],
      ['02-01-2028', 'verzuimweek 104: Einde loondoorbetaling'],
    ];
    for (const [date, label] of expected) {
      const item = deadlines.getByRole('listitem').filter({ hasText: label });
      await item.getByText(date).waitFor();
    }
    const shown = await deadlines.getByRole('listitem').allTextContents();
    expect(shown.map((text) => text.slice(0, 10))).toEqual(expected.map(([date]) => date));
    // Past and not on record: overdue, in words.
    await deadlines.getByRole('listitem').filter({ hasText: 'week 6' }).getByText('te laat', { exact: true }).waitFor();
    // Ten weeks since onset with pain unchanged: the unexpected-course flag (routine).
    await panel(page).getByText('Niet spoedeisend', { exact: true }).waitFor();
    await screenshot(page, 'netherlands-01-poortwachter');

    await page.getByLabel('Plan van aanpak gemaakt op (optioneel)').fill('26-2-26');
    // Made on 26-02-2026: evaluations every 42 days -> 09-04-2026.
    await deadlines.getByRole('listitem').filter({ hasText: 'Evaluatie van het plan van aanpak' }).getByText('09-04-2026').waitFor();
    // The plan made on 26-02 is done; the analysis it followed was never recorded and stays overdue.
    await deadlines.getByRole('listitem').filter({ hasText: 'week 8' }).getByText('gedaan op 26-02-2026', { exact: true }).waitFor();
    await expect(deadlines.getByRole('listitem').filter({ hasText: 'week 6' }).getByText('te laat', { exact: true }).count()).resolves.toBe(1);
    await close(app, page);
  });
});
