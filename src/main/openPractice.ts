import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createHandlerMap } from './ipc/handlerMap';
import { databaseFileName } from './dataDirectory';
import { systemClock, type Clock } from './services/store/clock';
import { openStore } from './services/store/store';

/** Opens the practice file in `directory` (creating both when new) and builds the handler map. */
export function openPractice(directory: string, options: { clock?: Clock; nativeBinding?: string } = {}) {
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  const store = openStore(join(directory, databaseFileName), options.clock ?? systemClock, options.nativeBinding);
  return { store, handlers: createHandlerMap(store) };
}
