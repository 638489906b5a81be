import { join } from 'node:path';
import { openPostgresDatabase } from '../../src/main/services/store/postgresDatabase';
import { openRepositories, openStore, type Repositories } from '../../src/main/services/store/store';
import { fixedClock, temporaryDirectory } from './practiceFixture';
import { practiceDatabase, testEngine } from './testEngine';

/**
 * The store's repositories without a practice around them, on the test project's engine: a new
 * SQLite file, or a new copy of the migrated PostgreSQL database. `close()` lets go of it.
 */
export async function openTestStore(): Promise<Repositories & { close(): Promise<void> }> {
  const directory = temporaryDirectory();
  if (testEngine === 'sqlite') {
    const store = openStore(join(directory, 'practice.sqlite'), fixedClock());
    return { ...store, close: async () => store.close() };
  }
  const sql = openPostgresDatabase({ connection: await practiceDatabase(directory), poolSize: 2 });
  return { ...openRepositories(sql, fixedClock()), close: () => sql.close() };
}

export function addEmployer(store: Repositories) {
  return store.transaction((tx) =>
    tx.workplaces.saveEmployer({ name: 'Bakkerij Öztürk', sector: 'private', contactName: null, contactEmail: null }),
  );
}

export function addWorker(store: Repositories, employerId: number, firstName: string, lastName: string, personnelNumber: string) {
  return store.transaction((tx) =>
    tx.workers.save({
      employerId,
      departmentId: null,
      jobPositionId: null,
      personnelNumber,
      firstName,
      lastName,
      birthDate: '1980-05-01',
      contractHoursPerWeek: 38,
      email: null,
      phone: null,
    }),
  );
}
