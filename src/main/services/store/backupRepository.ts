import type { Clock } from './clock';
import type { SqlWriter } from './sql';
import { statement } from './statement';

export type BackupKind = 'daily' | 'manual';

export interface BackupLogEntry {
  fileName: string;
  kind: BackupKind;
  writtenAt: string;
  outcome: 'ok' | 'failed';
}

/** Where backups go and the log of every backup written, with the outcome of its check. */
export function createBackupRepository(db: SqlWriter, clock: Clock) {
  const folder = statement<[], { backup_folder: string | null }>(db, 'SELECT backup_folder FROM practice_settings WHERE id = 1');
  const setFolder = statement<[string | null]>(db, 'UPDATE practice_settings SET backup_folder = ? WHERE id = 1');
  const insert = statement(
    db,
    'INSERT INTO backups (file_name, kind, written_at, outcome, detail) VALUES (@fileName, @kind, @writtenAt, @outcome, @detail)',
  );
  const lastOk = statement<[], { file_name: string; kind: BackupKind; written_at: string }>(
    db,
    "SELECT file_name, kind, written_at FROM backups WHERE outcome = 'ok' ORDER BY written_at DESC, id DESC LIMIT 1",
  );
  const lastOkOfKind = statement<[BackupKind], { written_at: string }>(
    db,
    "SELECT written_at FROM backups WHERE outcome = 'ok' AND kind = ? ORDER BY written_at DESC, id DESC LIMIT 1",
  );
  const lastFailure = statement<[], { written_at: string }>(
    db,
    "SELECT written_at FROM backups WHERE outcome = 'failed' ORDER BY written_at DESC, id DESC LIMIT 1",
  );

  return {
    async folder(): Promise<string | null> {
      return (await folder.get())?.backup_folder ?? null;
    },
    async setFolder(path: string | null): Promise<void> {
      await setFolder.run(path);
    },
    /** Records a backup and its check; `detail` says what failed, never any content. */
    async record(entry: { fileName: string; kind: BackupKind; outcome: 'ok' | 'failed'; detail?: string }): Promise<void> {
      await insert.run({ ...entry, detail: entry.detail ?? null, writtenAt: clock.now() });
    },
    async lastGood(): Promise<BackupLogEntry | null> {
      const row = await lastOk.get();
      return row ? { fileName: row.file_name, kind: row.kind, writtenAt: row.written_at, outcome: 'ok' } : null;
    },
    async lastGoodOfKind(kind: BackupKind): Promise<string | null> {
      return (await lastOkOfKind.get(kind))?.written_at ?? null;
    },
    async lastFailure(): Promise<string | null> {
      return (await lastFailure.get())?.written_at ?? null;
    },
  };
}
export type BackupRepository = ReturnType<typeof createBackupRepository>;
