import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseFileName } from '../../src/main/dataDirectory';
import { openPractice } from '../../src/main/openPractice';
import { listBackups, manifestPathOf, type BackupInFolder } from '../../src/main/services/backup/backupFiles';
import { backupsToDelete } from '../../src/main/services/backup/backupRotation';
import { backUpIfDue } from '../../src/main/services/backup/practiceBackups';
import { schemaVersion } from '../../src/main/services/store/migrations';
import type { Clock } from '../../src/main/services/store/clock';
import { acuteIntake, warehouseWorker } from './clinicalFixture';
import { doctorAccount, sqlitePracticeWithDoctor, temporaryDirectory, valueOf } from '../support/practiceFixture';
import { tableChecksums } from '../support/tableChecksums';

const uniqueWord = 'Kraanvogelrugklacht';

/** A folder that exists, as the backup folder must. */
function existingFolder(...parts: string[]): string {
  const folder = join(...parts);
  mkdirSync(folder, { recursive: true });
  return folder;
}

/** A clock that can be moved forward, starting Monday 16-03-2026 09:30 UTC. */
function movingClock() {
  let at = Date.parse('2026-03-16T09:30:00.000Z');
  const clock: Clock & { advanceHours(hours: number): void } = {
    now: () => new Date(at).toISOString(),
    today: () => new Date(at).toISOString().slice(0, 10),
    advanceHours(hours: number) {
      at += hours * 60 * 60 * 1000;
    },
  };
  return clock;
}

async function practiceWithConsultation(clock = movingClock()) {
  const practice = await sqlitePracticeWithDoctor({ clock });
  const recoveryKey = valueOf(await practice.handlers.call('app.status', {})).recoveryKey ?? '';
  const worker = await warehouseWorker(practice.handlers);
  valueOf(
    await practice.handlers.call('consultations.save', {
      workerId: worker.id,
      consultationId: null,
      intake: acuteIntake({ findings: `${uniqueWord} links`, conclusion: `${uniqueWord} zonder alarmsignalen` }),
    }),
  );
  return { ...practice, clock, recoveryKey, workerId: worker.id };
}

