import { appVersion } from './appVersion';
import { createHandlerMap } from './ipc/handlerMap';
import { privateFolder } from './practiceFiles';
import { openPostgresVault } from './services/keys/postgresVault';
import { rotatingLog, type Log } from './services/log/rotatingLog';
import { systemClock, type Clock } from './services/store/clock';
import { migratePostgres } from './services/store/postgresMigrations';
import { openPostgresDatabase, type PostgresOptions } from './services/store/postgresDatabase';
import type { Store } from './services/store/store';

/**
 * Opens the practice in a PostgreSQL database (a practice server's): its schema brought to this
 * version, and the same handler map as a workstation's file. `directory` is the server's own folder
 * (its log, certificate and key file); the records themselves are all in the database.
 */
export async function openPostgresPractice(
  directory: string,
  options: { connection: PostgresOptions['connection']; poolSize?: number; clock?: Clock; log?: Log; checkOutputs?: boolean },
) {
  privateFolder(directory);
  const log = options.log ?? rotatingLog(directory);
  const sql = openPostgresDatabase({
    connection: options.connection,
    ...(options.poolSize ? { poolSize: options.poolSize } : {}),
    onIdleError: (error) => log.error('PostgreSQL connection lost; the pool opens a new one', error),
  });
  try {
    const schema = await migratePostgres(sql);
    const vault = await openPostgresVault(directory, sql, options.clock ?? systemClock);
    log.info(`practice opened on PostgreSQL (schema ${schema}, ${vault.state()})`);
    return {
      vault,
      log,
      handlers: createHandlerMap(vault, { log, appVersion, checkOutputs: options.checkOutputs ?? false }),
      /** The database's store; throws before the first start (tests sign in first). */
      get store(): Store {
        if (!vault.store) throw new Error('The database holds no practice yet');
        return vault.store;
      },
      close: () => vault.close(),
    };
  } catch (error) {
    await sql.close();
    throw error;
  }
}
export type PostgresPractice = Awaited<ReturnType<typeof openPostgresPractice>>;
