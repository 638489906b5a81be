import { recoveryKeyAtStart } from './recoveryKeyAtStart';
import { runPracticeServer } from './runPracticeServer';
import { serverOptions, serverUsage } from './serverOptions';

/** `npm run server`: the practice server, headless (no window, no Electron). */
async function main(): Promise<void> {
  if (process.argv.includes('--help')) return void console.log(serverUsage);
  const options = serverOptions(process.argv.slice(2));
  const nativeBinding = process.env.RUGGENSTEUN_SQLITE_BINDING;
  const running = await runPracticeServer(options, () => recoveryKeyAtStart(options.recoveryKeyFile), nativeBinding ? { nativeBinding } : {});
  const { certificate } = running;
  console.log(`Ruggensteun practice server, data in ${options.directory}`);
  console.log(`Listening on ${running.server.url}`);
  if (certificate.created) console.log(`New certificate made: ${certificate.files.certificate}`);
  console.log(`Certificate fingerprint (SHA-256), to compare on each workstation:\n  ${certificate.fingerprint}`);
  const stop = () => void running.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
