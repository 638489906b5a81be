import type { Migration } from './migration';

/**
 * The worker name search on PostgreSQL looks name words up by prefix in a full-text index of the
 * names (`to_tsvector('simple', words)`, a GIN index; `word:*` in the query), as FTS5 does on
 * SQLite, instead of the trigram index of migration 0001: with names made of few, common words,
 * every trigram of "müller ann" matched thousands of rows, and the search read them all (about
 * 25 ms at 200,000 workers; see docs/benchmarks.md). SQLite keeps its FTS5 table: nothing to do.
 */
export const nameSearchLexemes: Migration = {
  version: 15,
  sql: `
  -- SQLite finds name words through its FTS5 table (migration 0001): unchanged.
  `,
  postgres: `
  DROP INDEX worker_names_words;
  CREATE INDEX worker_names_lexemes ON worker_names USING gin (to_tsvector('simple', words));
  `,
};
