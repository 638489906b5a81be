import type { Clock } from './clock';
import type { Db } from './database';

export type BackupKind = 'daily' | 'manual';

export interface BackupLogEntry {
  fileName: string;
  kind: BackupKind;
  writtenAt: string;
  outcome: 'ok' | 'failed';
}

/** Where backups go and the log of every backup written, with the outcome of its check. */
export function createBackupRepository(db: Db, clock: Clock) {
  const folder = db.prepare<[], { backup_folder: string | null }>('SELECT backup_folder FROM practice_settings WHERE id = 1');
  const setFolder = db.prepare<[string | null]>('UPDATE practice_settings SET backup_folder = ? WHERE id = 1');
  const insert = db.prepare(
    'INSERT INTO backups (file_name, kind, written_at, outcome, detail) VALUES (@fileName, @kind, @writtenAt, @outcome, @detail)',
  );
  const lastOk = db.prepare<[], { file_name: string; kind: BackupKind; written_at: string }>(
    "SELECT file_name, kind, written_at FROM backups WHERE outcome = 'ok' ORDER BY written_at DESC, id DESC LIMIT 1",
  );
  const lastOkOfKind = db.prepare<[BackupKind], { written_at: string }>(
    "SELECT written_at FROM backups WHERE outcome = 'ok' AND kind = ? ORDER BY written_at DESC, id DESC LIMIT 1",
  );
  const lastFailure = db.prepare<[], { written_at: string }>(
    "SELECT written_at FROM backups WHERE outcome = 'failed' ORDER BY written_at DESC, id DESC LIMIT 1",
  );

  return {
    folder(): string | null {
      return folder.get()?.backup_folder ?? null;
    },
    setFolder(path: string | null): void {
      setFolder.run(path);
    },
    /** Records a backup and its check; `detail` says what failed, never any content. */
    record(entry: { fileName: string; kind: BackupKind; outcome: 'ok' | 'failed'; detail?: string }): void {
      insert.run({ ...entry, detail: entry.detail ?? null, writtenAt: clock.now() });
    },
    lastGood(): BackupLogEntry | null {
      const row = lastOk.get();
      return row ? { fileName: row.file_name, kind: row.kind, writtenAt: row.written_at, outcome: 'ok' } : null;
    },
    lastGoodOfKind(kind: BackupKind): string | null {
      return lastOkOfKind.get(kind)?.written_at ?? null;
    },
    lastFailure(): string | null {
      return lastFailure.get()?.written_at ?? null;
    },
  };
}
export type BackupRepository = ReturnType<typeof createBackupRepository>;
