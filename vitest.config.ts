import { defineConfig } from 'vitest/config';

/*
 * Integration tests that stay on SQLite: they test the embedded file itself, or already run on
 * PostgreSQL in the `unit` project. Everything else in test/integration runs on both engines.
 */
const sqliteOnly = [
  // The encrypted file, its key file and its key slots (SQLCipher); PostgreSQL has no file to encrypt.
  'test/integration/encryption.test.ts',
  // The file closed between sign-ins (sign-out, a session that ends): its key wiped, its sign-in throttle beside it (a PostgreSQL practice is always open).
  'test/integration/lockedPracticeFile.test.ts',
  // Backups copy and restore the practice file; a PostgreSQL practice is backed up with pg_dump.
  'test/integration/backup.test.ts',
  // Permissions of the practice file and its WAL beside it.
  'test/integration/practiceFiles.test.ts',
  // SQLite files of earlier versions (demo fixtures) migrated to the newest schema, and SQLite's schema snapshot.
  'test/integration/previousVersionMigration.test.ts',
  'test/integration/letterheadMigration.test.ts',
  'test/integration/consultationSigningMigration.test.ts',
  'test/integration/sortKeySeparator.test.ts',
  'test/integration/schemaSnapshot.test.ts',
  // The SQLite store's own file: pragmas, reopening, a file of a newer version, and the sqlite adapter.
  'test/integration/store.test.ts',
  'test/integration/sqliteDatabase.test.ts',
  // Already on both engines in the `unit` project, each with its own cluster: running them again adds nothing.
  'test/integration/repositoriesOnBothEngines.test.ts',
  'test/integration/broadNameSearch.test.ts',
  'test/integration/portableSql.test.ts',
  'test/integration/postgresDatabase.test.ts',
  'test/integration/postgresSchema.test.ts',
  'test/integration/postgresImport.test.ts',
  'test/integration/postgresVault.test.ts',
  // The practice server always runs on PostgreSQL (a cluster of the file's own), as does the benchmark's PostgreSQL path.
  'test/integration/practiceServer.test.ts',
  'test/integration/postgresBench.test.ts',
  // No practice at all (the packaged app's configuration; PDF layout and fonts from plain views): no engine plays a part.
  'test/integration/packaging.test.ts',
  'test/integration/documents/{consultationRecord,employerAdvice,fonts,layout,legalDocuments,referralLetter,workerLeaflet}.test.ts',
];

export default defineConfig({
  test: {
    // Two test files at a time. Vitest's default in a run is one worker fewer than there are cores,
    // one on a two-core machine; the integration tests wait on fsync and on PostgreSQL much of the
    // time, so a second file fills that wait (test:unit 641 s -> 356 s on two busy cores).
    maxWorkers: 2,
    coverage: {
      provider: 'v8',
      include: ['src/shared/rules/**'],
      thresholds: { lines: 95 },
      reporter: ['text-summary'],
    },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}', 'test/integration/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['test/support/removeTemporaryFolders.ts', 'test/support/rememberedScrypt.ts'],
          // A guard against a test that hangs, not a wait: the integration tests open real files,
          // hash passphrases and render PDFs, and on two busy cores some take more than vitest's 5 s.
          testTimeout: 30_000,
        },
      },
      {
        // The same integration tests with every practice on PostgreSQL (test/support/testEngine.ts):
        // one throwaway cluster for the run, each practice a copy of a migrated database.
        test: {
          name: 'integration-postgres',
          include: ['test/integration/**/*.test.{ts,tsx}'],
          exclude: sqliteOnly,
          environment: 'node',
          env: { RUGGENSTEUN_TEST_ENGINE: 'postgres' },
          globalSetup: ['test/support/postgresProjectSetup.ts'],
          setupFiles: ['test/support/removeTemporaryFolders.ts', 'test/support/engineSetup.ts', 'test/support/rememberedScrypt.ts'],
          // The files share a worker's loaded modules (every practice is a database of its own,
          // closed when its file ends): loading src again for each file was half of the project's time.
          isolate: false,
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['test/support/removeTemporaryFolders.ts', 'test/support/rememberedScrypt.ts'],
          // Two files at a time too (maxWorkers): each has its own browser, server and data folder.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
