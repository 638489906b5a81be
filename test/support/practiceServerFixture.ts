import type { ApiInvoker, HandlerMap } from '../../src/main/ipc/handlerMap';
import { cpSync } from 'node:fs';
import { openPractice } from '../../src/main/openPractice';
import { workstationApi } from '../../src/main/client/workstationApi';
import { importPracticeFolder } from '../../src/main/server/importPracticeFolder';
import { runPracticeServer } from '../../src/main/server/runPracticeServer';
import type { ServerOptions } from '../../src/main/server/serverOptions';
import type { Clock } from '../../src/main/services/store/clock';
import type { Role } from '../../src/shared/model';
import type { PostgresCluster } from './postgresCluster';
import { doctorAccount, fixedClock, temporaryDirectory, valueOf } from './practiceFixture';

export const serverAccounts = {
  doctor: doctorAccount,
  nurse: { name: 'Test Verpleegkundige', role: 'nurse' as Role, passphrase: 'wachtwoord van de verpleegkundige' },
  preventionAdvisor: { name: 'Test Preventieadviseur', role: 'preventionAdvisor' as Role, passphrase: 'wachtwoord van de adviseur' },
};

/**
 * A practice made on a workstation (its first doctor, a nurse and a prevention advisor, and what
 * `seed` adds while the doctor is signed in), then closed: the folder a practice server starts on.
 * Answers the folder and the recovery key shown at first start.
 */
export async function practiceFolder(
  options: { clock?: Clock; seed?: (handlers: ReturnType<typeof openPractice>['handlers']) => Promise<void> } = {},
): Promise<{ directory: string; recoveryKey: string }> {
  const directory = temporaryDirectory();
  const practice = openPractice(directory, { clock: options.clock ?? fixedClock(), checkOutputs: true });
  try {
    const { handlers } = practice;
    valueOf(await handlers.call('practice.initialize', { practice: { name: 'Praktijk met server', jurisdiction: 'NL', language: 'nl' }, account: doctorAccount }));
    const recoveryKey = practice.vault.recoveryKeyToShow?.recoveryKey;
    if (!recoveryKey) throw new Error('No recovery key after first start');
    for (const account of [serverAccounts.nurse, serverAccounts.preventionAdvisor]) valueOf(await handlers.call('accounts.create', account));
    await options.seed?.(handlers);
    return { directory, recoveryKey };
  } finally {
    practice.close();
  }
}

/**
 * The practice server on loopback (a free port): the practice folder moved into a new database of
 * `cluster` with the import command's code (as an administrator moves up), then served from a
 * server folder of its own. `serveAgain` starts a server on the same folder and database.
 */
export async function startServer(
  cluster: PostgresCluster,
  folder: { directory: string; recoveryKey: string },
  options: { clock?: Clock; listen?: Partial<ServerOptions> } = {},
) {
  const database = await cluster.createDatabase();
  const directory = temporaryDirectory();
  await importPracticeFolder({ from: folder.directory, directory, recoveryKey: () => Promise.resolve(folder.recoveryKey), connection: database, clock: options.clock ?? fixedClock() });
  return serveAgain({ directory, database }, options);
}

/** A practice server over a server folder and database that already hold the practice. */
export async function serveAgain(
  place: { directory: string; database: ServerOptions['database'] },
  options: { clock?: Clock; listen?: Partial<ServerOptions> } = {},
) {
  const { directory, database } = place;
  const running = await runPracticeServer(
    { directory, database, host: '127.0.0.1', port: 0, hosts: ['127.0.0.1', 'localhost'], ...options.listen },
    { clock: options.clock ?? fixedClock(), checkOutputs: true },
  );
  return { ...running, directory, database };
}

/** A workstation (its own data folder) that uses the server at `url`, its certificate not confirmed yet. */
export function newWorkstation(url: string) {
  return workstationApi({
    directory: temporaryDirectory(),
    serverUrl: url,
    openLocal: () => {
      throw new Error('A workstation of a practice server opens no practice of its own');
    },
  });
}

/** A workstation that has confirmed the server's fingerprint (as the user does at the first connection). */
export async function trustedWorkstation(url: string) {
  const workstation = newWorkstation(url);
  const connection = await workstation.invoke('workstation.server', {});
  if (!connection.ok || connection.value === null || typeof connection.value !== 'object' || !('presented' in connection.value)) {
    throw new Error(`No certificate from ${url}: ${JSON.stringify(connection)}`);
  }
  valueOf(await workstation.invoke('workstation.trustServer', { fingerprint: connection.value.presented }));
  return workstation;
}

/** A workstation's api, typed by the contract like the handler map's `call`. */
export function callsOf(workstation: ApiInvoker): { call: HandlerMap['call'] } {
  return { call: workstation.invoke as HandlerMap['call'] };
}

let template: Promise<{ directory: string; recoveryKey: string }> | null = null;

/**
 * A copy of one practice folder made once per test file (three accounts cost a few seconds of
 * scrypt each time): the same accounts and recovery key, in a folder of its own.
 */
export async function copiedPracticeFolder(): Promise<{ directory: string; recoveryKey: string }> {
  template ??= practiceFolder();
  const { directory, recoveryKey } = await template;
  const copy = temporaryDirectory();
  cpSync(directory, copy, { recursive: true });
  return { directory: copy, recoveryKey };
}
