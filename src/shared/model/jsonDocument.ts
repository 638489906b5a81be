/**
 * Checks that a value is a plain JSON document that is safe to stringify: only objects, arrays,
 * strings, finite numbers, booleans and null; no cycle; at most `maxDepth` levels. Walks with its
 * own stack, so a document nested 5,000 deep is refused instead of overflowing the call stack.
 */
export function jsonDocumentProblem(value: unknown, maxDepth: number): 'tooDeep' | 'invalid' | null {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop() as { value: unknown; depth: number };
    if (current === null || typeof current === 'string' || typeof current === 'boolean') continue;
    if (typeof current === 'number') {
      if (!Number.isFinite(current)) return 'invalid';
      continue;
    }
    if (typeof current !== 'object') return 'invalid'; // bigint, undefined, function, symbol
    if (depth >= maxDepth) return 'tooDeep';
    if (seen.has(current)) return 'invalid';
    seen.add(current);
    const prototype = Object.getPrototypeOf(current) as unknown;
    if (!Array.isArray(current) && prototype !== Object.prototype && prototype !== null) return 'invalid';
    for (const child of Object.values(current)) stack.push({ value: child, depth: depth + 1 });
  }
  return null;
}