/* Every test derives several keys with the real scrypt cost (32 MiB each); on a shared machine that takes seconds. */
describe('backups', { timeout: 20_000 }, () => {
  it('needs a folder, and refuses one that is not a full path', async () => {
    const practice = await practiceWithConsultation();
    expect(await practice.handlers.call('backups.runNow', {})).toEqual({ ok: false, error: { code: 'noBackupFolder' } });
    expect(await practice.handlers.call('backups.setFolder', { folder: 'relatief/pad' })).toEqual({ ok: false, error: { code: 'backupFolderUnusable' } });
    const missing = join(temporaryDirectory(), 'usb-schijf-niet-aangesloten');
    expect(await practice.handlers.call('backups.setFolder', { folder: missing })).toEqual({ ok: false, error: { code: 'backupFolderMissing' } });
    // Browser mode has no folder dialog: the path is typed.
    expect(await practice.handlers.call('backups.chooseFolder', {})).toEqual({ ok: false, error: { code: 'noFolderDialog' } });
    expect(valueOf(await practice.handlers.call('backups.status', {}))).toEqual({ folder: null, lastGood: null, lastFailure: null, stale: true });
    practice.practice.close();
  });

  it('takes the folder the system dialog picked, and changes nothing when it is cancelled', async () => {
    const folder = existingFolder(temporaryDirectory(), 'nas');
    const picks: Array<string | null> = [null, folder];
    const practice = await sqlitePracticeWithDoctor({ folderDialog: async () => picks.shift() ?? null });
    expect(valueOf(await practice.handlers.call('backups.chooseFolder', {})).folder).toBeNull();
    expect(valueOf(await practice.handlers.call('backups.chooseFolder', {})).folder).toBe(folder);
    expect(valueOf(await practice.handlers.call('backups.status', {})).folder).toBe(folder);
    practice.practice.close();
  });

  it('writes an encrypted backup on demand, checks it, and shows it in the status', async () => {
    const practice = await practiceWithConsultation();
    const folder = existingFolder(temporaryDirectory(), 'nas', 'ruggensteun');
    valueOf(await practice.handlers.call('backups.setFolder', { folder }));
    const status = valueOf(await practice.handlers.call('backups.runNow', {}));
    expect(status).toEqual({ folder, lastGood: '2026-03-16T09:30:00.000Z', lastFailure: null, stale: false });

    const files = readdirSync(folder).sort();
    expect(files).toEqual(['ruggensteun-20260316T093000Z-manual.json', 'ruggensteun-20260316T093000Z-manual.sqlite']);
    for (const file of files) expect(readFileSync(join(folder, file)).includes(uniqueWord), file).toBe(false);
    const manifest = readFileSync(join(folder, files[0] as string), 'utf8');
    expect(manifest).not.toContain(practice.practice.vault.databaseKey().toString('hex'));
    expect(JSON.parse(manifest)).toMatchObject({ format: 1, kind: 'manual', schemaVersion, counts: { consultations: 1, workers: 1 } });
    practice.practice.close();
  });

  it('answers API calls while a backup is written in its worker thread', async () => {
    const practice = await practiceWithConsultation();
    const folder = existingFolder(temporaryDirectory(), 'backups');
    valueOf(await practice.handlers.call('backups.setFolder', { folder }));
    const settled: string[] = [];
    const backup = practice.handlers.call('backups.runNow', {}).then((answer) => {
      settled.push('backup');
      return answer;
    });
    const search = valueOf(await practice.handlers.call('workers.search', { query: 'De Wit' }));
    settled.push('search');
    expect(search.length).toBeGreaterThan(0);
    expect(valueOf(await backup).lastGood).toBe('2026-03-16T09:30:00.000Z');
    // A backup on the main thread would have answered first: the search waited for the copy.
    expect(settled).toEqual(['search', 'backup']);
    expect(listBackups(folder)).toHaveLength(1);
    practice.practice.close();
  });

  it('writes two backups asked for at once one after another', async () => {
    const practice = await practiceWithConsultation();
    const folder = existingFolder(temporaryDirectory(), 'backups');
    valueOf(await practice.handlers.call('backups.setFolder', { folder }));
    const daily = backUpIfDue(practice.practice.vault, '0.0.0-test');
    const manual = practice.handlers.call('backups.runNow', {});
    expect(await daily).toBe(true);
    expect(valueOf(await manual).lastFailure).toBeNull();
    expect(listBackups(folder).map((backup) => backup.kind).sort()).toEqual(['daily', 'manual']);
    practice.practice.close();
  });

  it('lets the doctor sign out while the daily backup is on its way: the file closes and nothing counts as failed', async () => {
    const practice = await practiceWithConsultation();
    const folder = existingFolder(temporaryDirectory(), 'backups');
    valueOf(await practice.handlers.call('backups.setFolder', { folder }));
    const daily = backUpIfDue(practice.practice.vault, '0.0.0-test');
    valueOf(await practice.handlers.call('auth.signOut', {}));
    expect(practice.practice.vault.state()).toBe('locked');
    // Skipped when the file closed before the copy began, whole when it had begun: never a failure.
    const written = await daily;
    expect(readdirSync(folder).filter((name) => name.endsWith('.partial'))).toEqual([]);
    expect(listBackups(folder)).toHaveLength(written ? 1 : 0);

    valueOf(await practice.handlers.call('auth.signIn', doctorAccount));
    expect(valueOf(await practice.handlers.call('backups.status', {})).lastFailure).toBeNull();
    for (const backup of listBackups(folder)) {
      const preview = valueOf(await practice.handlers.call('backups.preview', { file: backup.file, recoveryKey: practice.recoveryKey }));
      expect(preview).toMatchObject({ consultations: 1, workers: 1 });
    }
    // The file was closed when that backup ended, so it is not in the status: the next daily check,
    // signed in again, writes the day's backup, and the rotation keeps one per day.
    expect(await backUpIfDue(practice.practice.vault, '0.0.0-test')).toBe(true);
    expect(listBackups(folder)).toHaveLength(1);
    expect(valueOf(await practice.handlers.call('backups.status', {})).lastGood).toBe('2026-03-16T09:30:00.000Z');
    practice.practice.close();
  });

  it('restores to an identical database, keeping the current file aside', async () => {
    const practice = await practiceWithConsultation();
    const folder = existingFolder(temporaryDirectory(), 'backups');
    valueOf(await practice.handlers.call('backups.setFolder', { folder }));
    // What the backup copies: the file as it is just before (the log row of the backup comes after).
    const atBackup = tableChecksums(practice.practice.store.sqliteConnection);
    valueOf(await practice.handlers.call('backups.runNow', {}));

    // Work after the backup: a second worker, which the restore takes away again.
    practice.clock.advanceHours(5);
    valueOf(await practice.handlers.call('auth.unlock', { passphrase: doctorAccount.passphrase }));
    valueOf(
      await practice.handlers.call('workers.save', {
        employerId: valueOf(await practice.handlers.call('workplace.list', {}))[0]?.id ?? 0,
        personnelNumber: 'NA-1',
        firstName: 'Na',
        lastName: 'Debackup',
        birthDate: '1990-01-01',
        contractHoursPerWeek: 20,
      }),
    );
    const [backup] = valueOf(await practice.handlers.call('backups.list', {}));
    const file = backup?.file ?? '';

    valueOf(await practice.handlers.call('backups.restore', { file, recoveryKey: practice.recoveryKey }));
    expect(practice.handlers.session.user).toBeNull();
    expect(readdirSync(practice.directory).filter((name) => name.includes('before-restore')).length).toBeGreaterThanOrEqual(2);
    // The restored file, before anyone signs in (which adds a row to the access log): identical.
    expect(tableChecksums(practice.practice.store.sqliteConnection)).toEqual(atBackup);
    practice.practice.close();

    // And it opens again after a restart with the same passphrase.
    const reopened = openPractice(practice.directory, { clock: practice.clock });
    valueOf(await reopened.handlers.call('auth.signIn', { name: doctorAccount.name, passphrase: doctorAccount.passphrase }));
    expect(valueOf(await reopened.handlers.call('workers.search', { query: 'Debackup' }))).toEqual([]);
    reopened.close();
  });

  it('previews a backup with a passphrase of its time, and refuses a wrong key or passphrase', async () => {
    const practice = await practiceWithConsultation();
    const folder = existingFolder(temporaryDirectory(), 'backups');
    valueOf(await practice.handlers.call('backups.setFolder', { folder }));
    valueOf(await practice.handlers.call('backups.runNow', {}));
    const file = listBackups(folder)[0]?.file ?? '';
    expect(await practice.handlers.call('backups.preview', { file, recoveryKey: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH' })).toEqual({
      ok: false,
      error: { code: 'invalidRecoveryKey' },
    });
    expect(await practice.handlers.call('backups.preview', { file, name: doctorAccount.name, passphrase: 'niet de goede' })).toEqual({
      ok: false,
      error: { code: 'invalidCredentials' },
    });
    const preview = valueOf(await practice.handlers.call('backups.preview', { file, name: doctorAccount.name, passphrase: doctorAccount.passphrase }));
    expect(preview).toEqual({
      writtenAt: '2026-03-16T09:30:00.000Z',
      appVersion: expect.stringMatching(/^\d+\.\d+\.\d+/),
      schemaVersion,
      practiceName: 'Testpraktijk',
      workers: 1,
      consultations: 1,
      employers: 1,
      accounts: 1,
    });

    practice.practice.close();
  });

  it('refuses a backup from a newer version with a clear code', async () => {
    const practice = await practiceWithConsultation();
    const folder = existingFolder(temporaryDirectory(), 'backups');
    valueOf(await practice.handlers.call('backups.setFolder', { folder }));
    valueOf(await practice.handlers.call('backups.runNow', {}));
    const [backup] = listBackups(folder);
    const file = backup?.file ?? '';
    const manifest = JSON.parse(readFileSync(manifestPathOf(file), 'utf8')) as { schemaVersion: number };
    writeFileSync(manifestPathOf(file), JSON.stringify({ ...manifest, schemaVersion: schemaVersion + 1 }));
    expect(await practice.handlers.call('backups.preview', { file, recoveryKey: practice.recoveryKey })).toEqual({
      ok: false,
      error: { code: 'backupFromNewerVersion' },
    });
    practice.practice.close();
  });

  it('lets no nurse restore a backup over the practice', async () => {
    const practice = await practiceWithConsultation();
    const folder = existingFolder(temporaryDirectory(), 'backups');
    valueOf(await practice.handlers.call('backups.setFolder', { folder }));
    valueOf(await practice.handlers.call('backups.runNow', {}));
    const file = listBackups(folder)[0]?.file ?? '';
    await practice.as('nurse');
    expect(await practice.handlers.call('backups.restore', { file, recoveryKey: practice.recoveryKey })).toEqual({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(existsSync(join(practice.directory, databaseFileName))).toBe(true);
    expect(readdirSync(practice.directory).some((name) => name.includes('before-restore'))).toBe(false);
    practice.practice.close();
  });

  it('restores onto a new machine at first start with the recovery key', async () => {
    const practice = await practiceWithConsultation();
    const folder = existingFolder(temporaryDirectory(), 'backups');
    valueOf(await practice.handlers.call('backups.setFolder', { folder }));
    // What the backup copies: the file as it is just before (the log row of the backup comes after).
    const atBackup = tableChecksums(practice.practice.store.sqliteConnection);
    valueOf(await practice.handlers.call('backups.runNow', {}));
    const file = listBackups(folder)[0]?.file ?? '';
    practice.practice.close();

    const fresh = openPractice(temporaryDirectory(), { clock: practice.clock });
    expect(fresh.vault.state()).toBe('new');
    valueOf(await fresh.handlers.call('backups.restore', { file, recoveryKey: practice.recoveryKey }));
    expect(tableChecksums(fresh.store.sqliteConnection)).toEqual(atBackup);
    valueOf(await fresh.handlers.call('auth.signIn', { name: doctorAccount.name, passphrase: doctorAccount.passphrase }));
    fresh.close();
  });

  it('writes the daily backup when a day has passed, logs a failure, and warns after two days', async () => {
    const practice = await practiceWithConsultation();
    const root = temporaryDirectory();
    const folder = existingFolder(root, 'backups');
    valueOf(await practice.handlers.call('backups.setFolder', { folder }));
    const vault = practice.practice.vault;
    expect(await backUpIfDue(vault, '0.0.0-test')).toBe(true);
    practice.clock.advanceHours(23);
    expect(await backUpIfDue(vault, '0.0.0-test')).toBe(false);
    practice.clock.advanceHours(2);
    expect(await backUpIfDue(vault, '0.0.0-test')).toBe(true);
    expect(listBackups(folder).map((backup) => backup.kind)).toEqual(['daily', 'daily']);

    // The disk is gone: a file stands where the folder was.
    rmSync(folder, { recursive: true });
    writeFileSync(folder, 'geen map');
    practice.clock.advanceHours(49);
    await expect(backUpIfDue(vault, '0.0.0-test')).rejects.toThrow();
    await practice.asDoctor();
    const status = valueOf(await practice.handlers.call('backups.status', {}));
    expect(status).toMatchObject({ lastGood: '2026-03-17T10:30:00.000Z', lastFailure: '2026-03-19T11:30:00.000Z', stale: true });
    practice.practice.close();
  });
});

describe('the backup rotation', () => {
  function backup(writtenAt: string, kind: 'daily' | 'manual' = 'daily'): BackupInFolder {
    return { file: `/b/${writtenAt}-${kind}`, fileName: `${writtenAt}-${kind}`, kind, writtenAt };
  }

  it('keeps the newest of each of the last 7 days and 8 weeks, and the last one on demand', () => {
    // One daily backup a day for 100 days (newest first), two on one day, and three on demand.
    const days = Array.from({ length: 100 }, (_, i) => new Date(Date.parse('2026-06-30T08:00:00Z') - i * 86_400_000).toISOString());
    const all = [
      backup('2026-06-30T18:00:00.000Z'),
      ...days.map((at) => backup(at)),
      backup('2026-06-29T12:00:00.000Z', 'manual'),
      backup('2026-05-01T12:00:00.000Z', 'manual'),
      backup('2026-04-01T12:00:00.000Z', 'manual'),
    ].sort((a, b) => b.writtenAt.localeCompare(a.writtenAt));
    const deleted = new Set(backupsToDelete(all).map((b) => b.fileName));
    const kept = all.filter((b) => !deleted.has(b.fileName));

    const keptDaily = kept.filter((b) => b.kind === 'daily').map((b) => b.writtenAt.slice(0, 10));
    // 7 days: 24-06 … 30-06 (30-06 only its 18:00 backup); weeks: the newest of each of 8 ISO weeks.
    expect(keptDaily.slice(0, 7)).toEqual(['2026-06-30', '2026-06-29', '2026-06-28', '2026-06-27', '2026-06-26', '2026-06-25', '2026-06-24']);
    expect(kept.filter((b) => b.kind === 'daily' && b.writtenAt.startsWith('2026-06-30')).map((b) => b.writtenAt)).toEqual(['2026-06-30T18:00:00.000Z']);
    // 8 ISO weeks: this week's newest is 30-06 and last week's 28-06 (both among the 7 days), then
    // the Sundays of the 6 weeks before.
    expect(keptDaily.slice(7)).toEqual(['2026-06-21', '2026-06-14', '2026-06-07', '2026-05-31', '2026-05-24', '2026-05-17']);
    expect(kept.filter((b) => b.kind === 'manual').map((b) => b.writtenAt)).toEqual(['2026-06-29T12:00:00.000Z']);
    expect(kept).toHaveLength(14);
  });
});
