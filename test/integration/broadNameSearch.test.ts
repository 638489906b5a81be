import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresDatabase } from '../../src/main/services/store/postgresDatabase';
import { importIntoPostgres } from '../../src/main/services/store/postgresImport';
import { nameSortKey } from '../../src/main/services/store/searchKey';
import type { SqlDatabase } from '../../src/main/services/store/sql';
import { openRepositories, openStore, type Repositories } from '../../src/main/services/store/store';
import { workerInputSchema } from '../../src/shared/model';
import { usePostgresCluster } from '../support/postgresCluster';
import { fixedClock, temporaryDirectory } from '../support/practiceFixture';

/*
 * A name search whose single word matches thousands of workers: on SQLite, above 5,000 matches
 * the alphabetical index is walked up to the limit, below it the matches are gathered and sorted;
 * on PostgreSQL the first by name are taken from the names rows found (each carries its worker's
 * sort key), whatever their number. Either way the same workers must come back, the first by name.
 * 5,050 workers are called Anna, spread over the alphabet; 150 are called Van der Linden, all late
 * in it, 50 of them at a second employer.
 */

const cluster = usePostgresCluster();
const clock = fixedClock('2026-03-16');
const engines = {} as Record<'sqlite' | 'postgres', Repositories>;
const employerIds = {} as Record<'sqlite' | 'postgres', { first: number; second: number }>;
let postgres: SqlDatabase;
let sqliteStore: ReturnType<typeof openStore>;

interface Person {
  firstName: string;
  lastName: string;
  atSecondEmployer: boolean;
}

const annas: Person[] = Array.from({ length: 5_050 }, (_, i) => ({
  firstName: 'Anna',
  lastName: `${String.fromCharCode(65 + (i % 26))}ort ${i}`,
  atSecondEmployer: false,
}));
const lindens: Person[] = Array.from({ length: 150 }, (_, i) => ({ firstName: `Lotte ${i}`, lastName: 'Van der Linden', atSecondEmployer: i % 3 === 0 }));
/** Names whose particles, initials, hyphens, apostrophes and accents a search checks rather than asks the index for. */
const marked: Person[] = [
  { firstName: 'Jean-Pierre', lastName: "D'Hondt", atSecondEmployer: false },
  { firstName: 'Élodie', lastName: 'de Smet-Ünal', atSecondEmployer: false },
  { firstName: 'Eddy', lastName: 'de Smet', atSecondEmployer: false },
];

/** The two employers and their workers, saved through the repositories. */
async function fill(repositories: Repositories): Promise<{ first: number; second: number }> {
  return repositories.transaction(async (tx) => {
    const first = await tx.workplaces.saveEmployer({ name: 'Eerste bedrijf', sector: 'private', contactName: null, contactEmail: null });
    const second = await tx.workplaces.saveEmployer({ name: 'Tweede bedrijf', sector: 'private', contactName: null, contactEmail: null });
    let number = 0;
    for (const person of [...annas, ...lindens, ...marked]) {
      number += 1;
      await tx.workers.save(
        workerInputSchema.parse({
          employerId: person.atSecondEmployer ? second : first,
          personnelNumber: `N-${number}`,
          firstName: person.firstName,
          lastName: person.lastName,
          birthDate: '1980-05-01',
          contractHoursPerWeek: 38,
        }),
      );
    }
    return { first, second };
  });
}

beforeAll(async () => {
  sqliteStore = openStore(join(temporaryDirectory(), 'practice.sqlite'), clock);
  postgres = openPostgresDatabase({ connection: await cluster().createDatabase(), poolSize: 2 });
  engines.sqlite = sqliteStore;
  engines.postgres = openRepositories(postgres, clock);
  employerIds.sqlite = await fill(engines.sqlite);
  // The same practice moved into PostgreSQL as the import command moves one (its name index rebuilt
  // from the names and compared with the file's): thousands of saves one by one would be slow there.
  await importIntoPostgres(sqliteStore.sqliteConnection, postgres);
  employerIds.postgres = employerIds.sqlite;
}, 30_000);

afterAll(async () => {
  sqliteStore?.close();
  await postgres?.close();
});

/** The first `limit` of `people` by name, as "first last". */
function firstByName(people: Person[], limit: number): string[] {
  return [...people]
    .sort((a, b) => (nameSortKey(a.firstName, a.lastName) < nameSortKey(b.firstName, b.lastName) ? -1 : 1))
    .slice(0, limit)
    .map((person) => `${person.firstName} ${person.lastName}`);
}

async function searchOnBoth(query: string, limit: number, employer: 'first' | 'second' | null = null): Promise<string[]> {
  const found = async (engine: 'sqlite' | 'postgres') =>
    (await engines[engine].workers.search(query, employer === null ? null : employerIds[engine][employer], limit)).map(
      (worker) => `${worker.firstName} ${worker.lastName}`,
    );
  const onSqlite = await found('sqlite');
  expect(await found('postgres')).toEqual(onSqlite);
  return onSqlite;
}

describe('a name search for a word thousands of workers share', () => {
  it('lists the first by name when more than 5,000 match (the walk along the alphabet)', async () => {
    expect(await searchOnBoth('ann', 100)).toEqual(firstByName(annas, 100));
  });

  it('lists the first by name when thousands match and all sort late (gathered and sorted)', async () => {
    expect(await searchOnBoth('linden', 100)).toEqual(firstByName(lindens, 100));
    expect(await searchOnBoth('lotte', 20)).toEqual(firstByName(lindens, 20));
    // Five words: the index is asked for the rarest two, and the others are checked on what it finds.
    expect(await searchOnBoth('van der linden lotte 1', 100)).toEqual(firstByName(lindens.filter((person) => person.firstName.startsWith('Lotte 1')), 100));
    expect(await searchOnBoth('V LINDEN Lotte 14', 100)).toEqual(firstByName(lindens.filter((person) => person.firstName.startsWith('Lotte 14')), 100));
    expect(await searchOnBoth('van der linden lotte x', 100)).toEqual([]);
    expect(await searchOnBoth('de ann', 100)).toEqual([]);
  });

  it('checks the particles and initials it did not ask the index for, on the folded name words', async () => {
    expect(await searchOnBoth('d hondt jean p', 100)).toEqual(['Jean-Pierre D\'Hondt']);
    expect(await searchOnBoth('de smet u e', 100)).toEqual(['Élodie de Smet-Ünal']);
    expect(await searchOnBoth('De Smet E', 100)).toEqual(['Eddy de Smet', 'Élodie de Smet-Ünal']);
    expect(await searchOnBoth('d hondt jean x', 100)).toEqual([]);
  });

  it('keeps to the employer asked for on both paths', async () => {
    expect(await searchOnBoth('linden', 100, 'second')).toEqual(firstByName(lindens.filter((person) => person.atSecondEmployer), 100));
    expect(await searchOnBoth('ann', 10, 'second')).toEqual([]);
  });
});
