/**
 * Where the first text holding U+0000 sits in a parsed input, or null. PostgreSQL's text and jsonb
 * cannot hold that character (SQLite can), so the practice server would fail on it halfway; the
 * API refuses it up front on both engines, by the field, and nothing is written. It comes from a
 * paste out of another program, never from typing.
 */
export function nulCharacterPath(input: unknown): Array<string | number> | null {
  const stack: Array<{ value: unknown; path: Array<string | number> }> = [{ value: input, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: Array<string | number> };
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return path;
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
    } else if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
      for (const [key, item] of Object.entries(value)) stack.push({ value: item, path: [...path, key] });
    }
  }
  return null;
}
