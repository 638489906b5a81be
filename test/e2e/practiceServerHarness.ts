import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startBrowserServer } from '../../src/main/browser/browserServer';
import { newWorkstation } from '../support/practiceServerFixture';
import type { RunningApp } from './harness';

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
