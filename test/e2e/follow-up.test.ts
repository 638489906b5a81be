import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadedPdfText } from './downloads';
import { launchChromium } from './harness';
import { screenshot } from './screenshots';
import { close, openDossier, panel, section, signedIn, startConsultation } from './clinicalHelpers';
import { practiceWithEpisode } from './followUpSeed';

/** The texts of the table cells in `region` that reach past its right edge or are cut inside their cell. */
function outside(region: Locator): Promise<string[]> {
  return region.evaluate((element) => {
    const edge = element.getBoundingClientRect().right;
    return Array.from(element.querySelectorAll('th, td'))
      .filter((cell) => cell.getClientRects().length > 0 && getComputedStyle(cell).clip === 'auto')
      .filter((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        return range.getBoundingClientRect().right > edge || cell.scrollWidth > cell.clientWidth;
      })
      .map((cell) => cell.textContent);
  });
}

describe('a follow-up consultation', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('carries every persistent fact from the previous consultation and shows it side by side', async () => {
    const { directory } = await practiceWithEpisode();
    const { app, page } = await signedIn(browser, directory);
    await openDossier(page);
    await startConsultation(page);
    await page.getByRole('heading', { level: 1, name: /Vervolgconsult/ }).waitFor();

    // Carried over from 09-03-2026 and editable.
    await expect(page.getByLabel('Begin van de klachten').inputValue()).resolves.toBe('12-02-2026');
    await expect(page.getByLabel('Eerste ziektedag').inputValue()).resolves.toBe('13-02-2026');
    await expect(page.getByLabel(/Plan van aanpak gemaakt op/).inputValue()).resolves.toBe('02-03-2026');
    await expect(page.getByLabel(/Probleemanalyse gemaakt op/).inputValue()).resolves.toBe('23-02-2026');
    await expect(page.getByRole('group', { name: 'Werkt de werknemer?' }).getByLabel('Werkt gedeeltelijk').isChecked()).resolves.toBe(true);
    await expect(page.getByRole('group', { name: 'Eerdere episodes van rugpijn' }).getByLabel('Eén keer').isChecked()).resolves.toBe(true);
    // Asked again: pain now and the course.
    await expect(page.getByLabel('Pijn (0-10)').inputValue()).resolves.toBe('');
    await section(page, 'Risicofactoren');
    await expect(page.getByLabel(/Zwaar tillen/).first().isChecked()).resolves.toBe(true);
    await section(page, 'Uitkomsten');
    await expect(page.getByLabel('Gewerkte uren per week').inputValue()).resolves.toBe('24');
    await expect(page.getByLabel('Activiteit 1').inputValue()).resolves.toBe('Dozen tillen');

    // The previous consultation beside the form, with arrows once today's values are in.
    const previous = page.getByRole('region', { name: /Vorig consult · 09-03-2026/ });
    await expect(previous.getByRole('row', { name: /Pijn nu/ }).textContent()).resolves.toMatch(/4/);
    await page.getByLabel('Werkvermogen (0-10)').fill('4');
    await previous.getByRole('row', { name: /Werkvermogen/ }).getByText(/Slechter · relevant/).waitFor();
    await expect(previous.getByRole('row', { name: /Stap in het plan/ }).textContent()).resolves.toMatch(/3 · 24 uur/);
    await screenshot(page, 'follow-up');
    // Every header and value inside the narrow side panel, at the usual window and at the smallest.
    for (const width of [1360, 960]) {
      await page.setViewportSize({ width, height: 900 });
      await expect(outside(previous), `cells past the panel at ${width} px`).resolves.toEqual([]);
    }
    await previous.screenshot({ path: 'test-output/screenshots/previous-consultation-960.png' });
    await page.setViewportSize({ width: 1360, height: 900 });
    await expect(panel(page).getByText('Geen verbetering').count()).resolves.toBe(0);
    await close(app, page);
  });

  it('shows a four-consultation episode as a chart with the plan steps and the values one click away', async () => {
    const { directory } = await practiceWithEpisode();
    const { app, page } = await signedIn(browser, directory);
    await openDossier(page);
    const chart = page.getByRole('img', { name: 'Uitkomsten over de tijd' });
    await chart.waitFor();
    for (const step of ['Stap 1', 'Stap 2', 'Stap 3', 'Stap 4']) await expect(chart.getByText(step, { exact: true }).count()).resolves.toBe(1);
    await expect(chart.locator('circle').count()).resolves.toBe(4 * 5);
    await page.getByRole('button', { name: 'Toon de waarden als tabel' }).click();
    const table = page.getByRole('table', { name: 'Uitkomsten over de tijd' });
    await table.waitFor();
    await expect(table.getByRole('row').count()).resolves.toBe(5);
    await expect(table.getByRole('row', { name: /16-02-2026/ }).textContent()).resolves.toMatch(/7.*16.*2.*9.*0/);
    await expect(table.getByRole('row', { name: /09-03-2026/ }).textContent()).resolves.toMatch(/Stap 3: 24/);
    await page.getByRole('region', { name: 'Uitkomsten over de tijd' }).screenshot({ path: 'test-output/screenshots/outcome-chart.png' });

    // The record of the fourth consultation has the same chart and the table of the episode.
    await page.getByRole('link', { name: /09-03-2026/ }).click();
    await page.getByRole('heading', { level: 1, name: /Sanne De Wit/ }).waitFor();
    const record = await downloadedPdfText(page, 'Consultverslag');
    const text = record.text.replace(/[ ]+/g, ' ');
    expect(text).toContain('Uitkomsten over de tijd');
    for (const step of ['Stap 1', 'Stap 2', 'Stap 3', 'Stap 4']) expect(text).toContain(step);
    expect(text).toMatch(/16-02-2026 7 16 2 9 0 –/);
    expect(text).toMatch(/09-03-2026 4 8 6 5 24 Stap 3: 24/);
    await close(app, page);
  });

  it('hands the screen to the worker: only the questionnaire, no other screen or data, the passphrase to leave, answers marked in the form', async () => {
    const { directory } = await practiceWithEpisode();
    const { app, page } = await signedIn(browser, directory);
    await openDossier(page);
    await startConsultation(page);
    await page.getByRole('heading', { level: 1, name: /Vervolgconsult/ }).waitFor();
    await page.getByRole('button', { name: 'Vragenlijst door werknemer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hoeveel pijn heeft u nu in uw rug?' }).waitFor();
    // Pain, work ability, hours, one PSK activity, 24 Roland-Morris statements, then STarT Back (9)
    // and Örebro (10), which the earlier consultations did not record.
    await page.getByText('Vraag 1 van 47').waitFor();
    // Nothing of the practice on screen.
    await expect(page.getByText('Sanne').count()).resolves.toBe(0);
    await expect(page.getByRole('navigation').count()).resolves.toBe(0);
    await screenshot(page, 'worker-mode');

    await page.getByRole('radio', { name: '3' }).click();
    await page.getByRole('heading', { level: 1, name: /werkvermogen/ }).waitFor();
    await page.keyboard.press('7');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Hoeveel uur heeft u de afgelopen week gewerkt?' }).waitFor();

    // Another screen by its address: still the questionnaire, and main refuses the dossier.
    await page.evaluate(() => {
      window.location.hash = '#/workers';
    });
    await page.getByRole('heading', { level: 1, name: 'Hoeveel uur heeft u de afgelopen week gewerkt?' }).waitFor();
    const refused = await page.evaluate(async () => {
      const response = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-ruggensteun-token': sessionStorage.getItem('ruggensteun.token') ?? '' },
        body: JSON.stringify({ channel: 'dossier.get', input: { workerId: 1 } }),
      });
      return (await response.json()) as unknown;
    });
    expect(refused).toEqual({ ok: false, error: { code: 'forbidden' } });

    // Leaving needs the doctor's passphrase.
    await page.getByRole('button', { name: 'Arts: terug naar het consult' }).click();
    await page.getByLabel('Wachtwoord van de arts').fill('verkeerd');
    await page.getByRole('button', { name: 'Terug naar het consult' }).click();
    await page.getByRole('alert').waitFor();
    await page.getByLabel('Wachtwoord van de arts').fill('lange wachtzin voor de test');
    await page.getByRole('button', { name: 'Terug naar het consult' }).click();
    await page.getByRole('heading', { level: 1, name: /Vervolgconsult/ }).waitFor();
    await expect(page.getByLabel('Pijn (0-10)').inputValue()).resolves.toBe('3');
    await section(page, 'Uitkomsten');
    await expect(page.getByLabel('Werkvermogen (0-10)').inputValue()).resolves.toBe('7');
    await page.getByText('ingevuld door werknemer').first().waitFor();
    await close(app, page);
  });

  it('asks STarT Back and Örebro in worker mode one question at a time; the form scores them as if the doctor had typed them', async () => {
    const { directory } = await practiceWithEpisode();
    const { app, page } = await signedIn(browser, directory);
    await openDossier(page);
    await startConsultation(page);
    await page.getByRole('heading', { level: 1, name: /Vervolgconsult/ }).waitFor();
    await page.getByRole('button', { name: 'Vragenlijst door werknemer' }).click();
    await page.getByText('Vraag 1 van 47').waitFor();
    let question = 1;
    const press = async (...keys: string[]) => {
      for (const key of keys) await page.keyboard.press(key);
      question += 1;
      await page.getByText(`Vraag ${question} van 47`).waitFor();
    };
    await press('3', 'Enter'); // pain now
    await press('7', 'Enter'); // work ability
    await page.getByRole('spinbutton').fill('24');
    await press('Enter'); // hours
    await press('5', 'Enter'); // PSK: Dozen tillen
    for (let item = 0; item < 24; item += 1) await press('n'); // Roland-Morris

    // STarT Back: agree with j, disagree with n, item 9 by the number of its answer.
    await page.getByText('STarT Back').first().waitFor();
    for (const key of ['j', 'n', 'j', 'j', 'j', 'j', 'n', 'j']) await press(key);
    await page.getByRole('button', { name: /Erg veel/ }).waitFor();
    await screenshot(page, 'worker-mode-start-back');
    await press('4');
    // Örebro: item 1 by the number of its answer, then 0-10 scales (items 3, 4 and 8 reverse scored).
    await page.getByRole('button', { name: /3-4 weken/ }).waitFor();
    await screenshot(page, 'worker-mode-orebro');
    await press('3');
    for (const value of ['6', '4', '7', '5', '3', '6', '8', '7']) await press(value, 'Enter');
    await page.keyboard.press('4');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Klaar, dank u wel/ }).waitFor();

    await page.getByRole('button', { name: 'Arts: terug naar het consult' }).click();
    await page.getByLabel('Wachtwoord van de arts').fill('lange wachtzin voor de test');
    await page.getByRole('button', { name: 'Terug naar het consult' }).click();
    await page.getByRole('heading', { level: 1, name: /Vervolgconsult/ }).waitFor();
    await section(page, 'Vragenlijsten');
    // 1+0+1+1+1+1+0+1+1 = 7, psychosocial 4: high; Örebro 3+6+6+3+5+3+6+2+7+4 = 45: below 50.
    const startBack = page.getByRole('region', { name: 'STarT Back Screening Tool' });
    await startBack.getByText('Score 7/9, psychosociaal 4/5: hoog risico').waitFor();
    await startBack.getByText('ingevuld door werknemer').waitFor();
    await expect(startBack.getByRole('group', { name: /^9\./ }).getByLabel('Erg veel').isChecked()).resolves.toBe(true);
    await page.getByRole('button', { name: /Örebro-vragenlijst, korte versie · Score 45\/100: laag risico/ }).click();
    const orebro = page.getByRole('region', { name: 'Örebro-vragenlijst, korte versie' });
    await orebro.getByText('ingevuld door werknemer').waitFor();
    await expect(orebro.getByRole('group', { name: /^3\./ }).getByLabel('4', { exact: true }).isChecked()).resolves.toBe(true);
    await close(app, page);
  });

  it('takes a paper STarT Back and Örebro with one key per answer, scored as on screen', async () => {
    const { directory } = await practiceWithEpisode();
    const { app, page } = await signedIn(browser, directory);
    await openDossier(page);
    await startConsultation(page);
    await page.getByRole('heading', { level: 1, name: /Vervolgconsult/ }).waitFor();
    await section(page, 'Vragenlijsten');
    const startBack = page.getByRole('region', { name: 'STarT Back Screening Tool' });
    await startBack.getByRole('group', { name: /^1\./ }).getByLabel('Eens', { exact: true }).focus();
    for (const key of ['j', 'n', 'j', 'j', 'j', 'j', 'n', 'j', '4']) await page.keyboard.press(key);
    await startBack.getByText('Score 7/9, psychosociaal 4/5: hoog risico').waitFor();
    await expect(startBack.getByRole('group', { name: /^2\./ }).getByLabel('Oneens').isChecked()).resolves.toBe(true);
    // After the last item the focus is on its answer, not on the first button of the row.
    const focused = (radio: Locator) => radio.evaluate((element) => element === document.activeElement);
    await expect(focused(startBack.getByRole('group', { name: /^9\./ }).getByLabel('Erg veel'))).resolves.toBe(true);

    await page.getByRole('button', { name: /Örebro-vragenlijst, korte versie/ }).click();
    const orebro = page.getByRole('region', { name: 'Örebro-vragenlijst, korte versie' });
    await orebro.getByLabel(/^1\./).focus();
    // Item 1 by the number of its answer, then the ten 0-10 rows: 10 is 1 then 0.
    for (const key of ['3', '6', '4', '7', '5', '3', '6', '8', '1', '0', '4']) await page.keyboard.press(key);
    // 3 + 6 + (10-4) + (10-7) + 5 + 3 + 6 + (10-8) + 10 + 4 = 48
    await orebro.getByText('Score 48/100: laag risico').waitFor();
    await expect(orebro.getByRole('group', { name: /^9\./ }).getByLabel('10', { exact: true }).isChecked()).resolves.toBe(true);
    await expect(focused(orebro.getByRole('group', { name: /^10\./ }).getByLabel('4', { exact: true }))).resolves.toBe(true);
    await screenshot(page, 'quick-entry-orebro');
    await close(app, page);
  });
});
