/** The languages the rules module writes its texts in. */
export type Language = 'nl' | 'fr' | 'en';

export const LANGUAGES: readonly Language[] = ['nl', 'fr', 'en'];

/** The countries whose rules and wording the module knows. */
export type Country = 'NL' | 'BE';

/**
 * One text in every supported language. `nlBE` / `nlNL` give the Flemish or the Netherlands wording
 * where the two differ (spoedgevallendienst / spoedeisende hulp, zadelanesthesie / rijbroekanesthesie).
 */
export type LocalizedText = Record<Language, string> & { nlBE?: string; nlNL?: string };

/** The text in the given language, in the country's wording when it has its own. */
export function textIn(text: LocalizedText, language: Language, country?: Country): string {
  if (language === 'nl' && country !== undefined) return (country === 'BE' ? text.nlBE : text.nlNL) ?? text.nl;
  return text[language];
}
