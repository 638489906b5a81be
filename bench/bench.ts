/**
 * `npm run bench`: generates a fictitious practice (200,000 workers, 600,000 consultations, 2,000
 * employers, one of 5,000 workers) in a temporary folder and measures the app's performance budgets on
 * the real store, handlers, rules and PDF code. `--json` adds one JSON object as the last line;
 * `--small` generates a practice a tenth of the size, for a quick look; `--keep` leaves the
 * generated practice folder in place (its path is printed) for looking at query plans.
 *
 * The practice is encrypted, as the app writes it; every figure is measured on it, then on a
 * decrypted copy of the same file, side by side. A verified backup (written, reopened with the key,
 * integrity_check and row counts) of the generated practice is timed too.
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openPractice } from '../src/main/openPractice';
import { backUpNow } from '../src/main/services/backup/practiceBackups';
import { listBackups } from '../src/main/services/backup/backupFiles';
import { connect } from '../src/main/services/store/database';
import type { Clock } from '../src/main/services/store/clock';
import { databaseFileName } from '../src/main/dataDirectory';
import { consultationTemplates, generateConsultations } from './generateConsultations';
import { generateWorkplaces } from './generateWorkplaces';
import { reportSideBySide, time, type Figure } from './measure';
import { randomSource } from './random';
import { measureFigures } from './measureFigures';
import { temporaryFolder } from './temporaryFolder';

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const scale = args.has('--small') ? 0.1 : 1;
  const size = {
    employers: Math.round(2000 * scale),
    workers: Math.round(200_000 * scale),
    consultations: Math.round(600_000 * scale),
    bigEmployerSize: 5000,
  };
  const folder = temporaryFolder();
  const clock: Clock = { now: () => new Date().toISOString(), today: () => '2026-11-02' };
  const practice = openPractice(folder, { clock });
  const { handlers } = practice;
  const random = randomSource(20261122);
  const figures: Record<string, Figure> = {};

  try {
    const initialized = await handlers.call('practice.initialize', {
      practice: { name: 'Benchmarkpraktijk (fictief)', jurisdiction: 'NL', language: 'nl' },
      account: { name: 'Dr. Bench', role: 'doctor', passphrase: 'benchmark wachtzin' },
    });
    if (!initialized.ok) throw new Error(JSON.stringify(initialized.error));
    const doctorId = initialized.value.id;
    const store = practice.store;

    console.log(`Generating ${size.workers} workers at ${size.employers} employers and ${size.consultations} consultations…`);
    store.sqliteConnection.pragma('synchronous = OFF');
    let generated: ReturnType<typeof generateWorkplaces> | undefined;
    let consultations: ReturnType<typeof generateConsultations> | undefined;
    const generation = await time(() => {
      generated = generateWorkplaces(store, random, size);
      const context = {
        jurisdiction: 'NL' as const,
        orebroCutOff: 50,
        birthDate: '1975-06-15',
        job: { exposures: ['manualHandling' as const, 'bendingTwisting' as const], maxLiftKg: null, contractHoursPerWeek: 38, sector: 'private' as const },
      };
      consultations = generateConsultations(store, random, generated.workers, consultationTemplates(random, 3000, context), {
        total: size.consultations,
        doctorId,
      });
      store.sqliteConnection.exec('ANALYZE');
    });
    store.sqliteConnection.pragma('synchronous = FULL');
    if (!generated || !consultations) throw new Error('generation failed');
    figures['generate practice'] = { value: generation / 1000, unit: 's', budget: 120 };
    console.log(
      `Generated in ${(generation / 1000).toFixed(1)} s: ${consultations.episodes} episodes, ` +
        `${consultations.consultations} consultations; file ${(statSync(join(folder, databaseFileName)).size / 1e6).toFixed(0)} MB.\n`,
    );

    // Generation is no use of the app: on a loaded machine it can outlast the idle lock, which the
    // first measured call would then meet. The doctor starts working now.
    handlers.session.lastActivityAt = clock.now();
    const measured = { generated, workersWithEpisodes: consultations.workersWithEpisodes };
    Object.assign(figures, await measureFigures({ store, handlers, random: randomSource(7), ...measured, folder, key: practice.vault.databaseKey() }));

    // A verified backup of the whole practice, as the daily backup writes it.
    const backupFolder = join(folder, 'backups');
    await store.backups.setFolder(backupFolder);
    figures['verified backup (write + check)'] = { value: (await time(() => backUpNow(practice.vault, 'manual', 'bench'))) / 1000, unit: 's', budget: null };
    const backupFile = listBackups(backupFolder)[0]?.file;
    if (backupFile) figures['backup file size'] = { value: statSync(backupFile).size / 1e6, unit: 'MB', budget: null };

    // The same file decrypted, measured the same way.
    const key = practice.vault.databaseKey();
    const plainFolder = join(folder, 'plain');
    mkdirSync(plainFolder);
    store.sqliteConnection.prepare('VACUUM INTO ?').run(join(plainFolder, databaseFileName));
    const copy = connect(join(plainFolder, databaseFileName), { key });
    copy.pragma('journal_mode = DELETE');
    copy.pragma(`rekey = ''`);
    copy.close();
    const plain = openPractice(plainFolder, { clock });
    plain.handlers.session.user = { id: doctorId, name: 'Dr. Bench', role: 'doctor' };
    const plainFigures = await measureFigures({ store: plain.store, handlers: plain.handlers, random: randomSource(7), ...measured, folder: plainFolder, key: null });
    plain.close();
    reportSideBySide(figures, plainFigures, args.has('--json'));
  } finally {
    practice.close();
    if (args.has('--keep')) console.log(`Generated practice kept in ${folder}`);
    else rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
