/**
 * `npm run bench`: generates a fictitious practice (200,000 workers, 600,000 consultations, 2,000
 * employers, one of 5,000 workers) in a temporary folder and measures the app's performance budgets on
 * the real store, handlers, rules and PDF code. `--json` adds one JSON object as the last line;
 * `--small` generates a practice a tenth of the size, for a quick look; `--keep` leaves the
 * generated practice folder in place (its path is printed) for looking at query plans, and with
 * `--engine postgres` the PostgreSQL cluster too.
 *
 * The practice is encrypted, as the app writes it; every figure is measured on it, then on a
 * decrypted copy of the same file, side by side. A verified backup (written, reopened with the key,
 * integrity_check and row counts) of the generated practice is timed too.
 *
 * `--engine postgres`: the same practice moved into PostgreSQL (a throwaway cluster, as
 * `npm run server:import` moves one), the same figures measured there, then the load test: a
 * practice server on loopback with 50 workstations searching, opening dossiers and saving for 60
 * seconds (`--load-seconds N` for another span; `--think-ms N`, the mean pause between a
 * workstation's calls).
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openPractice } from '../src/main/openPractice';
import { backUpNow } from '../src/main/services/backup/practiceBackups';
import { listBackups } from '../src/main/services/backup/backupFiles';
import { connect } from '../src/main/services/store/database';
import { databaseFileName } from '../src/main/dataDirectory';
import { benchClock, benchDoctor, generatePractice, practiceSize } from './generatePractice';
import { inChildProcess, reportLoad } from './loadTest';
import { reportFigures, reportSideBySide, roundedFigures, time, type Figure } from './measure';
import { measureFigures, rawAggregateMs, rendererBundleKb } from './measureFigures';
import { benchPostgres, defaultThinkMs, loadWorkstations } from './postgresBench';
import { randomSource } from './random';
import { temporaryFolder } from './temporaryFolder';

/** The value after `flag` on the command line, or undefined. */
function option(argv: string[], flag: string): string | undefined {
  const index = argv.indexOf(flag);
  return index === -1 ? undefined : argv[index + 1];
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const args = new Set(argv);
  const engine = option(argv, '--engine') ?? 'sqlite';
  if (engine !== 'sqlite' && engine !== 'postgres') throw new Error(`--engine is sqlite or postgres, not ${engine}`);
  const loadSeconds = Number(option(argv, '--load-seconds') ?? 60);
  if (!(loadSeconds > 0)) throw new Error('--load-seconds is a number of seconds above 0');
  const thinkMs = Number(option(argv, '--think-ms') ?? defaultThinkMs);
  if (!(thinkMs >= 0)) throw new Error('--think-ms is a number of milliseconds');
  const size = practiceSize(args.has('--small') ? 0.1 : 1);
  const folder = temporaryFolder();
  const clock = benchClock();
  const figures: Record<string, Figure> = {};

  console.log(`Generating ${size.workers} workers at ${size.employers} employers and ${size.consultations} consultations…`);
  const generated = await generatePractice(folder, size, clock, engine === 'postgres' ? loadWorkstations : 0);
  const { practice } = generated;
  try {
    figures['generate practice'] = { value: generated.generationMs / 1000, unit: 's', budget: 120 };
    console.log(
      `Generated in ${(generated.generationMs / 1000).toFixed(1)} s: ${generated.episodes} episodes, ` +
        `${generated.consultations} consultations; file ${(statSync(join(folder, databaseFileName)).size / 1e6).toFixed(0)} MB.\n`,
    );
    // Generation is no use of the app: on a loaded machine it can outlast the idle lock, which the
    // first measured call would then meet. The doctor starts working now.
    practice.handlers.session.lastActivityAt = clock.now();

    if (engine === 'postgres') {
      const { figures: postgresFigures, load } = await benchPostgres({
        generated,
        clock,
        load: { workstations: loadWorkstations, seconds: loadSeconds, thinkMs, run: inChildProcess },
        keep: args.has('--keep'),
      });
      Object.assign(figures, postgresFigures);
      figures['renderer bundle (gzip)'] = { value: rendererBundleKb(), unit: 'KB', budget: 400 };
      reportFigures(figures, 'PostgreSQL');
      reportLoad(load);
      if (args.has('--json')) console.log(JSON.stringify({ postgres: roundedFigures(figures), load }));
      return;
    }

    const store = practice.store;
    const measured = { generated: generated.generated, workersWithEpisodes: generated.workersWithEpisodes };
    const key = practice.vault.databaseKey();
    Object.assign(figures, await measureFigures({ handlers: practice.handlers, random: randomSource(7), ...measured, rawAggregate: (employerId) => rawAggregateMs(folder, employerId, key) }));
    figures['renderer bundle (gzip)'] = { value: rendererBundleKb(), unit: 'KB', budget: 400 };

    // A verified backup of the whole practice, as the daily backup writes it.
    const backupFolder = join(folder, 'backups');
    await store.backups.setFolder(backupFolder);
    figures['verified backup (write + check)'] = { value: (await time(() => backUpNow(practice.vault, 'manual', 'bench'))) / 1000, unit: 's', budget: null };
    const backupFile = listBackups(backupFolder)[0]?.file;
    if (backupFile) figures['backup file size'] = { value: statSync(backupFile).size / 1e6, unit: 'MB', budget: null };

    // The same file decrypted, measured the same way.
    const plainFolder = join(folder, 'plain');
    mkdirSync(plainFolder);
    store.sqliteConnection.prepare('VACUUM INTO ?').run(join(plainFolder, databaseFileName));
    const copy = connect(join(plainFolder, databaseFileName), { key });
    copy.pragma('journal_mode = DELETE');
    copy.pragma(`rekey = ''`);
    copy.close();
    const plain = openPractice(plainFolder, { clock });
    plain.handlers.session.user = { id: generated.doctorId, name: benchDoctor.name, role: 'doctor' };
    const plainFigures = await measureFigures({
      handlers: plain.handlers,
      random: randomSource(7),
      ...measured,
      rawAggregate: (employerId) => rawAggregateMs(plainFolder, employerId, null),
    });
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
