import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOG_FILE_NAME, rotatingLog } from '../../src/main/services/log/rotatingLog';
import { doctorAccount, fixedClock, openTestPractice, temporaryDirectory, valueOf } from '../support/practiceFixture';

describe('the log file', () => {
  it('is written in the data folder and rotates, keeping a fixed number of old files', () => {
    const folder = temporaryDirectory();
    const log = rotatingLog(folder, { maxBytes: 200, keep: 2, now: () => '2026-03-16T09:30:00.000Z' });
    for (let i = 0; i < 20; i += 1) log.info(`entry ${i} ${'x'.repeat(40)}`);
    const files = readdirSync(join(folder, 'logs')).sort();
    expect(files).toEqual([LOG_FILE_NAME, `${LOG_FILE_NAME}.1`, `${LOG_FILE_NAME}.2`]);
    for (const file of files) expect(readFileSync(join(folder, 'logs', file)).length).toBeLessThanOrEqual(200);
    expect(readFileSync(join(folder, 'logs', LOG_FILE_NAME), 'utf8')).toContain('2026-03-16T09:30:00.000Z INFO entry 19');
  });

  it('records a failed request with its channel and stack, never what was asked', async () => {
    const directory = temporaryDirectory();
    const practice = await openTestPractice(directory, { clock: fixedClock(), checkOutputs: true });
    const { handlers } = practice;
    valueOf(
      await handlers.call('practice.initialize', {
        practice: { name: 'Logpraktijk', jurisdiction: 'NL', language: 'nl' },
        account: doctorAccount,
      }),
    );
    await practice.store.sql.close(); // every query now fails: an unexpected error, not a refusal
    const answer = await handlers.call('workers.search', { query: 'Hernia Jansen' });
    expect(answer).toEqual({ ok: false, error: { code: 'internal' } });

    const file = join(directory, 'logs', LOG_FILE_NAME);
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/INFO practice opened (on PostgreSQL )?\(schema \d+/);
    expect(text).toMatch(/ERROR workers\.search failed: \w*Error: .*\n\s+at /);
    expect(text).not.toContain('Hernia');
    expect(text).not.toContain('Jansen');
  });
});
