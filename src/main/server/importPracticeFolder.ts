import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { databaseFileName } from '../dataDirectory';
import { openVault } from '../services/keys/practiceVault';
import { systemClock, type Clock } from '../services/store/clock';
import { openPostgresDatabase, type PostgresOptions } from '../services/store/postgresDatabase';
import { importIntoPostgres, type ImportedTable } from '../services/store/postgresImport';

/**
 * Moving up to a practice server: the practice folder of a single workstation (its encrypted
 * practice file, opened with the practice's recovery key; a plain file from before encryption
 * needs none) copied into an empty PostgreSQL database and verified table by table. An older
 * practice file is first brought to this version's schema, as the app does when it opens it.
 */
export async function importPracticeFolder(options: {
  from: string;
  recoveryKey: () => Promise<string>;
  connection: PostgresOptions['connection'];
  clock?: Clock;
  nativeBinding?: string;
}): Promise<ImportedTable[]> {
  if (!existsSync(join(options.from, databaseFileName))) throw new Error(`No practice file (${databaseFileName}) in ${options.from}`);
  const vault = openVault(options.from, { clock: options.clock ?? systemClock, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  try {
    if (vault.state() === 'locked' && !(await vault.unlockWithRecoveryKey(await options.recoveryKey()))) {
      throw new Error(`This recovery key does not open the practice in ${options.from}.`);
    }
    const store = vault.store;
    if (!store) throw new Error(`The practice in ${options.from} could not be opened.`);
    const target = openPostgresDatabase({ connection: options.connection, poolSize: 1 });
    try {
      return await importIntoPostgres(store.sqliteConnection, target);
    } finally {
      await target.close();
    }
  } finally {
    vault.close();
  }
}
