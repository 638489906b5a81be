import type { SqlWriter } from '../../src/main/services/store/sql';

/**
 * Makes inserts into `table` fail with `message` while `condition` (an SQL condition both engines
 * read the same way, `NEW.column` for the row being inserted) holds: a disk that fills up
 * half-way, to show that nothing is half-saved. Answers a function that removes the failure.
 * SQLite raises it from a trigger; PostgreSQL from a trigger function (a trigger's WHEN cannot
 * hold a subquery there, so the function tests the condition).
 */
export async function failingInserts(db: SqlWriter, name: string, table: string, condition: string, message: string): Promise<() => Promise<void>> {
  if (db.engine === 'sqlite') {
    await db.run(`CREATE TEMP TRIGGER ${name} BEFORE INSERT ON ${table} WHEN ${condition} BEGIN SELECT RAISE(FAIL, '${message}'); END`);
    return async () => {
      await db.run(`DROP TRIGGER ${name}`);
    };
  }
  await db.run(
    `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $body$
       BEGIN IF ${condition} THEN RAISE EXCEPTION '${message}'; END IF; RETURN NEW; END
     $body$`,
  );
  await db.run(`CREATE TRIGGER ${name} BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION ${name}()`);
  return async () => {
    await db.run(`DROP TRIGGER ${name} ON ${table}`);
    await db.run(`DROP FUNCTION ${name}()`);
  };
}
