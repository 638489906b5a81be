import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicHolidays } from '../../src/shared/rules';
import { downloadedPdfText } from './downloads';
import { doctor, launchChromium, openPage, signIn, startApp } from './harness';
import { screenshot } from './screenshots';
import { close, confirmNoRedFlags, fillComplaint, openDossier, panel, seededPractice, signedIn, startConsultation } from './clinicalHelpers';
import { practiceMidPlan } from './glanceSeed';

/** dd-mm-yyyy as shown, back to ISO. */
function iso(shown: string): string {
  const [day, month, year] = shown.split('-');
  return `${year}-${month}-${day}`;
}

function isWeekendOrHoliday(shown: string): boolean {
  const date = iso(shown);
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6 || publicHolidays('NL', Number(date.slice(0, 4))).includes(date);
}

/** The dossier header's facts of the current episode. */
function header(page: Page) {
  return page.locator('dl.facts--glance');
}

describe('the dossier at a glance', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows the sick-leave week, the next legal date, the work status from the plan and the current plan step', async () => {
    const { directory } = await practiceMidPlan();
    const { app, page } = await signedIn(browser, directory);
    // The workers list: birth date and today's work status beside the name.
    const row = page.getByRole('button', { name: /De Wit, Sanne/ });
    await row.getByText('geboren 10-05-1980', { exact: false }).waitFor();
    await row.getByText('Werkt gedeeltelijk', { exact: true }).waitFor();
    await screenshot(page, 'glance-workers');

    await openDossier(page);
    const facts = header(page);
    const fact = (term: string) => facts.locator('div', { has: page.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }) }).getByRole('definition');
    // Off work at the consultation of 02-03, but the plan has her at 19 of 38 hours this week.
    await expect(fact('Werkstatus').textContent()).resolves.toBe('Werkt gedeeltelijk · 19 uur per week (stap 2 van het plan)');
    // Sick since 13-01-2026, today 16-03-2026: sick day 63, verzuimweek 9; pain since 05-12-2025: 14 weeks.
    await expect(fact('Verzuim').textContent()).resolves.toBe('verzuimweek 9 (sinds 13-01-2026)');
    await expect(fact('Klachten').textContent()).resolves.toBe('Chronisch · 14 weken sinds begin klachten (05-12-2025)');
    // The problem analysis (week 6, due 23-02-2026) was never recorded: overdue, in red.
    const nextLegal = fact('Volgende wettelijke stap');
    await expect(nextLegal.textContent()).resolves.toBe('23-02-2026 · Probleemanalyse door de bedrijfsarts (verzuimweek 6) · te laat');
    await expect(nextLegal.evaluate((el) => getComputedStyle(el).color)).resolves.toBe('rgb(163, 38, 27)');
    // One next evaluation, the same in the header and the plan.
    await expect(fact('Volgende evaluatie').textContent()).resolves.toBe('27-03-2026');
    await expect(fact('Volledig aan het werk vanaf').textContent()).resolves.toBe('13-04-2026');
    await expect(fact('STarT Back · Örebro').textContent()).resolves.toBe('gemiddeld · hoog (op 02-03-2026)');
    await expect(fact('Open rode vlaggen').textContent()).resolves.toBe('geen');

    // The legal steps: the overdue ones first; those more than three months ahead folded.
    const legal = page.getByRole('region', { name: 'Wettelijke stappen' });
    const steps = legal.getByRole('list', { name: 'Wettelijke stappen' }).getByRole('listitem');
    await expect(steps.allTextContents()).resolves.toEqual([
      '23-02-2026Probleemanalyse door de bedrijfsarts · verzuimweek 6te laat',
      '09-03-2026Plan van aanpak (uiterlijk 2 weken na de probleemanalyse) · verzuimweek 8te laat',
    ]);
    await screenshot(page, 'glance-dossier');
    const later = legal.getByRole('button', { name: 'Nog 4 stappen meer dan 3 maanden vooruit' });
    await expect(later.getAttribute('aria-expanded')).resolves.toBe('false');
    await later.click();
    await legal.getByText('Ziekmelding bij UWV (eerste dag na 42 weken)').waitFor();
    await expect(later.getAttribute('aria-expanded')).resolves.toBe('true');
    // Not listed a second time under the open actions.
    await expect(page.getByRole('region', { name: 'Open acties' }).getByText('Probleemanalyse', { exact: false }).count()).resolves.toBe(0);

    // The plan: the current and the next step, all four one click away.
    const plan = page.getByRole('region', { name: 'Terugkeerplan' });
    await plan.getByText('volgende evaluatie 27-03-2026', { exact: false }).waitFor();
    await expect(plan.getByRole('listitem').filter({ hasText: /^Vanaf/ }).count()).resolves.toBe(2);
    await plan.locator('[aria-current="step"]').getByText('Nu: stap 2 van 4', { exact: false }).waitFor();
    await plan.getByRole('button', { name: 'Alle stappen tonen (4)' }).click();
    await plan.getByText('Vanaf 09-03-2026', { exact: false }).waitFor();
    await expect(plan.getByRole('listitem').filter({ hasText: /^Vanaf/ }).count()).resolves.toBe(4);

    // The plan screen gives the same next evaluation and full return.
    await page.getByRole('link', { name: 'Plan openen' }).click();
    await page.getByRole('heading', { level: 1, name: /Terugkeerplan/ }).waitFor();
    await page.getByText('volgende evaluatie 27-03-2026', { exact: false }).waitFor();
    await page.getByText('Volledig aan het werk vanaf', { exact: false }).getByText('13-04-2026').waitFor();
    await screenshot(page, 'glance-plan');
    await close(app, page);
  });

  it('shows the same header in a Belgian practice in French: week of incapacity, the next step of the re-integration', async () => {
    const { directory } = await practiceMidPlan('BE');
    const { app, page } = await signedIn(browser, directory);
    await page.getByLabel('Taal').selectOption('fr');
    await page.getByRole('heading', { name: 'Travailleurs', exact: true }).waitFor();
    await openDossier(page);
    const fact = (term: string) => header(page).locator('div', { has: page.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }) }).getByRole('definition');
    await expect(fact('Incapacité de travail').textContent()).resolves.toBe('semaine 9 d’incapacité de travail (depuis le 13-01-2026)');
    await expect(fact('Situation de travail').textContent()).resolves.toBe('Travaille partiellement · 19 h par semaine (étape 2 du plan)');
    await expect(fact('Prochaine étape légale').textContent()).resolves.toMatch(/^\d\d-\d\d-2026 · /);
    await screenshot(page, 'glance-dossier-fr');
    await page.getByRole('link', { name: 'Ouvrir le plan' }).click();
    await page.getByRole('heading', { level: 1, name: /Plan de reprise/ }).waitFor();
    await screenshot(page, 'glance-plan-fr');
    await close(app, page);
  });

  it('proposes plan reviews on working days: the week after a consultation on Tuesday 31-03-2026 is reviewed before Easter Monday', async () => {
    const { directory } = await seededPractice('NL');
    const tuesday = { now: () => '2026-03-31T09:30:00.000Z', today: () => '2026-03-31' };
    const app = await startApp(directory, tuesday);
    const page = await openPage(browser, app);
    await signIn(page, doctor);
    await page.getByRole('heading', { name: 'Werknemers', exact: true }).waitFor();
    await openDossier(page);
    await startConsultation(page);
    await fillComplaint(page, { onset: '30-3-26', pain: '5', sickSince: '31-03-2026' });
    await panel(page).getByText('Acuut', { exact: true }).waitFor();
    await confirmNoRedFlags(page);
    await page.keyboard.press('Control+s');
    await page.getByText('Het consult is opgeslagen.').waitFor();
    await page.getByRole('link', { name: 'Naar het terugkeerplan' }).click();
    await page.getByRole('heading', { level: 1, name: /Terugkeerplan/ }).waitFor();
    await page.getByRole('button', { name: 'Beginnen met het voorstel' }).click();
    const review = (step: number) => page.getByRole('group', { name: `Stap ${step}` }).getByLabel('Evaluatiedatum').inputValue();
    // The first week ends on Easter Monday 06-04-2026: reviewed on Good Friday 03-04-2026 (a working day in the Netherlands).
    await expect(review(1)).resolves.toBe('03-04-2026');
    const reviews = await Promise.all([1, 2, 3, 4].map(review));
    expect(reviews.filter(isWeekendOrHoliday)).toEqual([]);
    // A step added after the last one is reviewed on a working day too.
    await page.getByRole('button', { name: '+ Stap toevoegen' }).click();
    const added = await review(5);
    expect(isWeekendOrHoliday(added)).toBe(false);
    await screenshot(page, 'glance-plan-proposal');
    await close(app, page);
  });

  it('names one next evaluation on the employer advice, the date the dossier shows', async () => {
    const { directory } = await practiceMidPlan();
    const { app, page } = await signedIn(browser, directory);
    await openDossier(page);
    await page.getByRole('link', { name: /02-03-2026/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Documenten', exact: true }).waitFor();
    const advice = await downloadedPdfText(page, 'Advies aan werkgever');
    const text = advice.text.replace(/\s+/g, ' ');
    expect(text).toContain('Het advies wordt opnieuw bekeken op 27-03-2026.');
    expect(text).not.toContain('Evaluatie van het plan van aanpak');
    await close(app, page);
  });
});
