import Database from 'better-sqlite3-multiple-ciphers';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/services/store/database';
import { nameSortKey } from '../../src/main/services/store/searchKey';
import { temporaryDirectory } from '../support/practiceFixture';

/* Schema 14: workers' sort keys separate surname and first name with U+0001 instead of U+0000. */

describe('sort keys from before schema 14', () => {
  it('get the new separator, read as the app makes them now, in the same order', () => {
    const file = join(temporaryDirectory(), 'practice.sqlite');
    copyFileSync(join(__dirname, 'fixtures', 'demo-practice-v13.db'), file);
    const old = new Database(file, { readonly: true });
    const before = old.prepare<[], { id: number; sort_key: string }>('SELECT id, sort_key FROM workers ORDER BY sort_key, id').all();
    old.close();
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((row) => row.sort_key.includes('\u0000'))).toBe(true);

    const db = openDatabase(file);
    const after = db.prepare<[], { id: number; first_name: string; last_name: string; sort_key: string }>(
      'SELECT id, first_name, last_name, sort_key FROM workers ORDER BY sort_key, id',
    ).all();
    db.close();
    expect(after.map((row) => row.id)).toEqual(before.map((row) => row.id));
    for (const row of after) expect(row.sort_key).toBe(nameSortKey(row.first_name, row.last_name));
    expect(after.map((row) => row.sort_key)).toEqual(before.map((row) => row.sort_key.replace('\u0000', '\u0001')));
  });
});
