import { mkdirSync } from 'node:fs';
import { createHandlerMap } from './ipc/handlerMap';
import { openVault, type Keychain } from './services/keys/practiceVault';
import { rotatingLog, type Log } from './services/log/rotatingLog';
import { systemClock, type Clock } from './services/store/clock';
import { schemaVersion } from './services/store/migrations';
import type { Store } from './services/store/store';

/**
 * Opens the practice in `directory` (creating the folder when new) and builds the handler map,
 * which writes what goes wrong to the rotating log file in the same folder. The encrypted file
 * stays closed until a sign-in, the recovery key or the OS keychain opens it.
 */
export function openPractice(
  directory: string,
  options: { clock?: Clock; nativeBinding?: string; keychain?: Keychain; log?: Log } = {},
) {
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  const log = options.log ?? rotatingLog(directory);
  const vault = openVault(directory, {
    clock: options.clock ?? systemClock,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.keychain ? { keychain: options.keychain } : {}),
  });
  log.info(`practice opened (schema ${schemaVersion})`);
  log.info(`practice file ${vault.state()}`);
  return {
    vault,
    log,
    handlers: createHandlerMap(vault, { log }),
    /** The open store; throws while the file is locked (tests and scripts open it by signing in first). */
    get store(): Store {
      if (!vault.store) throw new Error('The practice file is locked');
      return vault.store;
    },
    close(): void {
      vault.close();
    },
  };
}
