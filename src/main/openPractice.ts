import { join } from 'node:path';
import { createHandlerMap } from './ipc/handlerMap';
import { databaseFileName } from './dataDirectory';
import { privateDatabaseFiles, privateFolder } from './practiceFiles';
import { rotatingLog, type Log } from './services/log/rotatingLog';
import { systemClock, type Clock } from './services/store/clock';
import { schemaVersion } from './services/store/migrations';
import { openStore } from './services/store/store';

/**
 * Opens the practice file in `directory` (creating both when new) and builds the handler map,
 * which writes what goes wrong to the rotating log file in the same folder.
 */
export function openPractice(directory: string, options: { clock?: Clock; nativeBinding?: string; log?: Log; checkOutputs?: boolean } = {}) {
  privateFolder(directory);
  const log = options.log ?? rotatingLog(directory);
  const file = join(directory, databaseFileName);
  privateDatabaseFiles(file);
  const store = openStore(file, options.clock ?? systemClock, options.nativeBinding);
  // The WAL and shared-memory files exist now; an older version may have left them 0644.
  privateDatabaseFiles(file);
  log.info(`practice opened (schema ${schemaVersion})`);
  return { store, handlers: createHandlerMap(store, { log, checkOutputs: options.checkOutputs ?? false }), log };
}
