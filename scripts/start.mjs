// Starts Ruggensteun: the Electron app when Electron's binary is installed, otherwise browser
// mode (the same app served on http://127.0.0.1 with a per-run token).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { prepareElectronSqlite } from './electron-sqlite.mjs';

const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    const binary = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = process.env.RUGGENSTEUN_BROWSER_MODE === '1' ? null : electronBinary();
let child;
if (binary) {
  const nativeBinding = prepareElectronSqlite();
  child = spawn(binary, ['.'], {
    stdio: 'inherit',
    env: { ...process.env, RUGGENSTEUN_SQLITE_BINDING: nativeBinding },
  });
} else {
  console.log('Electron is not installed on this machine: starting browser mode.');
  child = spawn(process.execPath, ['dist/main/browser-main.cjs'], { stdio: 'inherit' });
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
