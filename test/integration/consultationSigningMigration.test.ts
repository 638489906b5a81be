import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3-multiple-ciphers';
import { databaseFileName } from '../../src/main/dataDirectory';
import { openPractice } from '../../src/main/openPractice';
import { consultationSigning } from '../../src/main/services/store/migrations/0010-consultation-signing';
import { fixedClock, temporaryDirectory } from '../support/practiceFixture';

describe('migrating a practice file of the previous version', () => {
  it('signs stored consultations by their author and reads the screening honestly: screened only where a finding was ticked', async () => {
    const directory = temporaryDirectory();
    // The demo practice as the version before the signing migration wrote it.
    copyFileSync(join(__dirname, 'fixtures', `demo-practice-v${consultationSigning.version - 1}.db`), join(directory, databaseFileName));
    const old = new Database(join(directory, databaseFileName), { readonly: true });
    const before = old
      .prepare<[], { id: number; doctor_id: number; updated_at: string; intake: string }>('SELECT id, doctor_id, updated_at, intake FROM consultations')
      .all();
    old.close();
    const ticked = (intake: string) => Object.values((JSON.parse(intake) as { redFlags: Record<string, boolean> }).redFlags).some(Boolean);
    expect(before.some((row) => ticked(row.intake))).toBe(true);
    expect(before.some((row) => !ticked(row.intake))).toBe(true);

    const practice = openPractice(directory, { clock: fixedClock(), checkOutputs: true });
    const after = practice.store.sqliteConnection
      .prepare<[], { id: number; signed_by: number; signed_at: string; intake: string }>('SELECT id, signed_by, signed_at, intake FROM consultations')
      .all();
    for (const row of before) {
      const migrated = after.find((candidate) => candidate.id === row.id);
      expect(migrated?.signed_by).toBe(row.doctor_id);
      expect(migrated?.signed_at).toBe(row.updated_at);
      expect((JSON.parse(migrated?.intake ?? '{}') as { redFlagsScreened: boolean }).redFlagsScreened).toBe(ticked(row.intake));
    }
    practice.close();
  });
});
