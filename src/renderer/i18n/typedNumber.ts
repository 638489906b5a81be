import type { Language } from '../../shared/model';

/** Reads a typed number with a decimal comma (28,5) or point (28.5); NaN when it is empty or not a number. */
export function parseNumber(text: string): number {
  const value = text.trim().replace(',', '.');
  return value === '' ? Number.NaN : Number(value);
}

/** A number to put in a text field, with the decimal separator of the language and no grouping: 28,5 or 28.5. */
export function numberForInput(value: number, language: Language): string {
  return language === 'en' ? String(value) : String(value).replace('.', ',');
}
