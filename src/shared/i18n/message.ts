import type { Jurisdiction, Language } from '../model';

/**
 * One message in every language. `nlBE` / `nlNL` override Dutch wording where Belgium and the
 * Netherlands differ (arbeidsarts / bedrijfsarts, arbeidsongeschiktheid / verzuim).
 */
export interface Message {
  nl: string;
  fr: string;
  en: string;
  nlBE?: string;
  nlNL?: string;
}

export interface Locale {
  language: Language;
  jurisdiction: Jurisdiction;
}
