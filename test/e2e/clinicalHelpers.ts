import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { HandlerMap } from '../../src/main/ipc/handlerMap';
import { openPractice } from '../../src/main/openPractice';
import type { Clock } from '../../src/main/services/store/clock';
import { doctor, newDataDirectory, openPage, signIn, startApp, type RunningApp } from './harness';

/** Monday 16-03-2026, 09:30 UTC: every date in these tests follows from it. */
export const consultationDay = '2026-03-16';
export const fixedClock: Clock = { now: () => `${consultationDay}T09:30:00.000Z`, today: () => consultationDay };

/** The value of a seeding call; a refusal stops the test with its error. */
export async function ok<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const answer = await result;
  if (!answer.ok) throw new Error(`Seeding failed: ${JSON.stringify(answer.error)}`);
  return answer.value;
}

/**
 * Saves a first return-to-work plan for the episode, at 38 contract hours: adapted steps and, last,
 * full duties, all without restrictions.
 */
export async function savePlan(
  handlers: HandlerMap,
  workerId: number,
  episodeId: number,
  steps: ReadonlyArray<{ start: string; review: string; hours: number }>,
): Promise<void> {
  await ok(
    handlers.call('plans.save', {
      workerId,
      episodeId,
      basedOnVersion: null,
      plan: {
        status: 'planned',
        contractHoursPerWeek: 38,
        reviewDate: null,
        steps: steps.map((step, index) => ({
          startDate: step.start,
          reviewDate: step.review,
          hoursPerWeek: step.hours,
          duties: index === steps.length - 1 ? ('full' as const) : ('adapted' as const),
          restrictions: [],
        })),
      },
    }),
  );
}

/** Logistiek Noord's warehouse job (lifting up to 20 kg) with one worker, Sanne De Wit; answers her id. */
export async function addWarehouseWorker(handlers: HandlerMap): Promise<number> {
  const employerId = await ok(handlers.call('workplace.saveEmployer', { name: 'Logistiek Noord', sector: 'private' }));
  const departmentId = await ok(handlers.call('workplace.saveDepartment', { employerId, name: 'Magazijn' }));
  const jobPositionId = await ok(
    handlers.call('workplace.saveJobPosition', {
      employerId,
      departmentId,
      title: 'Magazijnmedewerker',
      maxLoadKg: 20,
      exposures: { liftingCarrying: 'high', bendingTwisting: 'moderate' },
    }),
  );
  const worker = await ok(
    handlers.call('workers.save', {
      employerId,
      departmentId,
      jobPositionId,
      personnelNumber: 'M-100',
      firstName: 'Sanne',
      lastName: 'De Wit',
      birthDate: '1980-05-10',
      contractHoursPerWeek: 38,
    }),
  );
  return worker.id;
}

/**
 * A practice file with its doctor (the harness' account) and one worker, Sanne De Wit (born
 * 10-05-1980, 38 hours), warehouse worker lifting up to 20 kg at a private employer.
 */
export async function seededPractice(jurisdiction: 'NL' | 'BE'): Promise<{ directory: string; workerId: number }> {
  const directory = newDataDirectory();
  const practice = openPractice(directory, { clock: fixedClock, checkOutputs: true });
  const { handlers } = practice;
  await ok(
    handlers.call('practice.initialize', {
      practice: { name: 'Arbodienst Testpraktijk', jurisdiction, language: 'nl' },
      account: { name: doctor.name, role: 'doctor', passphrase: doctor.passphrase },
    }),
  );
  const workerId = await addWarehouseWorker(handlers);
  practice.close();
  return { directory, workerId };
}

/** Starts the app on a seeded practice with the fixed clock and signs the doctor in. */
export async function signedIn(
  browser: Browser,
  directory: string,
  prepare?: (page: Page) => Promise<void>,
): Promise<{ app: RunningApp; page: Page }> {
  const app = await startApp(directory, fixedClock);
  const page = await openPage(browser, app, prepare);
  await signIn(page);
  await page.getByRole('heading', { name: 'Werknemers', exact: true }).waitFor();
  return { app, page };
}

export async function close(app: RunningApp, page: Page): Promise<void> {
  await page.context().close();
  await app.stop();
}

/** Opens the worker's dossier from the workers list. */
export async function openDossier(page: Page, row = 'De Wit, Sanne', heading = 'Sanne De Wit'): Promise<void> {
  await page.getByRole('button', { name: new RegExp(row) }).click();
  await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
}

/** From the dossier, starts a new consultation. */
export async function startConsultation(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Nieuw consult' }).click();
  await page.locator('#intake-section-title', { hasText: 'Klacht' }).waitFor();
}

/** Fills the complaint section (Dutch labels); `sickSince` empty means still working. */
export async function fillComplaint(
  page: Page,
  values: { onset: string; pain: string; sickSince: string; sickLabel?: string; workStatus?: string; course?: string },
): Promise<void> {
  await page.getByLabel('Begin van de klachten').fill(values.onset);
  await page.getByLabel('Pijn (0-10)').fill(values.pain);
  await page.getByRole('group', { name: 'Uitstraling' }).getByLabel('Geen').check();
  await page.getByRole('group', { name: 'Beloop tot nu' }).getByLabel(values.course ?? 'Gaat beter').check();
  await page.getByRole('group', { name: 'Eerdere episodes van rugpijn' }).getByLabel('Geen').check();
  await page.getByRole('group', { name: 'Werkt de werknemer?' }).getByLabel(values.workStatus ?? 'Verzuimt volledig').check();
  if (values.sickSince !== '') await page.getByLabel(values.sickLabel ?? 'Eerste ziektedag').fill(values.sickSince);
}

/** Goes to an intake section by its navigation button. */
export async function section(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Onderdelen van het consult' }).getByRole('button', { name: new RegExp(name) }).click();
  await page.locator('#intake-section-title', { hasText: name }).waitFor();
}

/** Goes through the red-flag checklist and confirms that none of them is present. */
export async function confirmNoRedFlags(page: Page): Promise<void> {
  await section(page, 'Rode vlaggen');
  await page.getByLabel('Geen van deze aanwezig').check();
  await panel(page).getByText('Geen rode vlaggen', { exact: true }).waitFor();
}

/** The clinical panel beside the intake. */
export function panel(page: Page) {
  return page.getByRole('complementary', { name: 'Klinische ondersteuning' });
}

/** Runs axe-core on the page and fails on serious or critical violations, naming them. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${screen}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}
