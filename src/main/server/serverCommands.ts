import { importOptions, importUsage } from './importOptions';
import { importPracticeFolder } from './importPracticeFolder';
import { recoveryKeyAtStart } from './recoveryKeyAtStart';
import { runPracticeServer } from './runPracticeServer';
import { serverOptions, serverUsage } from './serverOptions';

/*
 * The practice server's two commands, the same from `npm run server` / `npm run server:import` and
 * from the packaged app (`ruggensteun --server`, `ruggensteun --server-import`). Each prints what an
 * administrator needs and throws with a plain message when something is wrong.
 */

/** Serves the practice until SIGINT or SIGTERM, then closes and calls `exit(0)`. */
export async function serve(argv: readonly string[], exit: (code: number) => void): Promise<void> {
  if (argv.includes('--help')) {
    console.log(serverUsage);
    return exit(0);
  }
  const options = serverOptions(argv);
  const running = await runPracticeServer(options);
  const { certificate } = running;
  console.log(`Ruggensteun practice server on PostgreSQL, its folder ${options.directory}`);
  console.log(`Listening on ${running.server.url}`);
  if (certificate.created) console.log(`New certificate made: ${certificate.files.certificate}`);
  console.log(`Certificate fingerprint (SHA-256), to compare on each workstation:\n  ${certificate.fingerprint}`);
  const stop = () => void running.close().then(() => exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** Moves a workstation's practice into the server's database and prints each table's count and checksum. */
export async function importIntoServer(argv: readonly string[], nativeBinding: string | undefined): Promise<void> {
  if (argv.includes('--help')) return void console.log(importUsage);
  const options = importOptions(argv);
  const started = Date.now();
  const { tables, newRecoveryKey } = await importPracticeFolder({
    from: options.from,
    directory: options.directory,
    recoveryKey: () => recoveryKeyAtStart(options.recoveryKeyFile),
    connection: {},
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  for (const table of tables) console.log(`${table.table.padEnd(30)} ${String(table.rows).padStart(8)} rows  sha256 ${table.sha256}`);
  console.log(`Imported and verified ${tables.length} tables in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  console.log(`The server's key file is in ${options.directory}; start the server with --data ${options.directory}.`);
  if (newRecoveryKey) {
    console.log('This practice had no recovery key yet (a file from before encryption). Its new recovery key, shown once:');
    console.log(`  ${newRecoveryKey}`);
    console.log('Print it or write it down and keep it away from the server.');
  }
}
