import type { BackupInFolder } from './backupFiles';

/** How many daily and weekly backups the rotation keeps. */
export const keptDays = 7;
export const keptWeeks = 8;

/** Monday of the ISO week of a UTC date, as `YYYY-MM-DD`: the week a backup counts for. */
function weekOf(writtenAt: string): string {
  const day = new Date(`${writtenAt.slice(0, 10)}T00:00:00Z`);
  const weekday = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - weekday);
  return day.toISOString().slice(0, 10);
}

/** The newest backup of each period, for the `count` most recent periods that have one. */
function newestPerPeriod(backups: BackupInFolder[], periodOf: (writtenAt: string) => string, count: number): BackupInFolder[] {
  const seen = new Map<string, BackupInFolder>();
  for (const backup of backups) {
    const period = periodOf(backup.writtenAt);
    if (!seen.has(period)) seen.set(period, backup);
  }
  return [...seen.values()].slice(0, count);
}

/**
 * Which backups to delete: of the daily backups the newest of each of the last 7 days and of each
 * of the last 8 weeks stay; of the backups made on demand the newest stays. `backups` is newest first.
 */
export function backupsToDelete(backups: BackupInFolder[]): BackupInFolder[] {
  const daily = backups.filter((backup) => backup.kind === 'daily');
  const keep = new Set<string>([
    ...newestPerPeriod(daily, (writtenAt) => writtenAt.slice(0, 10), keptDays).map((backup) => backup.file),
    ...newestPerPeriod(daily, weekOf, keptWeeks).map((backup) => backup.file),
    ...backups.filter((backup) => backup.kind === 'manual').slice(0, 1).map((backup) => backup.file),
  ]);
  return backups.filter((backup) => !keep.has(backup.file));
}
