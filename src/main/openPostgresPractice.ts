import { appVersion } from './appVersion';
import { createHandlerMap } from './ipc/handlerMap';
import { privateFolder } from './practiceFiles';
import { openPostgresVault } from './services/keys/postgresVault';
import { rotatingLog, type Log } from './services/log/rotatingLog';
import { systemClock, type Clock } from './services/store/clock';
import { migratePostgres, postgresSchemaVersion } from './services/store/postgresMigrations';
import { openPostgresDatabase, type PostgresOptions } from './services/store/postgresDatabase';
import type { Store } from './services/store/store';

/** The database has no practice's tables: a practice server never makes them in a database it was pointed at by mistake. */
export class NoPracticeInDatabaseError extends Error {
  constructor() {
    super('This database holds no practice yet. Move a workstation\'s practice into it with `npm run server:import -- --from <folder>`, then start the server.');
    this.name = 'NoPracticeInDatabaseError';
  }
}

/**
 * Opens the practice in a PostgreSQL database (a practice server's): its schema brought to this
 * version, and the same handler map as a workstation's file. `directory` is the server's own folder
 * (its log, certificate and key file); the records themselves are all in the database. With
 * `existingOnly`, a database without the practice's tables is left untouched and refused.
 */
export async function openPostgresPractice(
  directory: string,
  options: { connection: PostgresOptions['connection']; existingOnly?: boolean; poolSize?: number; clock?: Clock; log?: Log; checkOutputs?: boolean },
) {
  privateFolder(directory);
  const log = options.log ?? rotatingLog(directory);
  const sql = openPostgresDatabase({
    connection: options.connection,
    ...(options.poolSize ? { poolSize: options.poolSize } : {}),
    onIdleError: (error) => log.error('PostgreSQL connection lost; the pool opens a new one', error),
  });
  try {
    if (options.existingOnly && (await postgresSchemaVersion(sql)) === 0) throw new NoPracticeInDatabaseError();
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
