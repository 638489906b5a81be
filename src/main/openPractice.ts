import { appVersion } from './appVersion';
import { createHandlerMap } from './ipc/handlerMap';
import type { FolderDialog } from './ipc/handlers/backupHandlers';
import { backUpIfDue } from './services/backup/practiceBackups';
import { openVault, type Keychain } from './services/keys/practiceVault';
import { privateFolder } from './practiceFiles';
import { rotatingLog, type Log } from './services/log/rotatingLog';
import { systemClock, type Clock } from './services/store/clock';
import { schemaVersion } from './services/store/migrations';
import type { SqliteStore } from './services/store/store';

/**
 * Opens the practice in `directory` (creating the folder when new) and builds the handler map,
 * which writes what goes wrong to the rotating log file in the same folder. The encrypted file
 * stays closed until a sign-in, the recovery key or the OS keychain opens it.
 */
export function openPractice(
  directory: string,
  options: { clock?: Clock; nativeBinding?: string; keychain?: Keychain; log?: Log; checkOutputs?: boolean; folderDialog?: FolderDialog } = {},
) {
  privateFolder(directory);
  const log = options.log ?? rotatingLog(directory);
  const vault = openVault(directory, {
    clock: options.clock ?? systemClock,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.keychain ? { keychain: options.keychain } : {}),
  });
  log.info(`practice opened (schema ${schemaVersion})`);
  log.info(`practice file ${vault.state()}`);

  // The daily backup: checked a minute after start, then every quarter of an hour, while the file is open.
  // It runs in a worker thread, so the API keeps answering while a large file is copied.
  const backUpWhenDue = () => {
    backUpIfDue(vault, appVersion).then(
      (written) => {
        if (written) log.info('daily backup written and checked');
      },
      (error: unknown) => log.error('daily backup failed', error),
    );
  };
  const firstBackupCheck = setTimeout(backUpWhenDue, 60 * 1000);
  const backupTimer = setInterval(backUpWhenDue, 15 * 60 * 1000);
  firstBackupCheck.unref();
  backupTimer.unref();

  return {
    vault,
    log,
    handlers: createHandlerMap(vault, {
      log,
      appVersion,
      checkOutputs: options.checkOutputs ?? false,
      ...(options.folderDialog ? { folderDialog: options.folderDialog } : {}),
    }),
    /** The open store; throws while the file is locked (tests and scripts open it by signing in first). */
    get store(): SqliteStore {
      if (!vault.store) throw new Error('The practice file is locked');
      return vault.store;
    },
    close(): void {
      clearTimeout(firstBackupCheck);
      clearInterval(backupTimer);
      vault.close();
    },
  };
}
