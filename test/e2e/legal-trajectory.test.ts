import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPractice } from '../../src/main/openPractice';
import type { WorkStatus } from '../../src/shared/model';
import { acuteIntake } from '../integration/clinicalFixture';
import { valueOf } from '../support/practiceFixture';
import { close, expectAccessible, fixedClock, openDossier, seededPractice, signedIn } from './clinicalHelpers';
import { doctor, launchChromium } from './harness';
import { screenshot } from './screenshots';

interface Visit {
  consultationDate: string;
  sickLeaveStart: string;
  sickLeaveEnd?: string;
  workStatus: WorkStatus;
  /** Continues the worker's open episode instead of starting a new one. */
  continues?: boolean;
}

/** A Dutch practice whose worker had these consultations, saved through the handlers. */
async function practiceWithVisits(visits: Visit[]): Promise<string> {
  const { directory, workerId } = await seededPractice('NL');
  const practice = openPractice(directory, { clock: fixedClock });
  const { handlers } = practice;
  valueOf(await handlers.call('auth.signIn', { name: doctor.name, passphrase: doctor.passphrase }));
  let episodeId: number | null = null;
  for (const visit of visits) {
    const base = acuteIntake({ consultationDate: visit.consultationDate, followUpDate: null, episodeId: visit.continues ? episodeId : null });
    const complaint = {
      ...base.complaint,
      onsetDate: visit.sickLeaveStart,
      sickLeaveStart: visit.sickLeaveStart,
      sickLeaveEnd: visit.sickLeaveEnd ?? null,
      workStatus: visit.workStatus,
    };
    const saved = valueOf(await handlers.call('consultations.save', { workerId, consultationId: null, intake: { ...base, complaint } }));
    episodeId = saved.episodeId;
  }
  practice.close();
  return directory;
}

describe('the legal trajectory of a Dutch worker', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('keeps one merged timeline through a part-time return in week 5 and a relapse after 3 weeks of full recovery', async () => {
    const directory = await practiceWithVisits([
      { consultationDate: '2026-01-07', sickLeaveStart: '2026-01-05', workStatus: 'offWork' },
      // Week 5: back part-time, which is not recovery.
      { consultationDate: '2026-02-02', sickLeaveStart: '2026-01-05', sickLeaveEnd: '2026-02-02', workStatus: 'partlyWorking', continues: true },
      // Fully back on 23-02-2026, sick again on 16-03-2026: 21 days of recovery.
      { consultationDate: '2026-02-23', sickLeaveStart: '2026-01-05', sickLeaveEnd: '2026-02-23', workStatus: 'working', continues: true },
      { consultationDate: '2026-03-16', sickLeaveStart: '2026-03-16', workStatus: 'offWork' },
    ]);
    const { app, page } = await signedIn(browser, directory);
    await openDossier(page);
    await page.getByRole('link', { name: 'Wettelijk traject' }).click();
    const poortwachter = page.getByRole('region', { name: 'Poortwachter' });
    await poortwachter.getByText('Ziek sinds 05-01-2026 · ziekteweek 8 · 50 ziektedagen').waitFor();
    await poortwachter.getByText('05-01-2026 tot 23-02-2026: 49 ziektedagen').waitFor();
    await poortwachter.getByText('21 dagen hersteld, minder dan 4 weken: de telling loopt door').waitFor();
    // Sick days 41 and 55, then 294, 363, 636 and 727 of the merged timeline: 21 days later than without the relapse gap.
    const milestones = poortwachter.getByRole('list', { name: 'Termijnen' });
    const expected: Array<[string, string]> = [
      ['15-02-2026', 'Probleemanalyse door de bedrijfsarts'],
      ['22-03-2026', 'Plan van aanpak'],
      ['16-11-2026', 'Ziekmelding bij UWV'],
      ['24-01-2027', 'Eerstejaarsevaluatie'],
      ['24-10-2027', 'WIA-aanvraag'],
      ['23-01-2028', 'Einde loondoorbetaling'],
    ];
    for (const [date, label] of expected) await milestones.getByRole('listitem').filter({ hasText: label }).getByText(date, { exact: true }).waitFor();
    await expect(milestones.getByRole('listitem').count()).resolves.toBe(6);
    // Each with its state in words: the analysis was never recorded, the action plan is due within two weeks.
    const stateOf = (label: string) => milestones.getByRole('listitem').filter({ hasText: label });
    await stateOf('Probleemanalyse door de bedrijfsarts').getByText('te laat', { exact: true }).waitFor();
    await stateOf('Plan van aanpak').getByText('binnenkort', { exact: true }).waitFor();
    await stateOf('Ziekmelding bij UWV').getByText('komt', { exact: true }).waitFor();
    // 16-11-2026 is a Monday: UWV's first working day is the same date and is not repeated.
    await expect(milestones.getByRole('listitem').filter({ hasText: 'Ziekmelding bij UWV' }).textContent()).resolves.not.toMatch(/UWV noemt/);
    await screenshot(page, 'legal-01-merged-case');
    await expectAccessible(page, 'legal trajectory');

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Agenda' }).click();
    await page.getByRole('heading', { level: 1, name: 'Agenda', exact: true }).waitFor();
    await page.getByRole('row').filter({ hasText: 'Plan van aanpak' }).getByText('22-03-2026').waitFor();
    await screenshot(page, 'legal-04-agenda');
    await close(app, page);
  });

  it('brings the action plan forward when the problem analysis is written in week 3', async () => {
    const directory = await practiceWithVisits([{ consultationDate: '2026-03-02', sickLeaveStart: '2026-02-27', workStatus: 'offWork' }]);
    const { app, page } = await signedIn(browser, directory);
    await openDossier(page);
    await page.getByRole('link', { name: 'Wettelijk traject' }).click();
    const plan = page.getByRole('list', { name: 'Termijnen' }).getByRole('listitem').filter({ hasText: 'Plan van aanpak' });
    await plan.getByText('23-04-2026').waitFor();

    await page.getByRole('button', { name: 'Nieuw document' }).click();
    await page.getByLabel('Gemaakt op').fill('16-03-2026');
    await page.getByLabel('Wat de werknemer wel kan').fill('Licht werk in wisselende houding, 4 uur per dag.');
    await page.getByLabel('Wat de werknemer niet of beperkt kan').fill('Niet tillen boven 5 kg.');
    await page.getByLabel('Medische notitie (alleen voor uw dossier)').fill('Aspecifieke lage rugpijn.');
    await screenshot(page, 'legal-02-problem-analysis-form');
    await expectAccessible(page, 'problem analysis form');
    await page.getByRole('button', { name: 'Document opslaan' }).click();
    await page.getByText('Document opgeslagen.').waitFor();
    // Made on 16-03-2026 (sick day 17, week 3): the action plan is due 2 weeks later, and the analysis is done.
    await plan.getByText('30-03-2026').waitFor();
    const analysis = page.getByRole('list', { name: 'Termijnen' }).getByRole('listitem').filter({ hasText: 'Probleemanalyse door de bedrijfsarts' });
    await analysis.getByText('gedaan op 16-03-2026', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'PDF voor de werkgever' }).waitFor();
    await screenshot(page, 'legal-03-problem-analysis-saved');
    await close(app, page);
  });
});
