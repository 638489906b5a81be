import { join } from 'node:path';
import { dataDirectory } from '../dataDirectory';
import { openPractice } from '../openPractice';
import { startBrowserServer } from './browserServer';

/** `npm start` without Electron's binary: the same app, served on loopback. */
async function main(): Promise<void> {
  const directory = dataDirectory();
  const practice = openPractice(directory);
  const port = process.env.RUGGENSTEUN_PORT ? Number(process.env.RUGGENSTEUN_PORT) : 0;
  const browser = await startBrowserServer({ handlers: practice.handlers, rendererDirectory: join(__dirname, '..', 'renderer'), port });
  console.log(`Ruggensteun (browser mode), data in ${directory}`);
  console.log(browser.url);
  const stop = () => {
    void browser.close().then(() => {
      practice.close();
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
