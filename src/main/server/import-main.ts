import { importPracticeFolder } from './importPracticeFolder';
import { importOptions, importUsage } from './importOptions';
import { recoveryKeyAtStart } from './recoveryKeyAtStart';

/** `npm run server:import`: a workstation's practice into the practice server's PostgreSQL database. */
async function main(): Promise<void> {
  if (process.argv.includes('--help')) return void console.log(importUsage);
  const options = importOptions(process.argv.slice(2));
  const nativeBinding = process.env.RUGGENSTEUN_SQLITE_BINDING;
  const started = Date.now();
  const tables = await importPracticeFolder({
    from: options.from,
    recoveryKey: () => recoveryKeyAtStart(options.recoveryKeyFile),
    connection: {},
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  for (const table of tables) console.log(`${table.table.padEnd(30)} ${String(table.rows).padStart(8)} rows  sha256 ${table.sha256}`);
  console.log(`Imported and verified ${tables.length} tables in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
