import { readFileSync, statSync } from 'node:fs';

/**
 * The practice's recovery key for unlocking the store at server start, never from the command
 * line or the environment (both are visible to other users in `ps`): from a file only its owner
 * may read, typed at a hidden prompt, or as the first line of stdin (a service manager's credential).
 */
export async function recoveryKeyAtStart(file: string | null, input: NodeJS.ReadStream = process.stdin): Promise<string> {
  if (file !== null) return recoveryKeyFromFile(file);
  if (input.isTTY) return hiddenPrompt(input, 'Herstelsleutel van de praktijk / recovery key: ');
  return firstLine(input);
}

export function recoveryKeyFromFile(file: string): string {
  if (process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0) {
    throw new Error(`${file} may be readable by others: make it readable by its owner only (chmod 600 ${file})`);
  }
  return readFileSync(file, 'utf8').trim();
}

function firstLine(input: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const onData = (chunk: Buffer | string) => {
      text += chunk.toString();
      if (text.includes('\n')) finish();
    };
    const finish = () => {
      input.off('data', onData);
      input.pause();
      resolve(text.split('\n')[0]?.trim() ?? '');
    };
    input.on('data', onData);
    input.once('end', finish);
    input.once('error', reject);
  });
}

/** Reads one line from the terminal without echoing it. */
function hiddenPrompt(input: NodeJS.ReadStream, question: string): Promise<string> {
  process.stdout.write(question);
  input.setRawMode(true);
  input.resume();
  return new Promise((resolve, reject) => {
    let typed = '';
    const onData = (chunk: Buffer) => {
      for (const character of chunk.toString('utf8')) {
        if (character === '\r' || character === '\n') {
          input.off('data', onData);
          input.setRawMode(false);
          input.pause();
          process.stdout.write('\n');
          return resolve(typed.trim());
        }
        if (character === '\u0003') {
          input.setRawMode(false);
          return reject(new Error('Stopped'));
        }
        typed = character === '\u007f' || character === '\b' ? typed.slice(0, -1) : typed + character;
      }
    };
    input.on('data', onData);
  });
}
