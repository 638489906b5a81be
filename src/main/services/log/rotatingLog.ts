import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The application's log file, `logs/ruggensteun.log` in the data folder. It holds what went wrong
 * (the channel, the error's class, message and stack) and never a request's input or answer, so no
 * medical content: the errors of this code base name fields and codes, not values. When the file
 * passes `maxBytes` it becomes ruggensteun.log.1 (the older ones shift up to `keep`).
 */
export interface Log {
  error(event: string, error: unknown): void;
  info(event: string): void;
}

export const LOG_FILE_NAME = 'ruggensteun.log';

export function rotatingLog(dataFolder: string, options: { maxBytes?: number; keep?: number; now?: () => string } = {}): Log {
  const { maxBytes = 1_000_000, keep = 3, now = () => new Date().toISOString() } = options;
  const folder = join(dataFolder, 'logs');
  const file = join(folder, LOG_FILE_NAME);

  function rotate(): void {
    rmSync(`${file}.${keep}`, { force: true });
    for (let n = keep - 1; n >= 1; n -= 1) {
      if (existsSync(`${file}.${n}`)) renameSync(`${file}.${n}`, `${file}.${n + 1}`);
    }
    renameSync(file, `${file}.1`);
  }

  function write(level: 'INFO' | 'ERROR', text: string): void {
    try {
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      const line = `${now()} ${level} ${text}\n`;
      if (existsSync(file) && statSync(file).size + Buffer.byteLength(line) > maxBytes) rotate();
      appendFileSync(file, line, { mode: 0o600 });
    } catch (failure) {
      // A full disk must not take the app down with it; the console still shows the entry.
      console.error(text, failure);
    }
  }

  return {
    error(event, error) {
      const detail = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : `non-error thrown (${typeof error})`;
      write('ERROR', `${event}: ${detail}`);
    },
    info(event) {
      write('INFO', event);
    },
  };
}
