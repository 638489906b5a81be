import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/services/store/database';
import { inVersionOrder, migrations, schemaVersion } from '../../src/main/services/store/migrations';
import { temporaryDirectory } from '../support/practiceFixture';
import { schemaOf } from '../support/schema';

/*
 * The committed schema-snapshot.sql is the schema a freshly migrated practice file must have. A
 * migration that changes, renames or drops a column (or an index) fails here until the snapshot
 * is regenerated with `npm run schema:snapshot` and the difference is reviewed in the commit.
 */

describe('the schema', () => {
  it('of a freshly migrated practice file matches the committed snapshot', async () => {
    const db = openDatabase(join(temporaryDirectory(), 'practice.sqlite'));
    await expect(schemaOf(db)).toMatchFileSnapshot('./schema-snapshot.sql');
    db.close();
  });
});

describe('the migrations', () => {
  it('are one file each, named after their version, listed in version order', () => {
    const folder = join(__dirname, '../../src/main/services/store/migrations');
    const files = readdirSync(folder).filter((file) => /^\d{4}-[a-z0-9-]+\.ts$/.test(file));
    expect(files.map((file) => Number(file.slice(0, 4)))).toEqual(migrations.map((migration) => migration.version));
    expect(schemaVersion).toBe(files.length);
  });

  it('refuse a gap, a repeat or a step back in the versions', () => {
    const step = (version: number) => ({ version, sql: '', postgres: '' });
    expect(inVersionOrder([step(1), step(2), step(3)])).toHaveLength(3);
    expect(() => inVersionOrder([step(1), step(3)])).toThrow(/position 2 has version 3/);
    expect(() => inVersionOrder([step(1), step(1)])).toThrow(/position 2 has version 1/);
    expect(() => inVersionOrder([step(2), step(1)])).toThrow(/position 1 has version 2/);
  });
});
