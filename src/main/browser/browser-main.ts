import { join } from 'node:path';
import { workstationApi } from '../client/workstationApi';
import { dataDirectory } from '../dataDirectory';
import { openPractice } from '../openPractice';
import { startBrowserServer } from './browserServer';

/**
 * `npm start` without Electron's binary: the same app, served on loopback. With
 * `RUGGENSTEUN_SERVER_URL` (or a practice server chosen at first start) it is a workstation of
 * that practice server.
 */
async function main(): Promise<void> {
  const directory = dataDirectory();
  const api = workstationApi({ directory, serverUrl: process.env.RUGGENSTEUN_SERVER_URL ?? null, openLocal: () => openPractice(directory) });
  const port = process.env.RUGGENSTEUN_PORT ? Number(process.env.RUGGENSTEUN_PORT) : 0;
  const browser = await startBrowserServer({ handlers: api, rendererDirectory: join(__dirname, '..', 'renderer'), port });
  console.log(`Ruggensteun (browser mode), data in ${directory}`);
  console.log(browser.url);
  const stop = () => {
    void browser.close().then(() => {
      api.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
