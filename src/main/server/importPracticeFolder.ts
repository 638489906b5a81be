import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { databaseFileName } from '../dataDirectory';
import { writeServerKeyFile } from '../services/keys/postgresVault';
import { openVault } from '../services/keys/practiceVault';
import { newRecoveryKey } from '../services/keys/recoveryKey';
import { privateFolder } from '../practiceFiles';
import { systemClock, type Clock } from '../services/store/clock';
import { openPostgresDatabase, type PostgresOptions } from '../services/store/postgresDatabase';
import { importIntoPostgres, type ImportedTable } from '../services/store/postgresImport';

/**
 * Moving up to a practice server: the practice folder of a single workstation (its encrypted
 * practice file, opened with the practice's recovery key; a plain file from before encryption
 * needs none) copied into an empty PostgreSQL database and verified table by table. An older
 * practice file is first brought to this version's schema, as the app does when it opens it.
 * The server's folder (`directory`) gets the practice's key file: the sign-in screen's name and the
 * same recovery key as before. A plain file had none: it gets a new one, returned to be shown once.
 */
export async function importPracticeFolder(options: {
  from: string;
  directory: string;
  recoveryKey: () => Promise<string>;
  connection: PostgresOptions['connection'];
  clock?: Clock;
  nativeBinding?: string;
}): Promise<{ tables: ImportedTable[]; newRecoveryKey: string | null }> {
  if (!existsSync(join(options.from, databaseFileName))) throw new Error(`No practice file (${databaseFileName}) in ${options.from}`);
  const vault = openVault(options.from, { clock: options.clock ?? systemClock, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  try {
    const recoveryKey = vault.state() === 'locked' ? await options.recoveryKey() : null;
    if (recoveryKey !== null && !(await vault.unlockWithRecoveryKey(recoveryKey))) {
      throw new Error(`This recovery key does not open the practice in ${options.from}.`);
    }
    const store = vault.store;
    if (!store) throw new Error(`The practice in ${options.from} could not be opened.`);
    const target = openPostgresDatabase({ connection: options.connection, poolSize: 1 });
    let tables: ImportedTable[];
    try {
      tables = await importIntoPostgres(store.sqliteConnection, target);
    } finally {
      await target.close();
    }
    const { name, language, jurisdiction } = (await store.practice.settings()) ?? {};
    const signInPractice = name && language && jurisdiction ? { name, language, jurisdiction } : null;
    const newKey = recoveryKey === null ? newRecoveryKey() : null;
    privateFolder(options.directory);
    await writeServerKeyFile(options.directory, signInPractice, recoveryKey ?? (newKey as string));
    return { tables, newRecoveryKey: newKey };
  } finally {
    vault.close();
  }
}
