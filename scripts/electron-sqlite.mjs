// better-sqlite3-multiple-ciphers (SQLite with SQLCipher encryption) is compiled for Node (tests,
// browser mode). Electron has its own ABI, so the Electron app uses a second copy built for
// Electron, kept in .electron-native/<version>/.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const sqlitePackage = 'better-sqlite3-multiple-ciphers';

/** Returns the path of the module's better_sqlite3.node built for the installed Electron, building it once. */
export function prepareElectronSqlite() {
  const electronVersion = require('electron/package.json').version;
  const packageDir = resolve('.electron-native', electronVersion, 'node_modules', sqlitePackage);
  const binding = join(packageDir, 'build', 'Release', 'better_sqlite3.node');
  if (existsSync(binding)) return binding;

  console.log(`Preparing the database module for Electron ${electronVersion} (once)…`);
  cpSync(resolve('node_modules', sqlitePackage), packageDir, {
    recursive: true,
    filter: (source) => !source.includes(`${join(sqlitePackage, 'build')}`),
  });
  const result = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'install'], {
    cwd: packageDir,
    stdio: 'inherit',
    shell: process.platform === 'win32',
    env: {
      ...process.env,
      npm_config_runtime: 'electron',
      npm_config_target: electronVersion,
      npm_config_disturl: 'https://electronjs.org/headers',
    },
  });
  if (result.status !== 0 || !existsSync(binding)) {
    throw new Error('Could not build the database module for Electron; run `RUGGENSTEUN_BROWSER_MODE=1 npm start`.');
  }
  return binding;
}
