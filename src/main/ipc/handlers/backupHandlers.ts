import { hasPermission } from '../../../shared/permissions';
import { backupsInFolder, backupStatus, backUpNow, chooseBackupFolder } from '../../services/backup/practiceBackups';
import { backupPreview, openBackup, type BackupSecret } from '../../services/backup/restoreBackup';
import { RefusedError } from '../../services/domainError';
import type { SqliteVault } from '../../services/keys/practiceVault';
import type { Session } from '../handler';
import type { Handlers } from '../handler';

type BackupChannels = 'backups.status' | 'backups.setFolder' | 'backups.chooseFolder' | 'backups.runNow' | 'backups.list' | 'backups.preview' | 'backups.restore';

function secretOf(input: { recoveryKey: string } | { name: string; passphrase: string }): BackupSecret {
  return 'recoveryKey' in input ? { recoveryKey: input.recoveryKey } : { name: input.name, passphrase: input.passphrase };
}

/** The operating system's folder dialog (Electron); null when the user cancels it. */
export type FolderDialog = () => Promise<string | null>;

export function backupHandlers(vault: SqliteVault, appVersion: string, folderDialog?: FolderDialog): Pick<Handlers, BackupChannels> {
  /** A restore replaces the whole practice: a signed-in doctor may, and anyone on a machine without a practice yet. */
  function mayRestore({ session }: { session: Session }): void {
    const user = session.user;
    if (vault.state() === 'new') return;
    if (!user || !hasPermission(user.role, 'practice.admin')) throw new RefusedError('forbidden');
  }

  return {
    'backups.status': () => backupStatus(vault),

    'backups.setFolder': async ({ folder }) => {
      await chooseBackupFolder(vault, folder === '' ? null : folder);
      return backupStatus(vault);
    },

    'backups.chooseFolder': async () => {
      if (!folderDialog) throw new RefusedError('noFolderDialog');
      const folder = await folderDialog();
      if (folder !== null) await chooseBackupFolder(vault, folder);
      return backupStatus(vault);
    },

    'backups.runNow': async () => {
      await backUpNow(vault, 'manual', appVersion);
      return backupStatus(vault);
    },

    'backups.list': () => backupsInFolder(vault),

    'backups.preview': async (input, context) => {
      mayRestore(context);
      const { manifest } = await openBackup(input.file, secretOf(input), vault.nativeBinding);
      return backupPreview(manifest);
    },

    'backups.restore': async (input, context) => {
      mayRestore(context);
      const { manifest, key } = await openBackup(input.file, secretOf(input), vault.nativeBinding);
      vault.restore(input.file, manifest.keys, key);
      // The accounts are those of the backup now: everyone signs in again.
      context.session.user = null;
      return backupPreview(manifest);
    },
  };
}

/**
 * A practice server's PostgreSQL database is backed up by its administrator (pg_dump, continuous
 * archiving; see the README), not by a workstation: every backup channel says so.
 */
export function backupsOnServer(): Pick<Handlers, BackupChannels> {
  const refuse = () => {
    throw new RefusedError('backupsOnServer');
  };
  return {
    'backups.status': refuse,
    'backups.setFolder': refuse,
    'backups.chooseFolder': refuse,
    'backups.runNow': refuse,
    'backups.list': refuse,
    'backups.preview': refuse,
    'backups.restore': refuse,
  };
}
