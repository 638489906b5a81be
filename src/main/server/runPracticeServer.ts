import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { databaseFileName } from '../dataDirectory';
import { openPractice } from '../openPractice';
import type { Clock } from '../services/store/clock';
import { startPracticeServer } from './practiceServer';
import { serverCertificate, serverCertificateFiles } from './serverCertificate';
import type { ServerOptions } from './serverOptions';

/**
 * Server mode: the practice in `options.directory`, opened headless with the recovery key (the
 * server holds the practice's key while it runs), and its api served over HTTPS on the one
 * address given. A folder without a practice is refused: the practice is made first on a
 * workstation (or that workstation's folder is copied here), see the README.
 */
export async function runPracticeServer(
  options: ServerOptions,
  recoveryKey: () => Promise<string>,
  extra: { clock?: Clock; nativeBinding?: string; checkOutputs?: boolean } = {},
) {
  const noPractice = new Error(
    `No practice in ${options.directory} yet. Make it first with Ruggensteun on this computer, with this folder as its data folder, then start the server.`,
  );
  // Checked before opening, which would make the folder and its log.
  if (!existsSync(join(options.directory, databaseFileName))) throw noPractice;
  const practice = openPractice(options.directory, extra);
  try {
    const state = practice.vault.state();
    if (state === 'new') throw noPractice;
    if (state === 'locked' && !(await practice.vault.unlockWithRecoveryKey(await recoveryKey()))) {
      throw new Error('This recovery key does not open the practice in this folder.');
    }
    practice.vault.holdOpen();
    const clock = practice.store.clock;
    const certificate = serverCertificate(options.directory, { hosts: options.hosts, now: new Date(clock.now()) });
    const server = await startPracticeServer({
      handlers: practice.handlers,
      certificate,
      host: options.host,
      port: options.port,
      now: () => clock.now(),
      openStore: () => practice.vault.store,
      log: practice.log,
    });
    practice.log.info(`practice server listening on ${server.url}, certificate ${certificate.fingerprint}`);
    return {
      practice,
      server,
      certificate: { ...certificate, files: serverCertificateFiles(options.directory) },
      async close() {
        await server.close();
        practice.close();
      },
    };
  } catch (error) {
    practice.close();
    throw error;
  }
}
