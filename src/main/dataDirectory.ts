import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the practice's data lives: `RUGGENSTEUN_DATA_DIR` when set, otherwise the same user data
 * folder Electron uses for an app named Ruggensteun.
 */
export function dataDirectory(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.RUGGENSTEUN_DATA_DIR) return env.RUGGENSTEUN_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Ruggensteun');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Ruggensteun');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Ruggensteun');
}

export const databaseFileName = 'practice.sqlite';
