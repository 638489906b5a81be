/**
 * One forward-only schema step: it brings the practice's database from version `version - 1` to
 * `version`, on either engine. `sql` is the step for the embedded SQLite file (its user_version),
 * `postgres` the same step for a practice server's PostgreSQL database (its schema_version row):
 * the same tables, columns, constraints and indexes, written in each engine's types. A migration
 * that has shipped is never edited; a change is a new file.
 */
export interface Migration {
  readonly version: number;
  readonly sql: string;
  readonly postgres: string;
}
