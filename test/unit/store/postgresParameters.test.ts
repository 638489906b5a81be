import { describe, expect, it } from 'vitest';
import { toPostgres } from '../../../src/main/services/store/postgresParameters';

describe('store SQL parameters on PostgreSQL', () => {
  it('numbers ? in order', () => {
    expect(toPostgres('SELECT * FROM workers WHERE id = ? AND employer_id = ?', [3, 4])).toEqual({
      text: 'SELECT * FROM workers WHERE id = $1 AND employer_id = $2',
      values: [3, 4],
    });
  });

  it('gives each @name one number, reused where the name comes again, and ignores unused keys', () => {
    expect(toPostgres('UPDATE t SET a = @now, b = @now WHERE id = @id AND x = @x_1', { id: 7, now: 'n', x_1: null, unused: 1 })).toEqual({
      text: 'UPDATE t SET a = $1, b = $1 WHERE id = $2 AND x = $3',
      values: ['n', 7, null],
    });
  });

  it('leaves quoted strings, quoted identifiers, dollar bodies, comments, casts and operators alone', () => {
    const sql = `SELECT 'it''s ? @no', "odd ? @col", $$ ? @x $$, $fn$ ? $fn$, x::text, a @> b -- ? @c
      /* ? @d */ FROM t WHERE y = ?`;
    const { text, values } = toPostgres(sql, [1]);
    expect(text).toBe(sql.replace('y = ?', 'y = $1'));
    expect(values).toEqual([1]);
  });

  it('passes Buffers and nulls as they are', () => {
    const logo = Buffer.from([1, 2, 3]);
    expect(toPostgres('INSERT INTO t (a, b) VALUES (@logo, @none)', { logo, none: null }).values).toEqual([logo, null]);
  });

  it('refuses a missing name, a wrong count, the wrong kind of values, and both kinds in one statement', () => {
    expect(() => toPostgres('SELECT @a, @b', { a: 1 })).toThrow(/Missing named parameter @b/);
    expect(() => toPostgres('SELECT ?, ?', [1])).toThrow(/2 parameter\(s\).*1 value/);
    expect(() => toPostgres('SELECT @a', [1])).toThrow(/pass an object/);
    expect(() => toPostgres('SELECT ?', { a: 1 })).toThrow(/pass an array/);
    expect(() => toPostgres('SELECT ?, @a', [1])).toThrow(/not both/);
  });
});
