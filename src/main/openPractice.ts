import { mkdirSync } from 'node:fs';
import { createHandlerMap } from './ipc/handlerMap';
import { openVault, type Keychain } from './services/keys/practiceVault';
import { systemClock, type Clock } from './services/store/clock';
import type { Store } from './services/store/store';

/**
 * Opens the practice in `directory` (creating the folder when new) and builds the handler map.
 * The encrypted file stays closed until a sign-in, the recovery key or the OS keychain opens it.
 */
export function openPractice(directory: string, options: { clock?: Clock; nativeBinding?: string; keychain?: Keychain } = {}) {
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  const vault = openVault(directory, {
    clock: options.clock ?? systemClock,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.keychain ? { keychain: options.keychain } : {}),
  });
  return {
    vault,
    handlers: createHandlerMap(vault),
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
