import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startBrowserServer } from '../../src/main/browser/browserServer';
import type { HandlerMap } from '../../src/main/ipc/handlerMap';
import { newWorkstation, practiceFolder } from '../support/practiceServerFixture';
import { addWarehouseWorker, fixedClock } from './clinicalHelpers';
import type { RunningApp } from './harness';

/**
 * The practice on the server: its accounts and one worker, Sanne De Wit, at a warehouse; `seed`
 * adds more (for that worker) while the first doctor is signed in.
 */
export async function seededServerPractice(seed?: (handlers: HandlerMap, workerId: number) => Promise<void>) {
  let workerId = 0;
  const folder = await practiceFolder({
    clock: fixedClock,
    seed: async (handlers) => {
      workerId = await addWarehouseWorker(handlers);
      await seed?.(handlers, workerId);
    },
  });
  return { ...folder, workerId };
}

/**
 * A workstation of the practice server at `serverUrl` in browser mode: its own data folder (no
 * practice in it) and the renderer served as on any desktop, its api calls forwarded to the server.
 */
export async function startWorkstation(serverUrl: string): Promise<RunningApp> {
  const api = newWorkstation(serverUrl);
  const server = await startBrowserServer({ handlers: api, rendererDirectory: join(__dirname, '..', '..', 'dist', 'renderer') });
  return {
    directory: '',
    server,
    async stop() {
      await server.close();
      api.close();
    },
  };
}

/** A workstation of the server at `serverUrl` and a Dutch browser page on it, at its first screen. */
export async function openWorkstation(browser: Browser, serverUrl: string): Promise<{ desk: RunningApp; page: Page }> {
  const desk = await startWorkstation(serverUrl);
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: 'nl-NL' });
  const page = await context.newPage();
  await page.goto(desk.server.url);
  return { desk, page };
}

/** The first connection: the screen shows the server's fingerprint; the user compares it and trusts the server. */
export async function trustServer(page: Page, fingerprint: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Controleer de praktijkserver', exact: true }).waitFor();
  const shown = await page.getByRole('status', { name: 'Vingerafdruk van de server (SHA-256)' }).innerText();
  if (shown !== fingerprint) throw new Error(`The screen shows ${shown}, the server printed ${fingerprint}`);
  await page.getByRole('button', { name: 'De vingerafdruk klopt: vertrouw deze server' }).click();
  await page.getByRole('heading', { level: 1, name: 'Aanmelden', exact: true }).waitFor();
}

/** Calls the api from the page, as the renderer does, with the browser-mode token of this page. */
export function callFromPage(page: Page, channel: string, input: unknown): Promise<unknown> {
  return page.evaluate(
    async ({ channel, input }) => {
      const response = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Ruggensteun-Token': sessionStorage.getItem('ruggensteun.token') ?? '' },
        body: JSON.stringify({ channel, input }),
      });
      return (await response.json()) as unknown;
    },
    { channel, input },
  );
}
