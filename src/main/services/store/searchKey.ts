/** Lower case without accents: 'Müller' -> 'muller', 'Çelik' -> 'celik'. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words a worker can be found by: each name word, and the surname written as one word. */
export function nameWords(firstName: string, lastName: string): string {
  const lastWords = wordsOf(lastName);
  const joined = lastWords.length > 1 ? [lastWords.join('')] : [];
  return [...wordsOf(firstName), ...lastWords, ...joined].join(' ');
}

/**
 * Sort key by surname then first name, ignoring case and accents. U+0001 separates them: it sorts
 * before any character of a name, and PostgreSQL text can hold it (U+0000, the separator before
 * schema 14, it cannot).
 */
export function nameSortKey(firstName: string, lastName: string): string {
  return `${foldText(lastName).trim()}\u0001${foldText(firstName).trim()}`;
}

/** What was typed, read as the start of a surname in the sort key ('Van d' -> 'van d'). */
export function surnamePrefix(query: string): string {
  return foldText(query).trim().replace(/\s+/g, ' ');
}

/** Personnel numbers compare without case, spaces or separators. */
export function personnelNumberKey(personnelNumber: string): string {
  return foldText(personnelNumber).replace(/[^\p{L}\p{N}]/gu, '');
}

/** The typed words a name search looks for, folded, at most six; none when nothing searchable was typed. */
export function nameSearchWords(query: string): string[] {
  return wordsOf(query).slice(0, 6);
}

/**
 * Words that begin a great many names: surname particles ('van', 'de', 'der', 'le', 'von', 'da',
 * 'el', ...) and the single letters of initials. Asked for them, a name index reads tens of
 * thousands of entries.
 */
const commonNameWords = new Set(['van', 'von', 'de', 'der', 'den', 'het', 'ter', 'ten', 'te', 'op', 'in', 'vanden', 'vander', 'la', 'le', 'les', 'du', 'des', 'da', 'di', 'dos', 'del', 'el']);

/**
 * The typed words a name index is asked for, at most two and the rarest (a particle or a single
 * letter only when no other word was typed, then the longest), and the words only checked on what
 * it finds. `commonToMakeTwo`: ask for a particle or a single letter too when only one other word
 * was typed, for an index whose check costs more than reading the particle's entries.
 */
export function indexedAndCheckedWords(words: readonly string[], commonToMakeTwo: boolean): { indexed: string[]; checked: string[] } {
  const common = (word: string) => word.length === 1 || commonNameWords.has(word);
  const rarestFirst = [...words].sort((a, b) => Number(common(a)) - Number(common(b)) || b.length - a.length);
  const rare = rarestFirst.filter((word) => !common(word)).length;
  const count = rare === 0 || commonToMakeTwo ? 2 : Math.min(2, rare);
  return { indexed: rarestFirst.slice(0, count), checked: rarestFirst.slice(count) };
}

/** An FTS5 query for these words, each as a prefix. */
export function nameMatchQuery(words: readonly string[]): string {
  return words.map((word) => `"${word}"*`).join(' ');
}

function wordsOf(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}
