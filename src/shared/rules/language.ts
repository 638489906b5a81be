/** The languages the rules module writes its texts in. */
export type Language = 'nl' | 'fr' | 'en';

export const LANGUAGES: readonly Language[] = ['nl', 'fr', 'en'];

/** One text in every supported language. */
export type LocalizedText = Record<Language, string>;

/** The text in the given language. */
export function textIn(text: LocalizedText, language: Language): string {
  return text[language];
}
