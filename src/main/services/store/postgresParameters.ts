import type { SqlParams, SqlValue } from './sql';

/**
 * The store's SQL names its parameters `?` (by position) or `@name` (by key); PostgreSQL numbers
 * them `$1, $2, …`. This turns one into the other, leaving quoted strings, quoted identifiers,
 * dollar-quoted bodies and comments alone, and orders the values to match. A name used twice is
 * one `$n`. Keys of a named object that the statement does not use are ignored (a repository may
 * pass a whole row), but a name the statement uses and the object lacks is an error, as it is on
 * SQLite. PostgreSQL's own `?`-operators (jsonb `?`, `?|`, `?&`) cannot be written in store SQL.
 */
export interface PostgresStatement {
  text: string;
  values: SqlValue[];
}

interface Translation {
  text: string;
  /** null: positional, with this many `?`. */
  names: string[] | null;
  positional: number;
}

const translations = new Map<string, Translation>();
/** Statements are constant strings; a statement built with a varying number of `?` is cached too, up to this many. */
const cacheLimit = 2000;

export function toPostgres(sql: string, params: SqlParams = []): PostgresStatement {
  const translation = translations.get(sql) ?? translate(sql);
  if (!translations.has(sql)) {
    if (translations.size >= cacheLimit) translations.clear();
    translations.set(sql, translation);
  }
  if (Array.isArray(params)) {
    if (translation.names && translation.names.length > 0) throw new Error(`This statement has named parameters (@${translation.names[0]}); pass an object`);
    if (params.length !== translation.positional) {
      throw new Error(`This statement has ${translation.positional} parameter(s) (?); ${params.length} value(s) given`);
    }
    return { text: translation.text, values: [...(params as readonly SqlValue[])] };
  }
  if (translation.positional > 0) throw new Error('This statement has positional parameters (?); pass an array');
  const named = params as Readonly<Record<string, SqlValue>>;
  const values = (translation.names ?? []).map((name) => {
    const value = named[name];
    if (value === undefined) throw new Error(`Missing named parameter @${name}`);
    return value;
  });
  return { text: translation.text, values };
}

function translate(sql: string): Translation {
  let text = '';
  const names: string[] = [];
  let positional = 0;
  let index = 0;
  const copyUntil = (end: number) => {
    text += sql.slice(index, end);
    index = end;
  };
  while (index < sql.length) {
    const character = sql[index] as string;
    const next = sql[index + 1];
    if (character === "'" || character === '"') {
      copyUntil(closingQuote(sql, index, character));
    } else if (character === '-' && next === '-') {
      const end = sql.indexOf('\n', index);
      copyUntil(end === -1 ? sql.length : end);
    } else if (character === '/' && next === '*') {
      const end = sql.indexOf('*/', index + 2);
      copyUntil(end === -1 ? sql.length : end + 2);
    } else if (character === '$' && dollarTag(sql, index)) {
      const tag = dollarTag(sql, index) as string;
      const end = sql.indexOf(tag, index + tag.length);
      copyUntil(end === -1 ? sql.length : end + tag.length);
    } else if (character === '?') {
      positional += 1;
      text += `$${positional}`;
      index += 1;
    } else if (character === '@' && /[A-Za-z_]/.test(next ?? '')) {
      const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(sql.slice(index + 1))?.[0] as string;
      let position = names.indexOf(name);
      if (position === -1) position = names.push(name) - 1;
      text += `$${position + 1}`;
      index += 1 + name.length;
    } else {
      text += character;
      index += 1;
    }
  }
  if (positional > 0 && names.length > 0) throw new Error('A statement uses either ? or @name parameters, not both');
  return { text, names: positional > 0 ? null : names, positional };
}

/** The index just past the quote that closes the one at `start` (a doubled quote is part of the text). */
function closingQuote(sql: string, start: number, quote: string): number {
  let index = start + 1;
  while (index < sql.length) {
    if (sql[index] === quote) {
      if (sql[index + 1] === quote) index += 2;
      else return index + 1;
    } else {
      index += 1;
    }
  }
  return sql.length;
}

/** `$tag$` or `$$` opening a dollar-quoted body at `start`, or null when `$` starts something else. */
function dollarTag(sql: string, start: number): string | null {
  return /^\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(start))?.[0] ?? null;
}
