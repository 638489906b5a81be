// Installs the project's packages on a fresh machine.
// Electron's binary comes from outside the npm registry; where it cannot be fetched
// (offline or locked-down machines) the install still succeeds and `npm start`
// falls back to browser mode.
import { spawnSync } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, args, env = {}) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
    shell: process.platform === 'win32',
  });
  return result.status ?? 1;
}

// `npm ci`: exactly the tree of package-lock.json (which lists every platform's optional packages),
// and never a rewritten lock file, so every machine installs the same packages.
if (run(npm, ['ci', '--no-audit', '--no-fund'], { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }) !== 0) {
  console.error('Installing the npm packages failed; see the messages above.');
  process.exit(1);
}

if (process.env.RUGGENSTEUN_SKIP_ELECTRON === '1') {
  console.log('Electron binary skipped (RUGGENSTEUN_SKIP_ELECTRON=1): the app runs in browser mode.');
} else if (run(process.execPath, ['node_modules/electron/install.js']) !== 0) {
  console.log(
    '\nElectron could not be downloaded on this machine. That is fine: `npm start` serves the same app in browser mode.',
  );
}
