import { join } from 'node:path';
import { createHandlerMap } from './ipc/handlerMap';
import { databaseFileName } from './dataDirectory';
import { privateDatabaseFiles, privateFolder } from './practiceFiles';
import { systemClock, type Clock } from './services/store/clock';
import { openStore } from './services/store/store';

/** Opens the practice file in `directory` (creating both when new) and builds the handler map. */
export function openPractice(directory: string, options: { clock?: Clock; nativeBinding?: string } = {}) {
  privateFolder(directory);
  const file = join(directory, databaseFileName);
  privateDatabaseFiles(file);
  const store = openStore(file, options.clock ?? systemClock, options.nativeBinding);
  // The WAL and shared-memory files exist now; an older version may have left them 0644.
  privateDatabaseFiles(file);
  return { store, handlers: createHandlerMap(store) };
}
