import { NoPracticeInDatabaseError, openPostgresPractice } from '../openPostgresPractice';
import type { Clock } from '../services/store/clock';
import { startPracticeServer } from './practiceServer';
import { serverCertificate, serverCertificateFiles } from './serverCertificate';
import type { ServerOptions } from './serverOptions';

/**
 * Server mode: the practice in the PostgreSQL database `options.database` names (its schema brought
 * to this version), served headless over HTTPS on the one address given; the server's folder keeps
 * its log, certificate and key file. A database without a practice is refused: a practice is made
 * on a workstation and moved in with `npm run server:import` (see the README).
 */
export async function runPracticeServer(options: ServerOptions, extra: { clock?: Clock; checkOutputs?: boolean } = {}) {
  const practice = await openPostgresPractice(options.directory, {
    connection: options.database,
    existingOnly: true,
    ...(extra.clock ? { clock: extra.clock } : {}),
    ...(extra.checkOutputs ? { checkOutputs: true } : {}),
  });
  try {
    if (practice.vault.state() === 'new') throw new NoPracticeInDatabaseError();
    const clock = practice.vault.clock;
    const certificate = serverCertificate(options.directory, { hosts: options.hosts, now: new Date(clock.now()) });
    const server = await startPracticeServer({
      handlers: practice.handlers,
      certificate,
      host: options.host,
      port: options.port,
      now: () => clock.now(),
      log: practice.log,
    });
    practice.log.info(`practice server listening on ${server.url}, certificate ${certificate.fingerprint}`);
    return {
      practice,
      server,
      certificate: { ...certificate, files: serverCertificateFiles(options.directory) },
      async close() {
        await server.close();
        await practice.close();
      },
    };
  } catch (error) {
    await practice.close();
    throw error;
  }
}
